import type { Author } from '../papers/model';
import type { CitedWork } from './cited-version';
import { markProtectedParts } from './title-words';

/** A CSL-JSON name. */
export interface CslName {
  family: string;
  given?: string;
}

/** The CSL-JSON item types this index produces. */
export type CslType = 'paper-conference' | 'article-journal' | 'article';

/** A CSL-JSON item: the subset of the schema the index fills. */
export interface CslItem {
  id: string;
  type: CslType;
  title: string;
  author: CslName[];
  issued: { 'date-parts': [[number]] };
  'container-title'?: string;
  'collection-title'?: string;
  volume?: string;
  issue?: string;
  page?: string;
  publisher?: string;
  /** A preprint's repository number, "arXiv:2303.11257". */
  number?: string;
  DOI?: string;
  URL?: string;
}

function cslName(author: Author): CslName {
  return author.given ? { family: author.family, given: author.given } : { family: author.family };
}

function cslType(work: CitedWork): CslType {
  switch (work.venue.kind) {
    case 'conference':
    case 'workshop':
      return 'paper-conference';
    case 'journal':
      return 'article-journal';
    case 'preprint':
      return 'article';
  }
}

/**
 * Where the work appeared, in CSL variables. A preprint (CSL `article`) has no container: its
 * repository is the publisher and its arXiv id the number, which is how APA, Vancouver and
 * the other styles expect a preprint.
 */
function venueVariables(work: CitedWork): Partial<CslItem> {
  const { venue } = work;
  if (venue.kind === 'preprint') {
    return work.arxiv
      ? { publisher: 'arXiv', number: `arXiv:${work.arxiv.id}` }
      : { publisher: venue.publisher ?? venue.short };
  }
  return definedOnly({
    'container-title': venue.name,
    'collection-title': venue.series,
    volume: venue.volume,
    issue: venue.issue,
    page: venue.pages?.replace('--', '-'),
    publisher: venue.publisher,
  });
}

/** `record` without its undefined values (`exactOptionalPropertyTypes` tells them apart). */
function definedOnly<T extends object>(record: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}

/**
 * The title with the words whose case must survive a style's title-casing (u-µP, PySCF_IPU,
 * proper nouns of sentence-case titles) in `<span class="nocase">`, the CSL markup that
 * citeproc-js, Zotero and pandoc honour and do not print.
 */
export function cslTitle(title: string): string {
  return markProtectedParts(title)
    .map((token) => {
      if (typeof token === 'string') return token;
      const { lead, core, trail } = token.word;
      const keep = token.parts.some((part) => part.keep);
      return keep ? `${lead}<span class="nocase">${core}</span>${trail}` : lead + core + trail;
    })
    .join('');
}

/** The cited version as a CSL-JSON item with the given id (the citation key). */
export function cslItem(work: CitedWork, id: string): CslItem {
  return {
    id,
    type: cslType(work),
    title: cslTitle(work.title),
    author: work.authors.map(cslName),
    issued: { 'date-parts': [[work.year]] },
    ...venueVariables(work),
    ...definedOnly({ DOI: work.doi, URL: work.url }),
  };
}
