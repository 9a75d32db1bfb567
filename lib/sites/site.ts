/**
 * What a supported site tells the detector: which hosts it lives on, example URLs, and how
 * to find the paper entries on its pages.
 *
 * @module
 */
import { identifiersOfHref, normalizeDoi, type PaperIdentifiers } from '../matching/identifiers';
import type { PageContent } from './page-paper';

/** One paper shown on a page: its title element and whatever identifies it. */
export interface PaperEntry extends PaperIdentifiers {
  /**
   * The element showing the title, where the marker goes; null where the page has none to
   * mark (a PDF viewer). A function, so pages of thousands of entries locate only the
   * titles of entries that turn out to be the group's.
   */
  title: () => Element | null;
  /**
   * The identifiers are the site's own record of this entry (an arXiv listing's id): when
   * none is one of the group's, the entry is not the group's and its title is not read.
   */
  idsAreAuthoritative?: boolean;
  /**
   * The entry is in the page's list of references: the page's paper cites it. Its element
   * holds a whole reference (authors, title, venue), so the title is looked for inside it.
   */
  cited?: boolean;
}

/** The identifiers of the index's papers. */
export interface KnownIdentifiers {
  arxivIds: readonly string[];
}

export interface Site {
  /** Short stable id, used in settings ("turn off on this site"). */
  id: string;
  name: string;
  /** Host names the content script is declared for (https). */
  hosts: string[];
  /**
   * Finds the paper entries on a page; `url` is the page's current URL. Given `known` (the
   * identifiers the index holds), a site whose pages carry authoritative ids may return only
   * the entries those ids can be, looked up directly rather than read from the whole page.
   */
  entries(doc: Document, url: URL, known?: KnownIdentifiers): PaperEntry[];
  /**
   * What the page says about its papers, where the shared reading (meta tags, abstract
   * elements, entry titles: see `describePage`) is not enough.
   */
  describe?(doc: Document, url: URL): PageContent;
}

/** The value of the first `<meta name=…>` tag named `name` (lower case), if present. */
export function metaContent(doc: Document, name: string): string | undefined {
  // The document keeps its meta tags listed, where a selector would walk the whole page when
  // the tag is absent. Names compare in any case: publishers write dc.Identifier as often as
  // dc.identifier.
  for (const meta of doc.getElementsByTagName('meta')) {
    if (meta.getAttribute('name')?.toLowerCase() === name) {
      return meta.getAttribute('content') ?? undefined;
    }
  }
  return undefined;
}

/** Identifiers a page declares about itself: Highwire `citation_*` tags and its URL. */
export function pageIdentifiers(doc: Document, url: URL): PaperIdentifiers {
  const fromUrl = identifiersOfHref(url.href);
  return {
    arxivId: metaContent(doc, 'citation_arxiv_id') ?? fromUrl?.arxivId,
    doi:
      normalizeDoi(metaContent(doc, 'citation_doi') ?? metaContent(doc, 'dc.identifier')) ??
      fromUrl?.doi,
    openreviewId: fromUrl?.openreviewId,
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
    let ids = identifiersOfHref(link?.getAttribute('href') ?? '', url.origin);
    if (container && !ids) {
      for (const candidate of title.closest(container)?.querySelectorAll('a[href]') ?? []) {
        ids = identifiersOfHref(candidate.getAttribute('href') ?? '', url.origin);
        if (ids) break;
      }
    }
    entries.push({ title: () => title, ...ids });
  }
  return entries;
}
