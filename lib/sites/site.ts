/**
 * What a supported site tells the detector: which hosts it lives on, example URLs, and how
 * to find the paper entries on its pages.
 *
 * @module
 */
import { arxivIdFromUrl, doiFromUrl, normalizeDoi, openreviewIdFromUrl } from '../matching/identifiers';

/** One paper shown on a page: its title element and whatever identifies it. */
export interface PaperEntry {
  /**
   * The element showing the title, where the marker goes; null where the page has none to
   * mark (a PDF viewer). A function, so pages of thousands of entries locate only the
   * titles of entries that turn out to be the group's.
   */
  title: () => Element | null;
  arxivId?: string | undefined;
  doi?: string | undefined;
  openreviewId?: string | undefined;
  /**
   * The identifiers are the site's own record of this entry (an arXiv listing's id): when
   * none is one of the group's, the entry is not the group's and its title is not read.
   */
  idsAreAuthoritative?: boolean;
}

export interface Site {
  /** Short stable id, used in settings ("turn off on this site"). */
  id: string;
  name: string;
  /** Host names the content script is declared for (https). */
  hosts: string[];
  /** Example URLs of pages this site's rules read: the docs of what is supported. */
  examples: string[];
  /** Finds the paper entries on a page; `url` is the page's current URL. */
  entries(doc: Document, url: URL): PaperEntry[];
}

/** Identifiers in an `<a href>`: arXiv, DOI or OpenReview forum links. */
export function identifiersOfLink(link: Element | null, base: string): Omit<PaperEntry, 'title'> {
  const href = link?.getAttribute('href');
  if (!href) return {};
  return {
    arxivId: arxivIdFromUrl(href, base),
    doi: doiFromUrl(href, base),
    openreviewId: openreviewIdFromUrl(href, base),
  };
}

/** The value of a `<meta name=…>` tag, if present. */
export function metaContent(doc: Document, name: string): string | undefined {
  return doc.querySelector(`meta[name="${name}"]`)?.getAttribute('content') ?? undefined;
}

/** Identifiers a page declares about itself: Highwire `citation_*` tags and its URL. */
export function pageIdentifiers(doc: Document, url: URL): Omit<PaperEntry, 'title'> {
  return {
    arxivId: metaContent(doc, 'citation_arxiv_id') ?? arxivIdFromUrl(url.href),
    doi: normalizeDoi(metaContent(doc, 'citation_doi') ?? metaContent(doc, 'dc.identifier')),
    openreviewId: openreviewIdFromUrl(url.href),
  };
}

/**
 * Entries from a title selector, each identified by the link it is (or sits in), or by the
 * first identifying link inside its closest `container`.
 */
export function entriesBySelector(
  doc: Document,
  url: URL,
  titles: string,
  container?: string,
): PaperEntry[] {
  const entries: PaperEntry[] = [];
  for (const title of doc.querySelectorAll(titles)) {
    const link = title.closest('a[href]') ?? title.querySelector('a[href]');
    let ids = identifiersOfLink(link, url.href);
    if (container && !ids.arxivId && !ids.doi && !ids.openreviewId) {
      const box = title.closest(container);
      for (const candidate of box?.querySelectorAll('a[href]') ?? []) {
        ids = identifiersOfLink(candidate, url.href);
        if (ids.arxivId || ids.doi || ids.openreviewId) break;
      }
    }
    entries.push({ title: () => title, ...ids });
  }
  return entries;
}
