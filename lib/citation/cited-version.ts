import type { ArxivRef, Author, Paper, Venue } from '../papers/model';

/** The one version of a paper that every citation format describes. */
export interface CitedWork {
  /** The title as the cited version prints it (title case in most of the index). */
  title: string;
  /**
   * The same title in sentence case (curated: `sentenceCaseTitle`), for the styles that want
   * it and to tell proper nouns by. Absent where none is curated (a page's paper; the index's
   * papers all have one, or `npm run data` refuses them): `title` serves then.
   */
  sentenceCaseTitle?: string;
  authors: readonly Author[];
  year: number;
  venue: Venue;
  doi?: string;
  url?: string;
  /** The arXiv record of the work, carried by every format that has a field for it. */
  arxiv?: ArxivRef;
  /** True when this is `paper.archival` rather than the version the list shows. */
  archival: boolean;
}

/** arXiv's abstract page for an id (no version: it always shows the latest). */
export function arxivAbsUrl(id: string): string {
  return `https://arxiv.org/abs/${id}`;
}

/** OpenReview's forum page for a submission id. */
export function openReviewForumUrl(id: string): string {
  return `https://openreview.net/forum?id=${id}`;
}

/**
 * The version to cite: the archival version when the paper has one, else the listed version.
 *
 * Fields the archival version leaves out (title, authors) fall back to the listed ones. Its DOI
 * and URL do not: the listed version's links belong to another version, and the arXiv record
 * is carried separately as an eprint.
 *
 * A DOI the paper marks `unconfirmed` (`doi`, `archival.doi`) is not cited, nor a URL that is
 * only that DOI's link: a wrong DOI would be the one link a reference prints. The proceedings
 * page, else the arXiv abstract page, stands in until a curator confirms it.
 */
export function citedWork(paper: Paper): CitedWork {
  const { archival } = paper;
  const unconfirmed = new Set(paper.unconfirmed ?? []);
  if (archival) {
    const title = archival.title ?? paper.title;
    const sentenceCaseTitle = archival.title ? archival.sentenceCaseTitle : paper.sentenceCaseTitle;
    const arxiv = pickArxiv(paper.arxiv, title);
    const doi = unconfirmed.has('archival.doi') ? undefined : archival.doi;
    const dropped = archival.doi !== undefined && doi === undefined;
    const doiLinkOnly =
      archival.url === undefined || archival.url === `https://doi.org/${archival.doi}`;
    const url = dropped && doiLinkOnly ? arxiv && arxivAbsUrl(arxiv.id) : archival.url;
    return withOptional(
      {
        title,
        authors: archival.authors ?? paper.authors,
        year: archival.year,
        venue: archival.venue,
        archival: true,
      },
      { doi, url, arxiv, sentenceCaseTitle },
    );
  }
  const arxiv = pickArxiv(paper.arxiv, paper.title);
  return withOptional(
    {
      title: paper.title,
      authors: paper.authors,
      year: paper.year,
      venue: paper.venue,
      archival: false,
    },
    {
      doi: unconfirmed.has('doi') ? undefined : paper.doi,
      url: listedVersionUrl(paper, arxiv),
      arxiv,
      sentenceCaseTitle: paper.sentenceCaseTitle,
    },
  );
}

/** Venues whose proceedings are their OpenReview forums. */
const OPENREVIEW_VENUES = /\b(?:ICLR|TMLR)\b/;

/**
 * The listed version's landing page: proceedings, else arXiv. The OpenReview forum stands in
 * for proceedings only at venues published there (ICLR, TMLR): elsewhere an OpenReview id
 * may belong to an unaccepted submission of the work (GroupBERT's ICLR 2022 forum).
 */
function listedVersionUrl(paper: Paper, arxiv: ArxivRef | undefined): string | undefined {
  const arxivUrl = arxiv && arxivAbsUrl(arxiv.id);
  const forumUrl = paper.openreviewId && openReviewForumUrl(paper.openreviewId);
  if (paper.venue.kind === 'preprint') return arxivUrl ?? paper.proceedingsUrl ?? forumUrl;
  const proceedings =
    paper.proceedingsUrl ?? (OPENREVIEW_VENUES.test(paper.venue.short) ? forumUrl : undefined);
  return proceedings ?? arxivUrl ?? forumUrl;
}

/** The arXiv record whose title (when it names one) matches the cited title, else the first. */
function pickArxiv(refs: readonly ArxivRef[], title: string): ArxivRef | undefined {
  return refs.find((ref) => ref.title === undefined || ref.title === title) ?? refs[0];
}

/** Adds the defined optional fields (`exactOptionalPropertyTypes` forbids explicit undefined). */
function withOptional(
  base: Omit<CitedWork, 'doi' | 'url' | 'arxiv' | 'sentenceCaseTitle'>,
  optional: {
    doi: string | undefined;
    url: string | undefined;
    arxiv: ArxivRef | undefined;
    sentenceCaseTitle: string | undefined;
  },
): CitedWork {
  const work: CitedWork = { ...base };
  if (optional.sentenceCaseTitle !== undefined) work.sentenceCaseTitle = optional.sentenceCaseTitle;
  if (optional.doi !== undefined) work.doi = optional.doi;
  if (optional.url !== undefined) work.url = optional.url;
  if (optional.arxiv !== undefined) work.arxiv = optional.arxiv;
  return work;
}
