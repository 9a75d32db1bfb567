/**
 * The group's paper list as the popup and background load it. `data/build-index.ts` and
 * `data/papers.test.ts` validate `papers.json` against the schema, so the cast is checked.
 * The content script never imports this: it loads `generated/detection-index.json` only.
 *
 * @module
 */
import type { PaperList } from '../lib/papers/model';
import source from './papers.json';

export const paperList = source as unknown as PaperList;
