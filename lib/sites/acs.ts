/**
 * ACS Publications (pubs.acs.org, Atypon): article pages (`/doi/10.1021/…`, also `/doi/abs/`,
 * `/doi/full/`, `/doi/pdf/`, `/doi/epdf/`; title `h1.article_header-title`, the DOI from the
 * URL) and lists of articles (issue tables of contents `/toc/…`, journal pages, search
 * results, the "recommended" lists of article pages: `.issue-item_title a`,
 * `.teaser_title a`, identified by the DOI of their link).
 *
 * @module
 */
import { identifiersOfHref } from '../matching/identifiers';
import type { PaperEntry, Site } from './site';

const LIST_TITLES = '.issue-item_title a[href*="/doi/"], .teaser_title a[href*="/doi/"]';

/** Pages these rules read: the supported-page list for docs and tests (not shipped). */
export const EXAMPLES = [
  'https://pubs.acs.org/doi/10.1021/acs.jcim.3c01312',
  'https://pubs.acs.org/doi/abs/10.1021/acs.jcim.3c01312',
  'https://pubs.acs.org/doi/full/10.1021/acs.jcim.3c01312',
  'https://pubs.acs.org/toc/jcisd8/64/1',
  'https://pubs.acs.org/action/doSearch?AllField=graph+neural+network+IPU',
];

export const acs: Site = {
  id: 'acs',
  name: 'ACS Publications',
  hosts: ['pubs.acs.org'],
  entries(doc, url) {
    const entries: PaperEntry[] = [];
    // The article's own DOI is its path: /doi/[abs/|full/|pdf/|epdf/]10.1021/….
    const article = url.pathname.startsWith('/doi/') ? identifiersOfHref(url.pathname) : undefined;
    if (article)
      entries.push({ ...article, title: () => doc.querySelector('h1.article_header-title') });
    for (const link of doc.querySelectorAll(LIST_TITLES)) {
      entries.push({ ...identifiersOfHref(link.getAttribute('href') ?? ''), title: () => link });
    }
    return entries;
  },
};
