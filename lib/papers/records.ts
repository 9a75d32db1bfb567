/**
 * Some or all of the index's papers as the popup holds them and the background sends them:
 * the papers by id, and each one's related papers.
 *
 * @module
 */
import type { RelatedPaper } from '../search/related';
import type { Paper, Topic } from './model';

/** Some or all of the index's papers, with its topics. */
export interface PaperRecords {
  papers: readonly Paper[];
  topics: readonly Topic[];
}

const byIdOf = new WeakMap<readonly Paper[], ReadonlyMap<string, Paper>>();

/** `papers` by id; built once per list, however many places ask. */
export function papersById(papers: readonly Paper[]): ReadonlyMap<string, Paper> {
  let byId = byIdOf.get(papers);
  if (!byId) {
    byId = new Map(papers.map((paper) => [paper.id, paper]));
    byIdOf.set(papers, byId);
  }
  return byId;
}

/** Every paper's related papers, by paper id (what `npm run data` writes to related.json). */
export type RelatedTable = Readonly<Record<string, readonly RelatedPaper[]>>;

/** One of the group's papers related to another, or to the page's paper, and why. */
export interface RelatedEntry {
  paper: Paper;
  reason: string;
}

/** The related papers of `paperId` in `table` that `byId` holds, with their reasons. */
export function relatedEntries(
  table: RelatedTable,
  paperId: string,
  byId: ReadonlyMap<string, Paper>,
): RelatedEntry[] {
  return (table[paperId] ?? []).flatMap(({ id, reason }) => {
    const paper = byId.get(id);
    return paper ? [{ paper, reason }] : [];
  });
}

/** The papers the popup has: the whole list, or, while it loads, the records of some. */
export interface PapersAtHand extends PaperRecords {
  /** True for the whole list: search, browse, related work and what is new can start. */
  whole: boolean;
}
