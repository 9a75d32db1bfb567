/**
 * Paper identifiers read from URLs and links: arXiv ids, DOIs and OpenReview forum ids.
 * Identifiers are cheaper and surer than titles, so detection tries them first.
 *
 * @module
 */

// New-style ids (0704.0001 … 2407.17465) with an optional version; old-style "cs/0112017".
const ARXIV_PATH =
  /\/(?:abs|pdf|html|format|ps)\/((?:\d{4}\.\d{4,5})|(?:[a-z-]+(?:\.[A-Z]{2})?\/\d{7}))(?:v\d+)?(?:\.pdf)?(?=$|[/?#])/;
const ARXIV_HOST = /(?:^|\.)arxiv\.org$/;
const DOI = /\b(10\.\d{4,9}\/[^\s"'<>?#]+)/;
const DOI_HOSTS = /(?:^|\.)doi\.org$/;
const OPENREVIEW_HOST = /(?:^|\.)openreview\.net$/;

function parseUrl(href: string, base?: string): URL | undefined {
  try {
    return new URL(href, base);
  } catch {
    return undefined;
  }
}

/**
 * The arXiv id (without version) that an arxiv.org URL points at, if any.
 *
 * @example
 * arxivIdFromUrl('https://arxiv.org/pdf/2407.17465v3') // → '2407.17465'
 */
export function arxivIdFromUrl(href: string, base?: string): string | undefined {
  const url = parseUrl(href, base);
  if (!url || !ARXIV_HOST.test(url.hostname)) return undefined;
  return ARXIV_PATH.exec(url.pathname)?.[1];
}

/**
 * The DOI a doi.org link (or a publisher's /doi/ path) points at, lower-cased as DOIs
 * compare case-insensitively.
 *
 * @example
 * doiFromUrl('https://doi.org/10.1021/acs.jcim.3c01312') // → '10.1021/acs.jcim.3c01312'
 */
export function doiFromUrl(href: string, base?: string): string | undefined {
  const url = parseUrl(href, base);
  if (!url) return undefined;
  const path = safeDecode(url.pathname);
  if (!DOI_HOSTS.test(url.hostname) && !path.includes('/doi/')) return undefined;
  return normalizeDoi(DOI.exec(path)?.[1]);
}

/** Lower-cases a DOI and drops trailing punctuation picked up from surrounding text. */
export function normalizeDoi(doi: string | undefined): string | undefined {
  if (!doi) return undefined;
  const trimmed = doi
    .trim()
    .replace(/[.,;)]+$/, '')
    .toLowerCase();
  return DOI.test(trimmed) ? trimmed : undefined;
}

/**
 * The OpenReview forum id of a forum or PDF URL.
 *
 * @example
 * openreviewIdFromUrl('https://openreview.net/forum?id=P7KRIiLM8T&noteId=x') // → 'P7KRIiLM8T'
 */
export function openreviewIdFromUrl(href: string, base?: string): string | undefined {
  const url = parseUrl(href, base);
  if (!url || !OPENREVIEW_HOST.test(url.hostname)) return undefined;
  if (url.pathname !== '/forum' && url.pathname !== '/pdf') return undefined;
  return url.searchParams.get('id') ?? undefined;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
