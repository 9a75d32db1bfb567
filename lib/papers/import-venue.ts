/**
 * Turns the venue a group's list prints ("Proceedings of ICML 2026, the 43rd International
 * Conference on Machine Learning", "ICML'24 Workshop on … (WANT): …", "arXiv Preprint",
 * "Bioinformatics, Volume 41, Issue 10, October 2025") into the index's {@link Venue} and year,
 * following the conventions of `data/CURATION.md`:
 *
 * - a conference is cited by its proceedings' title ("Proceedings of the 43rd International
 *   Conference on Machine Learning") and listed as "ICML 2026"; NeurIPS by "Advances in Neural
 *   Information Processing Systems" and the volume (the edition less one);
 * - a workshop keeps the list's wording with "ICML'24" spelt "ICML 2024", and is listed as
 *   "WANT@ICML 2024" when its name gives an acronym in brackets;
 * - "arXiv Preprint" becomes "arXiv preprint", with the arXiv year; a trailing ", 2021" moves
 *   to the year; honours in brackets ("(Spotlight)") are not part of the venue.
 *
 * A conference's year comes from its number: the notes at the top of the group's file ("ICML
 * = 43rd" in 2026) or a venue of the index with a number and a year (ICML's 40th is 2023)
 * anchor each series, which meets once a year. Short labels the text, notes and index cannot
 * give are left to a curator as `unresolved` lines.
 *
 * @module
 */
import { normalizeTitle } from '../matching/normalize-title';
import { withDefined, type Edition, type ListedPaper } from './import-source';
import type { Venue, VenueKind } from './model';

/** A venue of the index with its year, to learn labels and conference numbers from. */
export interface DatedVenue {
  venue: Venue;
  year: number;
}

/** A list's venue read into the index's terms. */
export interface ReadVenue extends DatedVenue {
  /** The year comes from where the list files the entry or its date, not from the venue. */
  weakYear: boolean;
  /** Questions for a curator, each starting "venue: ". */
  unresolved: string[];
  /** Inconsistencies of the list that the result does not depend on. */
  notes: string[];
}

/** Series whose proceedings have a title of their own (data/CURATION.md, "Venue names"). */
const PROCEEDINGS_TITLES: Record<
  string,
  {
    series: string;
    name: string;
    volume: (edition: number) => number;
    edition: (volume: number) => number;
  }
> = {
  NeurIPS: {
    series: 'Conference on Neural Information Processing Systems',
    name: 'Advances in Neural Information Processing Systems',
    volume: (edition) => edition - 1,
    edition: (volume) => volume + 1,
  },
};

