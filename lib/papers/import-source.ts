/**
 * What `npm run data:import` reads from a group's own list, whatever its format (the website's
 * YAML data file, the "Our Papers" page text, a BibTeX file): one {@link ListedPaper} per entry,
 * before it is matched against the index. The readers (`import-yaml.ts`, `import-page.ts`,
 * `import-bibtex.ts`) fill it in; `import.ts` merges it into the index.
 *
 * @module
 */
import { arxivIdFromUrl, openreviewIdFromUrl } from '../matching/identifiers';
import { normalizeTitle } from '../matching/normalize-title';

/** An author as the list prints them; BibTeX also says where the family name starts. */
export interface ListedAuthor {
  printed: string;
  split?: { given: string; family: string };
}

/** Volume, pages and the like, where the source gives them (BibTeX does). */
export interface ListedVenueDetails {
  series?: string;
  volume?: string;
  issue?: string;
  pages?: string;
  publisher?: string;
}

/** One paper as the group's list gives it. */
export interface ListedPaper {
  /** Where the entry stands in the source, for messages: `entry "Title" (2026 workshop)`. */
  where: string;
  title: string;
  authors: ListedAuthor[];
  /** The entry's link, as written. */
  url?: string;
  arxivId?: string;
  openreviewId?: string;
  doi?: string;
  /** YYYY-MM-DD or YYYY-MM. */
  date?: string;
  abstract?: string;
  /** Ids of the list's areas (its topics), first the main one. */
  areas: string[];
  /** The venue as printed: "ICML'24 Workshop on …", "arXiv Preprint". */
  published?: string;
  /** The year and kind ("conference", "workshop", "article" …) the list files it under. */
  group?: { year?: number; kind?: string };
  venueDetails?: ListedVenueDetails;
}

/**
 * A conference's number in a given year, from the notes at the top of the group's data file:
 * "ICML = 43rd | Proceedings of the 43rd International Conference on Machine Learning".
 */
export interface Edition {
  acronym: string;
  edition: number;
  year: number;
  /** The series' name without "Proceedings of the 43rd": "International Conference on …". */
  series: string;
}

/** A group's list as read from one file. */
export interface GroupList {
  /** What was read, for the report: "group YAML (by year and kind)". */
  format: string;
  /** The list's topics in its order; `id` is what entries' `areas` name. */
  areas: { id: string; name: string }[];
  papers: ListedPaper[];
  editions: Edition[];
}

/** A reader's result: the list, and problems that stop the import (one line each) if any. */
export interface Reading {
  list: GroupList;
  problems: string[];
}

/**
 * Sets the values that are defined: `exactOptionalPropertyTypes` forbids writing `undefined`
 * to an optional field, and a source leaves many out.
 *
 * @example
 * withDefined({ title: 'X' }, { url: undefined, date: '2026-02' }) // → { title: 'X', date: '2026-02' }
 */
export function withDefined<T extends object>(
  target: T,
  values: { [K in keyof T]?: T[K] | undefined },
): T {
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined) Object.assign(target, { [key]: value });
  }
  return target;
}

/** `entry "Title" (context)`, the way every message names an entry. */
export function entryName(title: string | undefined, context: string): string {
  return title ? `entry "${title}" (${context})` : `entry ${context}`;
}

/**
 * Splits a printed author line: "A B, C D and E F" → three names.
 *
 * @example
 * splitAuthorLine('Charlie Blake, Douglas Orr and Carlo Luschi') // → ['Charlie Blake', 'Douglas Orr', 'Carlo Luschi']
 */
