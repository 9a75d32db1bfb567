/**
 * Each paper's related group work as `npm run data` wrote it (`relatedPapers` in
 * lib/search/related.ts), for the popup and the background. The content script never imports
 * this.
 *
 * @module
 */
import type { RelatedTable } from '../lib/papers/records';
import related from './generated/related.json';

export const relatedTable: RelatedTable = related;
