/**
 * Reads the YAML data file behind a group's "Our Papers" page, in either of the layouts the
 * Graphcore Research site has used:
 *
 * - until 2024 (`_data/publications.yaml`): topic headings, each a list of entries;
 * - since 2026 (`pages/.publications.yml`): an `areas` map (id → name) and `papers` grouped by
 *   year, then by kind (`conference`, `workshop`), each entry naming its `area` ids. Comments at
 *   the top number the year's conferences ("ICML = 43rd | Proceedings of the 43rd …").
 *
 * Entries have `title`, `url`, `date`, `authors` (one string), `abstract`, `published` (the
 * venue as printed) and, optionally, `area` and `icon`.
 *
 * @module
 */
import { isMap, isScalar, parseDocument } from 'yaml';
import {
  entryName,
  splitAuthorLine,
  withDefined,
  type Edition,
  type ListedPaper,
  type Reading,
} from './import-source';

const ENTRY_FIELDS = new Set(['title', 'url', 'date', 'area', 'authors', 'abstract', 'published']);
// Display-only fields of the site, not facts about the paper.
const IGNORED_FIELDS = new Set(['icon']);

type Plain = Record<string, unknown>;

function isPlain(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A scalar as text: YAML reads `2024-07-24` as text but `2024` or `1.5` as numbers. */
function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return String(value);
  return undefined;
}

const EDITION_YEAR = /^#\s*Conference numbers \((\d{4})\)/i;
const EDITION =
  /^#\s*([A-Za-z][\w-]*)\s*=\s*(\d+)(?:st|nd|rd|th)\s*\|\s*Proceedings of the \d+(?:st|nd|rd|th) (.+?)\s*$/;

/** The conference numbers noted in the file's leading comments. */
export function readEditionNotes(source: string): Edition[] {
  const editions: Edition[] = [];
  let year: number | undefined;
  for (const line of source.split('\n')) {
    const heading = EDITION_YEAR.exec(line);
    if (heading) year = Number(heading[1]);
    const note = EDITION.exec(line);
    if (note && year !== undefined) {
      const [, acronym = '', edition = '', series = ''] = note;
      editions.push({ acronym, edition: Number(edition), year, series });
    }
  }
  return editions;
}

/** One entry, or the problems that make it unreadable. */
function readEntry(
  value: unknown,
  context: string,
  group: ListedPaper['group'],
  areas: (entry: Plain) => unknown,
  problems: string[],
): ListedPaper | undefined {
  if (!isPlain(value)) {
    problems.push(`${entryName(undefined, context)}: is not a map of title, url, authors …`);
    return undefined;
  }
  const title = text(value.title);
  const where = entryName(title, context);
  const say = (problem: string) => problems.push(`${where}: ${problem}`);
  for (const key of Object.keys(value)) {
    if (!ENTRY_FIELDS.has(key) && !IGNORED_FIELDS.has(key)) say(`unknown field "${key}"`);
  }
  const authors = value.authors;
  let names: string[] = [];
  if (typeof authors === 'string') names = splitAuthorLine(authors);
  else if (Array.isArray(authors) && authors.every((a) => typeof a === 'string'))
    names = authors.map((a) => a.trim()).filter(Boolean);
  else if (authors !== undefined && authors !== null) say('authors must be one line of names');
  const areaValue = areas(value);
  const areaIds =
    typeof areaValue === 'string'
      ? [areaValue]
      : Array.isArray(areaValue)
        ? areaValue.filter((a): a is string => typeof a === 'string')
        : [];
  return withDefined<ListedPaper>(
    { where, title: title ?? '', authors: names.map((printed) => ({ printed })), areas: areaIds },
    {
      url: text(value.url),
      date: text(value.date),
      abstract: text(value.abstract),
      published: text(value.published),
      group,
    },
  );
}

/** The entries of one list in the file, or a problem when it is not a list. */
function readEntries(
  value: unknown,
  context: string,
  group: ListedPaper['group'],
  areas: (entry: Plain) => unknown,
  problems: string[],
): ListedPaper[] {
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.push(`${context}: is not a list of entries`);
    return [];
  }
  return value.flatMap((entry: unknown, index) => {
    const paper = readEntry(entry, `${context}, #${index + 1}`, group, areas, problems);
    return paper ? [paper] : [];
  });
}

/**
 * Reads a group's YAML data file (either layout). Problems are one line each: YAML syntax
 * errors with their line and column, and entries that are not maps of the known fields.
 *
 * @example
 * readGroupYaml(text).list.papers[0]?.title // → 'Novel Aspects of IEEE SA P3109 …'
 */
export function readGroupYaml(source: string): Reading {
  const problems: string[] = [];
  const doc = parseDocument(source, { prettyErrors: true, uniqueKeys: true });
  const empty = { format: 'group YAML', areas: [], papers: [], editions: [] };
  if (doc.errors.length > 0) {
    // Each message starts "… at line 3, column 5:" followed by a picture of the line.
    const lines = doc.errors.map(
      (error) => `YAML: ${error.message.split('\n')[0]?.replace(/:$/, '')}`,
    );
    return { list: empty, problems: lines };
  }
  const root: unknown = doc.toJS();
  if (!isPlain(root) || !isMap(doc.contents)) {
    return {
      list: empty,
      problems: ['YAML: the file is not a map of topics or of areas and papers'],
    };
  }
  const editions = readEditionNotes(source);
  if ('papers' in root) {
    const areas = isPlain(root.areas) ? root.areas : {};
    if (!isPlain(root.areas)) problems.push('areas: is not a map of area ids to names');
    const papers: ListedPaper[] = [];
    if (!isPlain(root.papers)) problems.push('papers: is not a map of years');
    else {
      // YAML keeps the file's order of keys; years are numbers, which JavaScript objects
      // would reorder, so they are read from the document.
      const years = doc.get('papers');
      const yearKeys = isMap(years)
        ? years.items.map((pair) => (isScalar(pair.key) ? text(pair.key.value) : undefined))
        : [];
      for (const yearKey of yearKeys) {
        if (yearKey === undefined) continue;
        const year = Number(yearKey);
        const kinds = root.papers[yearKey];
        if (!/^\d{4}$/.test(yearKey) || !(isPlain(kinds) || kinds === null)) {
          problems.push(`papers.${yearKey}: is not a year of conference and workshop lists`);
          continue;
        }
        for (const [kind, entries] of Object.entries(kinds ?? {})) {
          papers.push(
            ...readEntries(
              entries,
              `${year} ${kind}`,
              { year, kind },
              (entry) => entry.area,
              problems,
            ),
          );
        }
      }
    }
    return {
      list: {
        format: 'group YAML (areas; papers by year and kind)',
        areas: Object.entries(areas).map(([id, name]) => ({ id, name: text(name) ?? id })),
        papers,
        editions,
      },
      problems,
    };
  }
  const papers = Object.entries(root).flatMap(([heading, entries]) =>
    readEntries(entries, `under "${heading}"`, undefined, () => heading, problems),
  );
  return {
    list: {
      format: 'group YAML (papers by topic)',
      areas: Object.keys(root).map((heading) => ({ id: heading, name: heading })),
      papers,
      editions,
    },
    problems,
  };
}
