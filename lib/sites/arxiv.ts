/**
 * arXiv: abstract pages (any version; www., export., browse. hosts), listing pages
 * (/list/… new, recent, pastweek, months; the 2024+ markup and the older Perl markup),
 * catch-up pages, search results, LaTeXML HTML papers and PDF URLs.
 * Every entry on arXiv carries its arXiv id, so ids decide and titles are read only for
 * the group's entries.
 *
 * @module
 */
import { arxivIdFromUrl, arxivIdOfPath } from '../matching/identifiers';
import { pageIdentifiers, type PaperEntry, type Site } from './site';

function listingEntries(doc: Document): PaperEntry[] {
  const entries: PaperEntry[] = [];
  // 2024+ markup: <a href ="/abs/ID" title="Abstract" id="ID">; Perl markup: inside span.list-identifier.
  for (const link of doc.querySelectorAll('dt a[title="Abstract"]')) {
    const href = link.getAttribute('href') ?? '';
    const arxivId = arxivIdOfPath(href) ?? arxivIdFromUrl(href);
    if (!arxivId) continue;
    entries.push({
      arxivId,
      idsAreAuthoritative: true,
      title: () => link.closest('dt')?.nextElementSibling?.querySelector('.list-title') ?? null,
    });
  }
  return entries;
}

function searchEntries(doc: Document, url: URL): PaperEntry[] {
  const entries: PaperEntry[] = [];
  for (const result of doc.querySelectorAll('li.arxiv-result')) {
    const href = result.querySelector('p.list-title a[href]')?.getAttribute('href');
    const arxivId = href ? arxivIdFromUrl(href, url.origin) : undefined;
    if (!arxivId) continue;
    entries.push({
      arxivId,
      idsAreAuthoritative: true,
      title: () => result.querySelector('p.title'),
    });
  }
  return entries;
}

function singlePaperEntry(doc: Document, url: URL, titleSelector: string | null): PaperEntry[] {
  const ids = pageIdentifiers(doc, url);
  if (!ids.arxivId) return [];
  return [
    {
      ...ids,
      idsAreAuthoritative: true,
      title: () => (titleSelector ? doc.querySelector(titleSelector) : null),
    },
  ];
}

/** Pages these rules read: the supported-page list for docs and tests (not shipped). */
export const EXAMPLES = [
  'https://arxiv.org/abs/2407.17465',
  'https://arxiv.org/abs/2303.11257v2',
  'https://export.arxiv.org/abs/2303.11257',
  'https://arxiv.org/list/cs.LG/new',
  'https://arxiv.org/list/cs.LG/recent?skip=0&show=2000',
  'https://arxiv.org/list/cs.LG/pastweek?show=500',
  'https://arxiv.org/catchup/cs.LG/2024-07-25?abs=True',
  'https://arxiv.org/search/?query=unit+scaling&searchtype=all',
  'https://arxiv.org/html/2407.17465v2',
  'https://arxiv.org/pdf/2407.17465v3',
];

export const arxiv: Site = {
  id: 'arxiv',
  name: 'arXiv',
  hosts: ['arxiv.org', 'www.arxiv.org', 'export.arxiv.org', 'browse.arxiv.org'],
  entries(doc, url) {
    const section = url.pathname.split('/')[1];
    switch (section) {
      case 'list':
      case 'catchup':
        return listingEntries(doc);
      case 'search':
        return searchEntries(doc, url);
      case 'abs':
        return singlePaperEntry(doc, url, '#abs h1.title, h1.title.mathjax');
      case 'html':
        return singlePaperEntry(doc, url, 'h1.ltx_title_document');
      case 'pdf':
        return singlePaperEntry(doc, url, null);
      default:
        return [];
    }
  },
};
