/**
 * Consistency rules across papers that a per-field schema cannot express.
 *
 * @module
 */
import { normalizeTitle } from '../matching/normalize-title';
import type { Paper, PaperField, PaperList } from './model';

/** Every title a paper can be found under: listed, earlier, arXiv and archival titles. */
export function titlesOf(paper: Paper): string[] {
  return [
    paper.title,
    ...paper.altTitles,
    ...paper.arxiv.flatMap((ref) => ref.title ?? []),
    ...(paper.archival?.title ? [paper.archival.title] : []),
  ];
}

/** The value a curation mark names: a field, or one fact of the archival version. */
function markedValue(paper: Paper, field: PaperField): unknown {
  switch (field) {
    case 'archival.doi':
      return paper.archival?.doi;
    case 'archival.venue':
      return paper.archival?.venue;
    default:
      return paper[field];
  }
}

/** A sentence-case title must be the title it stands for, in other letter case only. */
function sentenceCaseProblems(paper: Paper): string[] {
  const pairs: [string, string, string | undefined][] = [
    ['sentenceCaseTitle', paper.title, paper.sentenceCaseTitle],
    ['archival.sentenceCaseTitle', paper.archival?.title ?? '', paper.archival?.sentenceCaseTitle],
  ];
  return pairs.flatMap(([name, title, sentenceCase]) =>
    sentenceCase !== undefined && sentenceCase.toLowerCase() !== title.toLowerCase()
      ? [`${name} "${sentenceCase}" is not "${title}" in other letter case`]
      : [],
  );
}

/**
 * What a paper needs to ship that an import may leave out, one line each: the sentence-case
 * form of its title and of its archival version's own title. `npm run data` refuses the index
 * while any is missing; `npm run data:import` suggests them instead (an `unresolved` line).
 */
export function missingShippingFields(list: PaperList): string[] {
  return list.papers.flatMap((paper) => {
    const where = `paper "${paper.id}"`;
    const missing: string[] = [];
    if (paper.sentenceCaseTitle === undefined)
      missing.push(
        `${where}: no sentenceCaseTitle; write its title in sentence case (data/CURATION.md)`,
      );
    if (paper.archival?.title !== undefined && paper.archival.sentenceCaseTitle === undefined)
      missing.push(
        `${where}: no archival.sentenceCaseTitle; write the archival title in sentence case (data/CURATION.md)`,
      );
    return missing;
  });
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
      if (markedValue(paper, field) === undefined)
        problems.push(`${where}: marks "${field}", which it lacks`);
    }
    problems.push(...sentenceCaseProblems(paper).map((problem) => `${where}: ${problem}`));
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
