/**
 * Merges a group's own list (read by `import-yaml.ts`, `import-page.ts` or `import-bibtex.ts`)
 * into the index, as `npm run data:import` does:
 *
 * - an entry is a known paper when its arXiv id, OpenReview id, DOI or normalised title (or an
 *   earlier title) is the paper's; two entries of one paper make the second an earlier version
 *   (a technical report listed beside its journal paper), merged into the paper, not added;
 * - a known paper takes the list's changes (title, authors, venue, topic, date, abstract, new
 *   identifiers), keeping an old title as an alternative title; fields a curator set against
 *   the list (`curated`) are kept, and so is a venue or author list the list now shows that is
 *   the paper's archival version;
 * - a new paper gets an id from its title (`sparq-attention`, `u-mup`) and everything the entry
 *   gives; what the import cannot decide goes to its `unresolved` lines for a curator;
 * - topics follow the list's areas, found by name (or `topicOf`, for an area renamed); a paper
 *   the list no longer has is kept, and reported.
 *
 * Nothing is merged when the list has problems: the result is then the problems alone.
 *
 * @module
 */
import { citationKey } from '../citation/keys';
import { foldToAscii } from '../citation/ascii';
import { suggestSentenceCase } from '../citation/title-words';
import { normalizeDoi } from '../matching/identifiers';
import { normalizeTitle } from '../matching/normalize-title';
import { titlesOf } from './check';
import { authorName } from './format';
import { peopleOf, resolveAuthor, type People } from './people';
import {
  checkListed,
  identifiersOf,
  withDefined,
  type ListedIdentifiers,
  type ListedPaper,
  type Reading,
} from './import-source';
import { readVenue, sameVenue, type DatedVenue } from './import-venue';
import type { Paper, PaperField, PaperList, Topic } from './model';

/** What an import changed and what it leaves to a curator, for {@link formatImportReport}. */
export interface ImportReport {
  /** The file and what it was read as. */
  source: string;
  entries: number;
  added: { id: string; title: string; venue: string }[];
  /** Entries that are earlier versions of a paper, merged into it. */
  merged: string[];
  /** Known papers' changes, one line each, starting with the paper id. */
  changed: string[];
  /** Differences from the list that the index keeps, and why. */
  kept: string[];
  topics: string[];
  /** New spellings taken as known people. */
  people: string[];
  /** Papers of the index the list no longer has (kept). */
  missing: { id: string; title: string }[];
  /** Inconsistencies of the list that the index does not depend on. */
  notes: string[];
  /** Questions for a curator, as written to the papers' `unresolved` lines. */
  unresolved: { id: string; line: string }[];
}

export type ImportResult =
  | { list: PaperList; report: ImportReport; problems: [] }
  | { list?: undefined; report?: undefined; problems: string[] };

export interface ImportOptions {
  /** The file's name, for the report. */
  source: string;
  /** Areas of the list that continue a topic of the index under a new name: `{ gnns: 'graph-neural-networks' }`. */
  topicOf?: Readonly<Record<string, string>>;
}

