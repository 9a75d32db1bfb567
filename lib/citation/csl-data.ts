import type { Author } from '../papers/model';
import type { CitedWork } from './cited-version';
import { capitalizeSubtitles, markProtectedParts } from './title-words';

/** A CSL-JSON name. */
export interface CslName {
  family: string;
  given?: string;
}

/**
 * The CSL-JSON item types this index produces. `chapter` and `speech` are only handed to APA's
 * style (see {@link styleItem}).
 */
export type CslType = 'paper-conference' | 'article-journal' | 'article' | 'chapter' | 'speech';

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
  /** A preprint's repository number, "arXiv:2303.11257"; a journal's article number. */
  number?: string;
  /** The workshop an unpublished paper was presented at (APA only). */
  'event-title'?: string;
  /** What an unpublished paper is, "Paper presentation" (APA only). */
  genre?: string;
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
    // CSL has no article-number variable; `number` is the one APA, Zotero and Vancouver read.
    number: venue.articleNumber,
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
 * The title with the words whose case must survive a style's title- or sentence-casing (u-µP,
 * PySCF_IPU, proper nouns such as Knowledge Graph Completion) in `<span class="nocase">`, the
 * CSL markup that citeproc-js, Zotero and pandoc honour and do not print. `sentenceCase`, the
 * title's curated sentence-case form, tells the proper nouns.
 */
export function cslTitle(title: string, sentenceCase?: string): string {
  return markProtectedParts(title, sentenceCase)
    .map((token) => {
      if (typeof token === 'string') return token;
      const { lead, core, trail } = token.word;
      const keep = token.parts.some((part) => part.keep);
      return keep ? `${lead}<span class="nocase">${core}</span>${trail}` : lead + core + trail;
    })
    .join('');
}

/**
 * The cited version as a CSL-JSON item with the given id (the citation key). Its title is in
 * sentence case, as CSL processors and Zotero expect titles stored: a title-case style
 * capitalises it, none can lower-case a title-case one.
 */
export function cslItem(work: CitedWork, id: string): CslItem {
  const sentenceCase = work.sentenceCaseTitle ?? work.title;
  return {
    id,
    type: cslType(work),
    title: cslTitle(sentenceCase, sentenceCase),
    author: work.authors.map(cslName),
    issued: { 'date-parts': [[work.year]] },
    ...venueVariables(work),
    ...definedOnly({ DOI: work.doi, URL: work.url }),
  };
}

/** The styles whose rules want titles in title case; the others want sentence case. */
const TITLE_CASE_STYLES: ReadonlySet<string> = new Set(['mla', 'chicago']);
/** The sentence-case styles that capitalise the first word of a subtitle. */
const CAPITALISED_SUBTITLE_STYLES: ReadonlySet<string> = new Set(['apa', 'ieee']);

/**
 * The title as a style wants it: MLA and Chicago title-case the title as printed; APA 7 and
 * IEEE print sentence case with a capital after a colon; Vancouver (Citing Medicine) and
 * Harvard (Cite Them Right) print sentence case with a lower-case subtitle.
 */
function styleTitle(work: CitedWork, style: string): string {
  if (TITLE_CASE_STYLES.has(style)) return cslTitle(work.title, work.sentenceCaseTitle);
  const sentenceCase = work.sentenceCaseTitle ?? work.title;
  const cased = CAPITALISED_SUBTITLE_STYLES.has(style)
    ? capitalizeSubtitles(sentenceCase)
    : sentenceCase;
  return cslTitle(cased, sentenceCase);
}

/** Whether a conference or workshop paper appeared in published proceedings. */
function inProceedings(work: CitedWork): boolean {
  const { venue } = work;
  if (venue.kind === 'conference') return true;
  return [venue.volume, venue.pages, venue.publisher, venue.series].some((v) => v !== undefined);
}

/**
 * The CSL item one style renders, shaped for what its rules need:
 *
 * - the title cased as the style wants it ({@link styleTitle});
 * - APA: a paper in published proceedings is a `chapter` ("In *Proceedings of …* (Vol. 202,
 *   pp. 2548–2576). PMLR."), which APA's CSL gives a `paper-conference` only with editors, and
 *   without them runs the proceedings and series titles together like a journal's; a workshop
 *   paper without proceedings is a presentation ("*Title* [Paper presentation]. Workshop.");
 * - an article number: APA and Vancouver read `number` ("Article btaf547", ":btaf547"), IEEE
 *   our style's `number` ("Art. no. btaf547"), Chicago `page` ("41 (10): btaf547"); MLA and
 *   Cite Them Right have no rule for one and print none.
 */
export function styleItem(work: CitedWork, id: string, style: string): CslItem {
  const item: CslItem = { ...cslItem(work, id), title: styleTitle(work, style) };
  const articleNumber = work.venue.articleNumber;
  if (articleNumber !== undefined && !['apa', 'vancouver', 'ieee'].includes(style)) {
    delete item.number;
    if (style === 'chicago') item.page = articleNumber;
  }
  if (style !== 'apa' || item.type !== 'paper-conference') return item;
  if (inProceedings(work)) return { ...item, type: 'chapter' };
  const { 'container-title': workshop, ...rest } = item;
  return definedOnly({ ...rest, 'event-title': workshop, genre: 'Paper presentation' }) as CslItem;
}