export function splitAuthorLine(line: string): string[] {
  return line
    .split(/\s*,\s*|\s+(?:and|&)\s+/)
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

// UTF-8 read as Latin-1 or Windows-1252 ("Ã©" for "é", "â€™" for "’").
const MOJIBAKE = /Ã[\u0080-\u00bf¡-¿]|â€|Â[\u00a0-\u00bf]/;
// Control characters other than tab and newline.
// eslint-disable-next-line no-control-regex -- finding them is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/** Why a text from the source looks mis-encoded, if it does. */
export function encodingProblem(text: string): string | undefined {
  if (text.includes('\ufffd')) return 'holds "\ufffd", a character lost in an earlier conversion';
  const mojibake = MOJIBAKE.exec(text);
  if (mojibake) return `holds "${mojibake[0]}", UTF-8 read as Latin-1 (mojibake)`;
  if (CONTROL.test(text)) return 'holds a control character';
  return undefined;
}

/**
 * Decodes a source file: it must be UTF-8 (a byte-order mark is dropped).
 *
 * @throws with one line when it is not.
 */
export function decodeSource(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new Error('the file is not UTF-8 text: save it as UTF-8 and import it again');
  }
}

/** The identifiers an entry gives, from its own fields and its link. */
export interface ListedIdentifiers {
  arxivId?: string;
  openreviewId?: string;
  doi?: string;
  /** A link that is neither arXiv nor OpenReview (a PDF on the group's site). */
  otherUrl?: string;
}

const WEB_ADDRESS = /^https?:\/\/[^\s/]+\.[^\s/]+(?:\/\S*)?$/;
const ARXIV_OR_OPENREVIEW = /^https?:\/\/(?:[\w-]+\.)?(?:arxiv\.org|openreview\.net)\//;

/** Why an entry's link is unusable, if it is: not a web address, or arXiv/OpenReview without an id. */
function urlProblem(url: string): string | undefined {
  if (!WEB_ADDRESS.test(url)) return `url "${url}" is not a web address`;
  if (ARXIV_OR_OPENREVIEW.test(url) && !arxivIdFromUrl(url) && !openreviewIdFromUrl(url))
    return `url "${url}" is neither an arXiv abstract (https://arxiv.org/abs/<id>) nor an OpenReview paper`;
  return undefined;
}

/** The identifiers of an entry whose link {@link checkListed} accepted. */
export function identifiersOf(paper: ListedPaper): ListedIdentifiers {
  const ids: ListedIdentifiers = {};
  const arxivId = paper.arxivId ?? (paper.url && arxivIdFromUrl(paper.url));
  const openreviewId = paper.openreviewId ?? (paper.url && openreviewIdFromUrl(paper.url));
  if (arxivId) ids.arxivId = arxivId;
  if (openreviewId) ids.openreviewId = openreviewId;
  if (paper.doi) ids.doi = paper.doi;
  if (paper.url && !arxivIdFromUrl(paper.url) && !openreviewIdFromUrl(paper.url))
    ids.otherUrl = paper.url;
  return ids;
}

const DATE = /^\d{4}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?$/;

/**
 * Problems with a list's entries that stop an import, one line each naming the entry: no title
 * or authors, the same title twice, an unusable link or date, an unknown area, mis-encoded text.
 *
 * @example
 * checkListed(list) // → ['entry "X" (2026 workshop): has no authors']
 */
export function checkListed(list: GroupList): string[] {
  const problems: string[] = [];
  const areas = new Set(list.areas.map((area) => area.id));
  const titles = new Map<string, string>();
  for (const paper of list.papers) {
    const say = (problem: string) => problems.push(`${paper.where}: ${problem}`);
    if (paper.title.trim() === '') say('has no title');
    if (paper.authors.length === 0) say('has no authors');
    if (paper.url !== undefined) {
      const problem = urlProblem(paper.url);
      if (problem) say(problem);
    }
    if (paper.date !== undefined && !DATE.test(paper.date))
      say(`date "${paper.date}" is not a date (YYYY-MM-DD)`);
    for (const area of paper.areas) {
      if (!areas.has(area)) say(`area "${area}" is not one of the list's areas`);
    }
    const texts = [
      paper.title,
      paper.abstract,
      paper.published,
      ...paper.authors.map((a) => a.printed),
    ];
    for (const text of texts) {
      const problem = text === undefined ? undefined : encodingProblem(text);
      if (problem) say(`"${text?.slice(0, 40)}" ${problem}`);
    }
    const key = normalizeTitle(paper.title);
    const earlier = titles.get(key);
    if (key !== '' && earlier !== undefined) say(`has the same title as ${earlier}`);
    titles.set(key, paper.where);
  }
  return problems;
}
