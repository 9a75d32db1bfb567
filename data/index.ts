/**
 * The group's paper list as the popup and background load it. `data/build-index.ts` and
 * `data/papers.test.ts` validate `papers.json` against the schema, so the cast is checked.
 * The content script never imports this: it loads `generated/detection-index.json` only.
 *
 * @module
 */
import type { PaperList } from '../lib/papers/model';
// As a string for JSON.parse: several times faster to load than the same data compiled as
// JavaScript object literals, which matters for a large list.
import source from './papers.json?raw';

export const paperList = JSON.parse(source) as PaperList;