const ORDINAL = String.raw`(\d+)(?:st|nd|rd|th)`;
const LABELLED_PROCEEDINGS = new RegExp(
  String.raw`^Proceedings of (\S+) (\d{4}), the ${ORDINAL} (.+)$`,
);
const NUMBERED_PROCEEDINGS = new RegExp(String.raw`^Proceedings of the ${ORDINAL} (.+)$`);
const HOSTED = /^(\S+?)['’](\d{2}) (.+)$/;
const TRAILING_YEAR =
  /,\s*(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(\d{4})$/;
const JOURNAL_ISSUE = /^(.+?),\s*Volume\s+(\w+)(?:,\s*Issue\s+(\w+))?$/i;
const HONOURS =
  /\s*\((?:[^()]*\b(?:spotlight|oral|poster|best|award|nominee|honou?rable|outstanding)\b[^()]*)\)$/i;
const TRACK = /^(.+?),\s*(.+?) track$/i;
const BRACKETED_ACRONYM = /\(([A-Z][A-Za-z0-9&+-]*[A-Z0-9])\)/;

/** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st. */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th');
  return `${n}${suffix}`;
}

interface Anchor {
  acronym: string;
  edition: number;
  year: number;
}

/** What the file's notes and the index say about series, names and short labels. */
interface VenueKnowledge {
  /** Folded series name → acronym. */
  acronyms: Map<string, string>;
  /** One edition and year per acronym, the notes' first. */
  anchors: Map<string, Anchor>;
  /** Folded venue name → its short label, with the year as `{year}`. */
  labels: Map<string, string>;
}

function learn(editions: readonly Edition[], known: readonly DatedVenue[]): VenueKnowledge {
  const knowledge: VenueKnowledge = { acronyms: new Map(), anchors: new Map(), labels: new Map() };
  const anchor = (acronym: string, edition: number, year: number) => {
    if (!knowledge.anchors.has(acronym)) knowledge.anchors.set(acronym, { acronym, edition, year });
  };
  for (const [acronym, { series }] of Object.entries(PROCEEDINGS_TITLES))
    knowledge.acronyms.set(normalizeTitle(series), acronym);
  for (const { acronym, edition, year, series } of editions) {
    knowledge.acronyms.set(normalizeTitle(series), acronym);
    anchor(acronym, edition, year);
  }
  for (const { venue, year } of known) {
    knowledge.labels.set(normalizeTitle(venue.name), venue.short.replace(String(year), '{year}'));
    const acronym = /^(\S+) \d{4}\b/.exec(venue.short)?.[1];
    if (!acronym) continue;
    const numbered = NUMBERED_PROCEEDINGS.exec(venue.name);
    if (numbered) {
      const [, edition = '', series = ''] = numbered;
      if (!knowledge.acronyms.has(normalizeTitle(series)))
        knowledge.acronyms.set(normalizeTitle(series), acronym);
      anchor(acronym, Number(edition), year);
    }
    const titled = PROCEEDINGS_TITLES[acronym];
    if (titled && venue.name.startsWith(titled.name) && venue.volume)
      anchor(acronym, titled.edition(Number(venue.volume)), year);
  }
  return knowledge;
}

function yearOfEdition(knowledge: VenueKnowledge, acronym: string, edition: number) {
  const anchor = knowledge.anchors.get(acronym);
  return anchor && anchor.year + (edition - anchor.edition);
}

/** The label a venue of the index with this name has, for `year`. */
function knownLabel(knowledge: VenueKnowledge, name: string, year: number): string | undefined {
  return knowledge.labels.get(normalizeTitle(name))?.replace('{year}', String(year));
}

function kindOfGroup(kind: string | undefined): VenueKind | undefined {
  if (kind === 'conference' || kind === 'workshop' || kind === 'journal') return kind;
  if (kind === 'article') return 'journal';
  if (kind === 'preprint' || kind === 'misc') return 'preprint';
  return undefined;
}

/** Conference, workshop or journal, from the venue's own words, else from where it is filed. */
function kindOfName(name: string, group: VenueKind | undefined): VenueKind {
  if (/\b(?:workshop|competition)\b/i.test(name)) return 'workshop';
  if (/\b(?:journal|transactions|letters)\b/i.test(name)) return 'journal';
  if (/\b(?:conference|symposium|proceedings)\b/i.test(name)) return 'conference';
  return group ?? 'conference';
}

/**
 * Reads the venue of one entry.
 *
 * @param arxivYear The year of the entry's arXiv id, the year of a preprint.
 * @param editions The file's conference-number notes.
 * @param known The index's venues, listed and archival, with their years.
 * @example
 * readVenue({ published: 'Proceedings of ICML 2026, the 43rd International Conference on Machine Learning', … }, …)
 * // → { venue: { name: 'Proceedings of the 43rd International Conference on Machine Learning', short: 'ICML 2026', kind: 'conference' }, year: 2026, … }
 */
export function readVenue(
  paper: Pick<ListedPaper, 'published' | 'group' | 'date' | 'venueDetails'>,
  arxivYear: number | undefined,
  editions: readonly Edition[],
  known: readonly DatedVenue[],
): ReadVenue {
  const knowledge = learn(editions, known);
  const unresolved: string[] = [];
  const notes: string[] = [];
  const groupKind = kindOfGroup(paper.group?.kind);
  const listedYear = paper.group?.year ?? (paper.date ? Number(paper.date.slice(0, 4)) : undefined);
  let text = (paper.published ?? '').replace(HONOURS, '').trim();

  if (text === '' || /^arxiv\b/i.test(text) || groupKind === 'preprint') {
    const year = arxivYear ?? listedYear;
    if (text === '' && arxivYear === undefined)
      unresolved.push('venue: the list gives none; taken as an arXiv preprint');
    if (year === undefined) unresolved.push('venue: no year; set year');
    const venue: Venue = { name: 'arXiv preprint', short: 'arXiv', kind: 'preprint' };
    return { venue, year: year ?? 1990, weakYear: false, unresolved, notes };
  }

  let year: number | undefined;
  const trailing = TRAILING_YEAR.exec(text);
  if (trailing) {
    year = Number(trailing[1]);
    text = text.slice(0, trailing.index).trim();
  }
  const details = { ...paper.venueDetails };
  let kind = kindOfName(text, groupKind);
  const issue = JOURNAL_ISSUE.exec(text);
  if (issue) {
    const [, name = '', volume = '', number] = issue;
    text = name;
    kind = 'journal';
    details.volume ??= volume;
    if (number) details.issue ??= number;
  }
  let name = text;
  let short: string | undefined;

  const hosted = HOSTED.exec(text);
  const labelled = LABELLED_PROCEEDINGS.exec(text);
  const numbered = NUMBERED_PROCEEDINGS.exec(text);
  const proceedings = labelled
    ? { acronym: labelled[1], labelYear: labelled[2], edition: labelled[3], series: labelled[4] }
    : numbered && {
        acronym: undefined,
        labelYear: undefined,
        edition: numbered[1],
        series: numbered[2],
      };
  if (hosted) {
    // "ICML'24 Workshop on …": a workshop or competition held at a conference.
    const [, host = '', yy = '', rest = ''] = hosted;
    year = 2000 + Number(yy);
    name = `${host} ${year} ${rest}`;
    kind = kindOfName(rest, groupKind === 'conference' ? 'workshop' : groupKind);
    const acronym = BRACKETED_ACRONYM.exec(rest)?.[1];
    short = acronym ? `${acronym}@${host} ${year}` : knownLabel(knowledge, name, year);
    if (!short) {
      short = `${host} ${year} workshop`;
      unresolved.push(
        `venue: no short label for "${name}"; set venue.short (e.g. "ABC@${host} ${year}")`,
      );
    }
  } else if (proceedings) {
    // "Proceedings of [ICML 2026, ]the 43rd International Conference on Machine Learning".
    const edition = Number(proceedings.edition);
    const track = TRACK.exec(proceedings.series ?? '');
    const series = track?.[1] ?? proceedings.series ?? '';
    const acronym = proceedings.acronym ?? knowledge.acronyms.get(normalizeTitle(series));
    const editionYear = acronym ? yearOfEdition(knowledge, acronym, edition) : undefined;
    const labelYear = proceedings.labelYear ? Number(proceedings.labelYear) : undefined;
    if (labelYear && editionYear && labelYear !== editionYear)
      notes.push(
        `"${paper.published}": the ${ordinal(edition)} ${acronym} is ${editionYear}, not ${labelYear}; ${editionYear} used`,
      );
    year = editionYear ?? labelYear ?? year;
    const titled = acronym ? PROCEEDINGS_TITLES[acronym] : undefined;
    name = titled?.name ?? `Proceedings of the ${ordinal(edition)} ${series}`;
    if (track) name += `, ${track[2]} Track`;
    if (titled) details.volume ??= String(titled.volume(edition));
    kind = kindOfName(series, 'conference');
    if (acronym && year !== undefined) short = `${acronym} ${year}`;
  }

  const weakYear = year === undefined;
  year ??= listedYear;
  if (year === undefined) unresolved.push('venue: no year; set year');
  const resolvedYear = year ?? 1990;
  short ??= knownLabel(knowledge, name, resolvedYear);
  const acronym = BRACKETED_ACRONYM.exec(name)?.[1];
  if (!short && acronym) short = `${acronym} ${resolvedYear}`;
  // A one- or two-word journal name is its own label ("Bioinformatics 2025").
  if (!short && kind === 'journal' && name.split(' ').length <= 2)
    short = `${name} ${resolvedYear}`;
  if (!short) {
    const bare = name.replace(/^Proceedings of (?:the )?(?:\d+(?:st|nd|rd|th) )?/, '');
    short = `${bare} ${resolvedYear}`;
    unresolved.push(
      `venue: no short label for "${name}"; set venue.short (e.g. "ABC ${resolvedYear}")`,
    );
  }
  if (!weakYear && paper.group?.year !== undefined && year !== paper.group.year)
    notes.push(`"${paper.published}" is listed under ${paper.group.year}, but is of ${year}`);

  const venue = withDefined<Venue>({ name, short, kind }, details);
  return { venue, year: resolvedYear, weakYear, unresolved, notes };
}

/**
 * Whether two venues are the same for an import: same kind and year (unless one year is only
 * the list's grouping), and the same name or short label, or one label refining the other
 * ("NeurIPS 2023 D&B" is "NeurIPS 2023").
 */
export function sameVenue(a: DatedVenue, b: DatedVenue, weakYear = false): boolean {
  if (a.venue.kind !== b.venue.kind) return false;
  if (!weakYear && a.year !== b.year) return false;
  if (normalizeTitle(a.venue.name) === normalizeTitle(b.venue.name)) return true;
  const [x, y] = [a.venue.short, b.venue.short];
  return x === y || x.startsWith(`${y} `) || y.startsWith(`${x} `);
}
