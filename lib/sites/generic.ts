/**
 * Any other page, scanned once on request ("Scan this page"): headings, links and emphasis
 * whose whole text is a title of the group's, plus the page's own citation meta tags.
 *
 * @module
 */
import { paperFromPage } from './page-paper';
import { entriesBySelector, pageIdentifiers, type Site } from './site';

const TITLE_LIKE = 'h1, h2, h3, h4, h5, h6, a[href], cite, strong, b, em, i, dt, td, li, .title';

/** Pages these rules read: the supported-page list for docs and tests (not shipped). */
export const EXAMPLES = ['https://example.org/reading-list.html'];

export const generic: Site = {
  id: 'generic',
  name: 'Other pages',
  hosts: [],
  entries(doc, url) {
    const own = pageIdentifiers(doc, url);
    const entries = entriesBySelector(doc, url, TITLE_LIKE);
    if (own.arxivId || own.doi || own.openreviewId) {
      entries.unshift({ ...own, idsAreAuthoritative: true, title: () => doc.querySelector('h1') });
    }
    return entries;
  },
  describe(doc) {
    // Only what the page declares in its meta tags: its headings and links are not a listing.
    const paper = paperFromPage(doc);
    return paper ? { paper, listing: [] } : { listing: [] };
  },
};
