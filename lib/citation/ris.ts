import type { Author } from '../papers/model';
import type { CitedWork } from './cited-version';

type Tag = readonly [tag: string, value: string | undefined];

/**
 * RIS reference types: conference and workshop papers are CPAPER, journal articles JOUR, and
 * preprints UNPB (RIS has no preprint type; "unpublished work" is the closest, and Zotero and
 * EndNote import it as a manuscript).
 */
function risType(work: CitedWork): 'CPAPER' | 'JOUR' | 'UNPB' {
  switch (work.venue.kind) {
    case 'conference':
    case 'workshop':
      return 'CPAPER';
    case 'journal':
      return 'JOUR';
    case 'preprint':
      return 'UNPB';
  }
}

function risName(author: Author): Tag {
  return ['AU', author.given ? `${author.family}, ${author.given}` : author.family];
}

function pageTags(pages: string | undefined): Tag[] {
  const [start, end] = pages?.split('--') ?? [];
  return [
    ['SP', start],
    ['EP', end],
  ];
}

function venueTags(work: CitedWork): Tag[] {
  const { venue } = work;
  if (venue.kind === 'preprint') {
    return [['PB', work.arxiv ? 'arXiv' : (venue.publisher ?? venue.short)]];
  }
  return [
    ['T2', venue.name],
    ['T3', venue.series],
    ['VL', venue.volume],
    ['IS', venue.issue],
    // An article number in place of pages, as the journal's own RIS gives it.
    ...(venue.articleNumber && !venue.pages
      ? [['SP', venue.articleNumber] as const]
      : pageTags(venue.pages)),
    ['PB', venue.publisher],
  ];
}

/**
 * One RIS record (UTF-8, one `TAG  - value` line per field, no line wrapping) for the cited
 * version, ending with `ER  - `. The title is the curated sentence-case form, as reference
 * managers store titles: their styles can title-case it, none can sentence-case a title.
 */
export function risRecord(work: CitedWork, key: string): string {
  const tags: Tag[] = [
    ['TY', risType(work)],
    ['ID', key],
    ['TI', work.sentenceCaseTitle ?? work.title],
    ...work.authors.map(risName),
    ['PY', String(work.year)],
    ...venueTags(work),
    ['DO', work.doi],
    ['UR', work.url],
  ];
  const lines = tags.flatMap(([tag, value]) => (value === undefined ? [] : [`${tag}  - ${value}`]));
  return [...lines, 'ER  - '].join('\n');
}
