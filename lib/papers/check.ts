/**
 * Consistency rules across papers that a per-field schema cannot express.
 *
 * @module
 */
import { normalizeTitle } from '../matching/normalize-title';
import type { Paper, PaperList } from './model';

/** Every title a paper can be found under: listed, earlier, arXiv and archival titles. */
export function titlesOf(paper: Paper): string[] {
  return [
    paper.title,
    ...paper.altTitles,
    ...paper.arxiv.flatMap((ref) => ref.title ?? []),
    ...(paper.archival?.title ? [paper.archival.title] : []),
  ];
}

/**
 * Problems with a paper list, one sentence each; empty when it is sound.
 *
 * @example
 * checkPaperList(list) // → ['paper "x": topic "nope" is not one of the list\'s topics']
 */
export function checkPaperList(list: PaperList): string[] {
  const problems: string[] = [];
  const topics = new Set(list.topics.map((t) => t.id));
  const ids = new Set<string>();
  const personNames = new Map<string, string>();
  const titleOwners = new Map<string, string>();
  for (const paper of list.papers) {
    const where = `paper "${paper.id}"`;
    if (ids.has(paper.id)) problems.push(`${where}: id is used twice`);
    ids.add(paper.id);
    if (!topics.has(paper.topic))
      problems.push(`${where}: topic "${paper.topic}" is not one of the list's topics`);
    const title = normalizeTitle(paper.title);
    for (const alt of paper.altTitles) {
      if (alt === paper.title) problems.push(`${where}: alternative title repeats the title`);
    }
    if (title.length === 0) problems.push(`${where}: title has no words`);
    for (const key of new Set(titlesOf(paper).map(normalizeTitle))) {
      const owner = titleOwners.get(key);
      if (owner !== undefined && owner !== paper.id)
        problems.push(`${where}: a title of it is also a title of "${owner}"`);
      titleOwners.set(key, paper.id);
    }
    for (const field of [...(paper.curated ?? []), ...(paper.unconfirmed ?? [])]) {
      if (paper[field] === undefined) problems.push(`${where}: marks "${field}", which it lacks`);
    }
    for (const author of [...paper.authors, ...(paper.archival?.authors ?? [])]) {
      // One person id must not name two different people. Spellings differ (Kläser, Klaeser;
      // Lopez, Lopez Roldan) but keep the family name's start.
      const family = normalizeTitle(author.family);
      const known = personNames.get(author.person);
      if (known !== undefined && known.slice(0, 3) !== family.slice(0, 3)) {
        problems.push(`${where}: person "${author.person}" is both "${known}" and "${family}"`);
      }
      personNames.set(author.person, family);
    }
  }
  const used = new Set(list.papers.map((p) => p.topic));
  for (const topic of list.topics) {
    if (!used.has(topic.id)) problems.push(`topic "${topic.id}" has no papers`);
  }
  return problems;
}

/**
 * The questions an import left in the index for a curator, one line each: a list with any
 * cannot ship (`npm run data` refuses it), but can be imported into again.
 *
 * @example
 * unresolvedProblems(list) // → ['paper "mxnorm": unresolved: venue: no short label for …']
 */
export function unresolvedProblems(list: PaperList): string[] {
  return list.papers.flatMap((paper) =>
    (paper.unresolved ?? []).map((line) => `paper "${paper.id}": unresolved: ${line}`),
  );
}