/** Lower-case ASCII words joined by hyphens: "General ML" → "general-ml". */
export function slugOf(text: string): string {
  return foldToAscii(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

// Words that end a short id's phrase ("Approximate Top-k | for …") or are skipped at its start.
const ID_STOPWORDS = new Set(
  'a an and as at by for from how in is of on or the through to towards using via with'.split(' '),
);

/**
 * A short, readable id from a title: the part before a colon when it is short ("SparQ
 * Attention: …" → `sparq-attention`, "u-µP: …" → `u-mup`), else the title's first words up to
 * a joining word ("Approximate Top-k for Increased Parallelism" → `approximate-top-k`).
 */
export function paperIdFromTitle(title: string): string {
  const head = title.split(':')[0] ?? '';
  if (title.includes(':') && head.trim().split(/\s+/).length <= 4) return slugOf(head);
  const words = title.split(/\s+/).map(slugOf).filter(Boolean);
  const taken: string[] = [];
  for (const word of words) {
    if (ID_STOPWORDS.has(word)) {
      if (taken.length >= 2) break;
      continue;
    }
    taken.push(word);
    if (taken.length === 4) break;
  }
  return taken.join('-');
}

/** Code repositories an abstract links, as the index keeps them (https, no final full stop). */
function codeUrlsOf(abstract: string): string[] {
  return [...abstract.matchAll(/https?:\/\/github\.com\/\S+/g)].map((match) =>
    match[0].replace(/[.,;)]+$/, '').replace(/^http:/, 'https:'),
  );
}

/** The year and month an arXiv id was given (2407.17465 → 2024-07). */
function arxivMonth(id: string | undefined): string | undefined {
  const yymm = id && /^(\d{2})(\d{2})\./.exec(id);
  return yymm ? `20${yymm[1]}-${yymm[2]}` : undefined;
}

/** The year of a preprint: its arXiv id's. */
function arxivYear(id: string | undefined): number | undefined {
  const month = arxivMonth(id);
  return month ? Number(month.slice(0, 4)) : undefined;
}

/** `base`, else `base-<year>`, else `base-2`, `base-3` … whichever is free. */
function freshId(base: string, year: string | undefined, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  if (year && !taken.has(`${base}-${year}`)) return `${base}-${year}`;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

interface Matched {
  entry: ListedPaper;
  ids: ListedIdentifiers;
  paper?: Paper;
}

/** Finds the index's paper for each entry; two papers for one entry is a problem. */
function matchEntries(
  index: PaperList,
  entries: readonly ListedPaper[],
  problems: string[],
): Matched[] {
  const byKey = new Map<string, Paper>();
  for (const paper of index.papers) {
    for (const title of titlesOf(paper)) byKey.set(`title:${normalizeTitle(title)}`, paper);
    for (const ref of paper.arxiv) byKey.set(`arxiv:${ref.id}`, paper);
    if (paper.openreviewId) byKey.set(`openreview:${paper.openreviewId}`, paper);
    for (const doi of [paper.doi, paper.archival?.doi]) {
      const key = normalizeDoi(doi);
      if (key) byKey.set(`doi:${key}`, paper);
    }
  }
  return entries.map((entry) => {
    const ids = identifiersOf(entry);
    const keys = [
      `title:${normalizeTitle(entry.title)}`,
      ids.arxivId && `arxiv:${ids.arxivId}`,
      ids.openreviewId && `openreview:${ids.openreviewId}`,
      ids.doi && `doi:${normalizeDoi(ids.doi)}`,
    ];
    const found = new Map<string, string>();
    for (const key of keys) {
      const paper = key ? byKey.get(key) : undefined;
      if (key && paper && !found.has(paper.id)) found.set(paper.id, key.split(':')[0] ?? key);
    }
    if (found.size > 1) {
      const which = [...found].map(([id, by]) => `"${id}" (by ${by})`).join(' and ');
      problems.push(`${entry.where}: is two papers of the index, ${which}`);
    }
    const paper = index.papers.find((p) => found.has(p.id));
    return paper ? { entry, ids, paper } : { entry, ids };
  });
}

/** The list's areas as topics of the index: same id for the same name, `topicOf` for a rename. */
function mapTopics(
  index: PaperList,
  reading: Reading,
  options: ImportOptions,
  problems: string[],
): Map<string, Topic> {
  const byArea = new Map<string, Topic>();
  const used = new Set(reading.list.papers.flatMap((p) => p.areas.slice(0, 1)));
  const taken = new Set<string>();
  for (const area of reading.list.areas) {
    if (!used.has(area.id)) continue;
    const mapped = options.topicOf?.[area.id];
    if (mapped !== undefined && !index.topics.some((t) => t.id === mapped))
      problems.push(`--topic ${area.id}=${mapped}: the index has no topic "${mapped}"`);
    const existing =
      index.topics.find((t) => t.id === mapped) ??
      index.topics.find((t) => normalizeTitle(t.name) === normalizeTitle(area.name)) ??
      index.topics.find((t) => t.id === area.id);
    let id = existing?.id ?? slugOf(area.name);
    while (taken.has(id)) id = `${id}-2`;
    taken.add(id);
    byArea.set(area.id, { id, name: area.name });
  }
  return byArea;
}

/**
 * A paper's venues, listed and archival, for the import to learn labels and conference numbers
 * from; not a listed venue whose label is still a question.
 */
function datedVenues(paper: Paper): DatedVenue[] {
  const settled = !(paper.unresolved ?? []).some((line) => line.startsWith('venue: '));
  return [
    ...(settled ? [{ venue: paper.venue, year: paper.year }] : []),
    ...(paper.archival ? [{ venue: paper.archival.venue, year: paper.archival.year }] : []),
  ];
}

function isCurated(paper: Paper, field: PaperField): boolean {
  return paper.curated?.includes(field) ?? false;
}

/** Replaces the unresolved lines about `field` with `lines`. */
function withUnresolved(paper: Paper, field: string, lines: readonly string[]): Paper {
  const others = (paper.unresolved ?? []).filter((line) => !line.startsWith(`${field}: `));
  const unresolved = [...others, ...lines];
  const { unresolved: _old, ...rest } = paper;
  return unresolved.length > 0 ? { ...rest, unresolved } : rest;
}

/**
 * The paper with a suggested sentence-case title and the question to check it, when it has
 * none (a new paper, a paper of an older index) or its title changed.
 */
function withSuggestedSentenceCase(paper: Paper): Paper {
  const suggestion = suggestSentenceCase(paper.title);
  return withUnresolved({ ...paper, sentenceCaseTitle: suggestion }, 'sentenceCaseTitle', [
    `sentenceCaseTitle: "${suggestion}" was derived from the title by rule; check it (proper nouns and names keep their capitals, the word after a colon is lower-case unless it is one), then remove this line`,
  ]);
}

/** "ICML 2026", "WANT@ICML 2024", "arXiv 2025": a venue in a line of the report. */
function venueText({ venue, year }: DatedVenue): string {
  return venue.short.includes(String(year)) ? venue.short : `${venue.short} ${year}`;
}

/** The state shared by the steps of one import. */
interface Merge {
  reading: Reading;
  topics: Map<string, Topic>;
  people: People;
  known: DatedVenue[];
  /** The topic of a new paper whose entry names none, until a curator sets one. */
  fallbackTopic: string;
  report: ImportReport;
}

function resolveAuthors(merge: Merge, entry: ListedPaper, id: string) {
  const resolved = entry.authors.map((listed) => resolveAuthor(listed, merge.people));
  for (const { inferred } of resolved) if (inferred) merge.report.people.push(`${id}: ${inferred}`);
  return {
    authors: resolved.map((r) => r.author),
    questions: resolved.flatMap((r) => r.question ?? []),
  };
}

function dateOf(entry: ListedPaper, ids: ListedIdentifiers): string | undefined {
  return entry.date?.slice(0, 7) ?? arxivMonth(ids.arxivId);
}

/**
 * Two papers that may be versions of one work, which a new entry's title alone does not tell:
 * the same name before a colon ("GPS++: …") and the same first author.
 */
function mayBeVersions(a: Paper, b: Paper): boolean {
  const name = (paper: Paper) =>
    paper.title.includes(':') ? normalizeTitle(paper.title.split(':')[0] ?? '') : undefined;
  return (
    a.id !== b.id &&
    name(a) !== undefined &&
    name(a) === name(b) &&
    a.authors[0]?.person === b.authors[0]?.person
  );
}

/** A paper for a new entry. */
function addPaper(merge: Merge, { entry, ids }: Matched, id: string): Paper {
  const { report } = merge;
  const read = readVenue(entry, arxivYear(ids.arxivId), merge.reading.list.editions, merge.known);
  const { authors, questions } = resolveAuthors(merge, entry, id);
  const unresolved = [...read.unresolved, ...questions];
  const topic = merge.topics.get(entry.areas[0] ?? '');
  if (!topic) unresolved.push('topic: the list gives none; set one of the topics');
  let date = dateOf(entry, ids);
  if (!date) {
    date = `${read.year}-01`;
    unresolved.push('date: the list gives no month; set the month of its first version');
  }
  if (!ids.arxivId)
    unresolved.push(
      `arxiv: no arXiv id${ids.openreviewId ? ' (the list links OpenReview)' : ''}; add it if the paper is on arXiv`,
    );
  if (!entry.abstract) unresolved.push("abstract: the list gives none; paste the paper's abstract");
  const abstract = entry.abstract ?? 'No abstract yet.';
  const paper: Paper = {
    id,
    title: entry.title,
    altTitles: [],
    abstract,
    authors,
    topic: topic?.id ?? merge.fallbackTopic,
    date,
    venue: read.venue,
    year: read.year,
    arxiv: ids.arxivId ? [{ id: ids.arxivId }] : [],
    codeUrls: codeUrlsOf(abstract),
  };
  withDefined(paper, {
    doi: ids.doi && (normalizeDoi(ids.doi) ?? ids.doi),
    openreviewId: ids.openreviewId,
    proceedingsUrl: ids.otherUrl,
    unresolved: unresolved.length > 0 ? unresolved : undefined,
  });
  const suggested = withSuggestedSentenceCase(paper);
  report.added.push({ id, title: entry.title, venue: venueText(read) });
  report.notes.push(...read.notes);
  report.unresolved.push(...(suggested.unresolved ?? []).map((line) => ({ id, line })));
  return suggested;
}

/** A known paper with the list's changes. */
function updatePaper(merge: Merge, { entry, ids, paper: known }: Required<Matched>): Paper {
  const { report } = merge;
  let paper: Paper = { ...known };
  const change = (line: string) => report.changed.push(`${paper.id}: ${line}`);
  const keep = (line: string) => report.kept.push(`${paper.id}: ${line}`);
  const questions: string[] = [];

  if (ids.arxivId && !paper.arxiv.some((ref) => ref.id === ids.arxivId)) {
    paper.arxiv = [...paper.arxiv, { id: ids.arxivId }];
    change(`arXiv id ${ids.arxivId} added`);
  }
  if (ids.openreviewId && paper.openreviewId !== ids.openreviewId) {
    if (paper.openreviewId)
      keep(`OpenReview id ${paper.openreviewId} (the list links ${ids.openreviewId})`);
    else {
      paper.openreviewId = ids.openreviewId;
      change(`OpenReview id ${ids.openreviewId} added`);
    }
  }
  if (ids.otherUrl && paper.proceedingsUrl !== ids.otherUrl) {
    if (paper.proceedingsUrl) keep(`proceedings URL (the list links ${ids.otherUrl})`);
    else {
      paper.proceedingsUrl = ids.otherUrl;
      change(`proceedings URL ${ids.otherUrl} added`);
    }
  }

  if (entry.title !== paper.title) {
    const earlier = titlesOf(paper).includes(entry.title);
    if (isCurated(paper, 'title')) keep(`curated title (the list says "${entry.title}")`);
    else if (earlier)
      keep(`title "${paper.title}" (the list shows the earlier title "${entry.title}")`);
    else {
      const before = citationKey(paper);
      const altTitles = [...paper.altTitles.filter((t) => t !== entry.title), paper.title];
      paper = { ...paper, title: entry.title, altTitles };
      const after = citationKey(paper);
      if (!isCurated(paper, 'sentenceCaseTitle')) paper = withSuggestedSentenceCase(paper);
      change(
        `title "${known.title}" → "${entry.title}" (the old title kept as an alternative title${before === after ? '' : `; citation key ${before} → ${after}`})`,
      );
    }
  }

  const printed = entry.authors.map((a) => a.printed);
  const current = paper.authors.map(authorName);
  if (printed.join(', ') !== current.join(', ')) {
    const archival = paper.archival?.authors?.map(authorName);
    if (archival?.join(', ') === printed.join(', '))
      keep("authors (the list now shows the archival version's authors, which citations use)");
    else if (isCurated(paper, 'authors'))
      keep(`curated authors (the list says "${printed.join(', ')}")`);
    else {
      const resolved = resolveAuthors(merge, entry, paper.id);
      questions.push(...resolved.questions);
      const added = printed.filter((name) => !current.includes(name));
      const removed = current.filter((name) => !printed.includes(name));
      paper = withUnresolved(
        { ...paper, authors: resolved.authors },
        'authors',
        resolved.questions,
      );
      const diff = [...added.map((n) => `+ ${n}`), ...removed.map((n) => `− ${n}`)];
      change(`authors ${diff.join(', ') || 'reordered'}`);
    }
  }

  const read = readVenue(
    entry,
    arxivYear(paper.arxiv[0]?.id),
    merge.reading.list.editions,
    merge.known,
  );
  report.notes.push(...read.notes);
  const listed = { venue: paper.venue, year: paper.year };
  const open = (paper.unresolved ?? []).some((line) => line.startsWith('venue: '));
  const settles = open && read.unresolved.length === 0;
  if (!sameVenue(listed, read, read.weakYear) || settles) {
    const archival = paper.archival && { venue: paper.archival.venue, year: paper.archival.year };
    if (archival && sameVenue(archival, read, read.weakYear))
      keep(
        `venue ${venueText(listed)} (the list now shows the archival version, ${venueText(archival)}, which citations use)`,
      );
    else if (isCurated(paper, 'venue'))
      keep(`curated venue ${venueText(listed)} (the list says ${venueText(read)})`);
    else {
      paper = withUnresolved(
        { ...paper, venue: read.venue, year: read.year },
        'venue',
        read.unresolved,
      );
      report.unresolved.push(...read.unresolved.map((line) => ({ id: paper.id, line })));
      change(`venue ${venueText(listed)} → ${venueText(read)}`);
    }
  }

  const topic = merge.topics.get(entry.areas[0] ?? '');
  if (topic && topic.id !== paper.topic) {
    if (isCurated(paper, 'topic'))
      keep(`curated topic "${paper.topic}" (the list says ${topic.name})`);
    else {
      change(`topic ${paper.topic} → ${topic.id}`);
      paper.topic = topic.id;
    }
  }
  if (entry.areas.length > 1)
    report.notes.push(
      `${entry.where}: also in areas ${entry.areas.slice(1).join(', ')}; the index keeps one topic a paper`,
    );

  const date = dateOf(entry, ids);
  if (date && date !== paper.date) {
    if (isCurated(paper, 'date')) keep(`curated date ${paper.date} (the list says ${date})`);
    else {
      change(`date ${paper.date} → ${date}`);
      paper.date = date;
    }
  }

  if (entry.abstract && entry.abstract !== paper.abstract) {
    if (isCurated(paper, 'abstract')) keep("curated abstract (the list's text differs)");
    else {
      change('abstract updated');
      paper.abstract = entry.abstract;
    }
  }
  if (paper.sentenceCaseTitle === undefined) paper = withSuggestedSentenceCase(paper);
  const sentenceCaseQuestion = (paper.unresolved ?? []).find(
    (line) => line.startsWith('sentenceCaseTitle: ') && !known.unresolved?.includes(line),
  );
  if (sentenceCaseQuestion) questions.push(sentenceCaseQuestion);
  report.unresolved.push(...questions.map((line) => ({ id: paper.id, line })));
  return paper;
}

/** Merges an entry that is an earlier version of `paper` (its other arXiv id and title). */
function mergeEarlier(merge: Merge, { entry, ids }: Matched, paper: Paper): Paper {
  const merged: Paper = { ...paper };
  const added: string[] = [];
  const title = entry.title;
  const ref = merged.arxiv.find((r) => r.id === ids.arxivId);
  if (ids.arxivId && !ref) {
    merged.arxiv = [...merged.arxiv, { id: ids.arxivId, title }];
    added.push(`arXiv ${ids.arxivId}`);
  } else if (ref && ref.title === undefined) {
    // The citation picks the arXiv record by its title.
    merged.arxiv = merged.arxiv.map((r) => (r === ref ? { ...r, title } : r));
    added.push(`the title of arXiv ${ref.id}`);
  }
  if (title !== merged.title && !merged.altTitles.includes(title)) {
    merged.altTitles = [...merged.altTitles, title];
    added.push('its title as an alternative title');
  }
  merge.report.merged.push(
    `${entry.where} is an earlier version of ${paper.id}: ${added.length > 0 ? `added ${added.join(' and ')}` : `${ids.arxivId ? `arXiv ${ids.arxivId} and its title were` : 'its title was'} already recorded`}; not added as a paper`,
  );
  return merged;
}

/**
 * Merges a group's list into the index. See the module documentation for the rules.
 *
 * @example
 * const result = importList(index, readGroupYaml(text), { source: 'publications.yml' });
 * if (result.problems.length === 0) console.log(formatImportReport(result.report));
 */
export function importList(
  index: PaperList,
  reading: Reading,
  options: ImportOptions,
): ImportResult {
  const problems = [
    ...reading.problems,
    ...(reading.problems.length === 0 ? checkListed(reading.list) : []),
  ];
  if (problems.length > 0) return { problems };
  const topics = mapTopics(index, reading, options, problems);
  // A list without topics, into an index without any (a new group's BibTeX), still needs one.
  if (topics.size === 0 && index.topics.length === 0)
    topics.set('', { id: 'papers', name: 'Papers' });
  const matched = matchEntries(index, reading.list.papers, problems);
  for (const { entry, ids, paper } of matched) {
    if (!paper && ids.otherUrl && !ids.arxivId && !ids.openreviewId)
      problems.push(
        `${entry.where}: url "${ids.otherUrl}" is neither an arXiv abstract (https://arxiv.org/abs/<id>) nor an OpenReview paper, and the paper is new: link its arXiv or OpenReview page`,
      );
  }
  if (problems.length > 0) return { problems };

  const report: ImportReport = {
    source: `${options.source}, read as ${reading.list.format}`,
    entries: reading.list.papers.length,
    added: [],
    merged: [],
    changed: [],
    kept: [],
    topics: [],
    people: [],
    missing: [],
    notes: [],
    unresolved: [],
  };
  const merge: Merge = {
    reading,
    topics,
    people: peopleOf(index.papers),
    known: index.papers.flatMap(datedVenues),
    fallbackTopic: [...topics.values()][0]?.id ?? index.topics[0]?.id ?? '',
    report,
  };

  // The entry of a paper that carries its title is the paper; other entries of it are earlier versions.
  const primary = new Map<string, Matched>();
  for (const m of matched) {
    if (!m.paper) continue;
    const current = primary.get(m.paper.id);
    if (!current || (m.entry.title === m.paper.title && current.entry.title !== m.paper.title))
      primary.set(m.paper.id, m);
  }
  const ids = new Set(index.papers.map((p) => p.id));
  const papers = new Map<string, Paper>();
  for (const m of matched) {
    if (m.paper) {
      if (primary.get(m.paper.id) !== m) continue;
      papers.set(m.paper.id, updatePaper(merge, m as Required<Matched>));
    } else {
      const id = freshId(
        paperIdFromTitle(m.entry.title) || 'paper',
        m.entry.date?.slice(0, 4),
        ids,
      );
      ids.add(id);
      const paper = addPaper(merge, m, id);
      papers.set(id, paper);
      merge.people = peopleOf([...index.papers, ...papers.values()]);
      merge.known.push(...datedVenues(paper));
    }
  }
  for (const m of matched) {
    const paper = m.paper && papers.get(m.paper.id);
    if (paper && primary.get(paper.id) !== m) papers.set(paper.id, mergeEarlier(merge, m, paper));
  }
  for (const id of report.added.map((a) => a.id)) {
    const paper = papers.get(id);
    const twin = paper && [...papers.values()].find((other) => mayBeVersions(paper, other));
    if (paper && twin) {
      const line = `title: may be a version of ${twin.id} (same name before the colon, same first author): if so, merge the two (arXiv ids, the other title as an alternative title) and keep one`;
      papers.set(id, { ...paper, unresolved: [...(paper.unresolved ?? []), line] });
      report.unresolved.push({ id, line });
    }
  }
  for (const paper of index.papers) {
    if (papers.has(paper.id)) continue;
    papers.set(paper.id, paper);
    report.missing.push({ id: paper.id, title: paper.title });
  }

  const list = [...papers.values()];
  // The list's topics in its order, then the index's topics its kept papers still need.
  const listed = [...topics.values()];
  const listTopics = [
    ...listed,
    ...index.topics.filter((t) => !listed.some((l) => l.id === t.id)),
  ].filter((t) => list.some((p) => p.topic === t.id));
  for (const topic of listTopics) {
    const before = index.topics.find((t) => t.id === topic.id);
    if (!before) report.topics.push(`new topic ${topic.id} "${topic.name}"`);
    else if (before.name !== topic.name)
      report.topics.push(`topic ${topic.id} renamed "${before.name}" → "${topic.name}"`);
  }
  for (const gone of index.topics.filter((t) => !listTopics.some((l) => l.id === t.id))) {
    const movedTo = new Set(
      index.papers.filter((p) => p.topic === gone.id).map((p) => papers.get(p.id)?.topic),
    );
    const to = [...movedTo].map((id) => listTopics.find((t) => t.id === id)?.name).join(', ');
    report.topics.push(
      `topic ${gone.id} "${gone.name}" is not in the list any more: removed (its papers are now in ${to})`,
    );
    const heir = listTopics.find(
      (t) => movedTo.size === 1 && movedTo.has(t.id) && !index.topics.some((i) => i.id === t.id),
    );
    const area = heir && [...topics].find(([, t]) => t.id === heir.id)?.[0];
    if (heir && area)
      report.topics.push(
        `  all its papers are in the new topic "${heir.name}": if that is "${gone.name}" renamed, import with --topic ${area}=${gone.id} to keep the id`,
      );
  }
  return { list: { ...index, topics: listTopics, papers: list }, report, problems: [] };
}
