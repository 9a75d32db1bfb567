/**
 * Paper identifiers read from links and URLs: arXiv ids, DOIs and OpenReview forum ids. The
 * one place that knows their shapes. Listing pages hold thousands of links, so hrefs are read
 * with one regex each, never parsed as URLs.
 *
 * @module
 */

/** The identifiers a link or a page carries. */
export interface PaperIdentifiers {
  arxivId?: string | undefined;
  doi?: string | undefined;
  openreviewId?: string | undefined;
}

// New-style ids (0704.0001 … 2407.17465) and old-style ones ("cs/0112017", "math.GT/0309136").
const ARXIV_ID = String.raw`(\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})`;
const ARXIV_LINK = new RegExp(
  String.raw`^(?:https?:)?\/\/(?:www\.|export\.|browse\.)?arxiv\.org\/(?:abs|pdf|html|format)\/${ARXIV_ID}(?:v\d+)?(?:\.pdf)?\/?(?:[?#]|$)`,
);
// dblp and DataCite-minded pages link arXiv papers by their arXiv DOI.
const ARXIV_DOI_LINK =
  /^(?:https?:)?\/\/(?:dx\.)?doi\.org\/10\.48550\/arxiv\.(\d{4}\.\d{4,5})(?:v\d+)?\/?$/i;
const DOI_LINK = /^(?:https?:)?\/\/(?:dx\.)?doi\.org\/(10\.\d{4,9}\/[^?#\s]+)/i;
// Publisher article paths (Atypon: pubs.acs.org/doi/abs/10.1021/…), absolute or relative.
const PUBLISHER_DOI_LINK =
  /^(?:https?:\/\/[^/]+)?\/doi\/(?:abs\/|full\/|pdf\/|epdf\/|pdfdirect\/)?(10\.\d{4,9}\/[^?#\s]+)/;
const OPENREVIEW_LINK =
  /^(?:https?:)?\/\/(?:www\.)?openreview\.net\/(?:forum|pdf)\?(?:[^#]*&)?id=([\w-]+)/;
const DOI = /^10\.\d{4,9}\/\S+$/;
const ARXIV_HOST_ORIGIN = /^https?:\/\/(?:www\.|export\.|browse\.)?arxiv\.org$/;
// arXiv's own relative links ("/abs/2406.19388"), read without building an absolute URL.
const ARXIV_RELATIVE = new RegExp(
  String.raw`^\/(?:abs|pdf|html|format)\/${ARXIV_ID}(?:v\d+)?(?:\.pdf)?\/?(?:[?#]|$)`,
);

function safeDecode(href: string): string {
  try {
    return decodeURIComponent(href);
  } catch {
    return href;
  }
}

/**
 * The identifier a link points at, if any. Relative links (`/abs/2406.19388` on arXiv) are
 * read against `origin`.
 *
 * @example
 * identifiersOfHref('/abs/2407.17465v3', 'https://arxiv.org') // → { arxivId: '2407.17465' }
 * identifiersOfHref('https://doi.org/10.1021%2Facs.jcim.3c01312') // → { doi: '10.1021/acs.jcim.3c01312' }
 */
export function identifiersOfHref(rawHref: string, origin?: string): PaperIdentifiers | undefined {
  if (origin && ARXIV_HOST_ORIGIN.test(origin)) {
    const relative = ARXIV_RELATIVE.exec(rawHref);
    if (relative) return { arxivId: relative[1] };
  }
  let href = rawHref.trim();
  if (origin && href.startsWith('/') && !href.startsWith('//')) href = origin + href;
  // Percent-encoded slashes in DOIs (doi.org/10.1021%2F…) are common; decode only when needed.
  if (href.includes('%')) href = safeDecode(href);
  const arxiv = ARXIV_LINK.exec(href) ?? ARXIV_DOI_LINK.exec(href);
  if (arxiv) return { arxivId: arxiv[1] };
  const doi = DOI_LINK.exec(href) ?? PUBLISHER_DOI_LINK.exec(href);
  if (doi) return { doi: normalizeDoi(doi[1]) };
  const openreview = OPENREVIEW_LINK.exec(href);
  if (openreview) return { openreviewId: openreview[1] };
  return undefined;
}

/**
 * The arXiv id of one of arXiv's own relative links ("/abs/2406.19388v2"), for arXiv's
 * pages, where thousands of such links are read per scan.
 */
export function arxivIdOfPath(path: string): string | undefined {
  return ARXIV_RELATIVE.exec(path)?.[1];
}

/**
 * The arXiv id (without version) that a URL points at, if any.
 *
 * @example
 * arxivIdFromUrl('https://arxiv.org/pdf/2407.17465v3') // → '2407.17465'
 */
export function arxivIdFromUrl(url: string, origin?: string): string | undefined {
  return identifiersOfHref(url, origin)?.arxivId;
}

/** The DOI a doi.org link or a publisher's `/doi/` path points at, lower-cased. */
export function doiFromUrl(url: string, origin?: string): string | undefined {
  return identifiersOfHref(url, origin)?.doi;
}

/** The OpenReview forum id of a forum or PDF URL. */
export function openreviewIdFromUrl(url: string, origin?: string): string | undefined {
  return identifiersOfHref(url, origin)?.openreviewId;
}

/** Lower-cases a DOI (they compare case-insensitively) and drops trailing punctuation from text. */
export function normalizeDoi(doi: string | undefined): string | undefined {
  if (!doi) return undefined;
  const trimmed = doi
    .trim()
    .replace(/[.,;)]+$/, '')
    .toLowerCase();
  return DOI.test(trimmed) ? trimmed : undefined;
}
