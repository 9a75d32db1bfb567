/**
 * arXiv: abstract pages (any version; www., export., browse. hosts), listing pages
 * (/list/… new, recent, pastweek, months; the 2024+ markup and the older Perl markup),
 * catch-up pages, search results, LaTeXML HTML papers (with their bibliographies: the papers
 * they cite) and PDF URLs.
 * Every entry on arXiv carries its arXiv id, so ids decide and titles are read only for
 * the group's entries.
 *
 * @module
 */
import { arxivIdFromUrl, arxivIdOfPath } from '../matching/identifiers';
import { titleText } from '../matching/title-text';
import {
  PAGE_LIMITS,
  cleanText,
  paperFromPage,
  type PageContent,
  type PagePaper,
} from './page-paper';
import { listEntries } from './links';
import { pageIdentifiers, type KnownIdentifiers, type PaperEntry, type Site } from './site';

/** Node.DOCUMENT_POSITION_FOLLOWING, spelled out so this module needs no DOM globals. */
const FOLLOWING = 4;

/** The title element of the listing entry whose abstract link is `link`. */
const listedTitle = (link: Element) => (): Element | null =>
  link.closest('dt')?.nextElementSibling?.querySelector('.list-title') ?? null;

function listingEntries(doc: Document, known?: KnownIdentifiers): PaperEntry[] {
  // 2024+ markup: each abstract link has the arXiv id as its element id, which the browser
  // indexes; looking up the index's ids costs the same on a listing of 25 entries or 2,000.
  if (known && doc.getElementById('articles')) {
    const found: [Element, string][] = [];
    for (const arxivId of known.arxivIds) {
      const link = doc.getElementById(arxivId);
      if (link?.getAttribute('title') === 'Abstract' && link.closest('dt'))
        found.push([link, arxivId]);
    }
    // In page order, as a scan would find them.
    found.sort(([a], [b]) => (a.compareDocumentPosition(b) & FOLLOWING ? -1 : 1));
    return found.map(([link, arxivId]) => ({
      arxivId,
      idsAreAuthoritative: true,
      title: listedTitle(link),
    }));
  }
  const entries: PaperEntry[] = [];
  // 2024+ markup: <a href ="/abs/ID" title="Abstract" id="ID">; Perl markup: inside span.list-identifier.
  for (const link of doc.querySelectorAll('dt a[title="Abstract"]')) {
    const href = link.getAttribute('href') ?? '';
    const arxivId = arxivIdOfPath(href) ?? arxivIdFromUrl(href);
    if (!arxivId) continue;
    entries.push({
      arxivId,
      idsAreAuthoritative: true,
      title: listedTitle(link),
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

const texts = (elements: Iterable<Element>, limit: number): string[] =>
  [...elements].map((element) => cleanText(element.textContent, limit)).filter(Boolean);

/** A listed paper from its title, author links and abstract elements. */
function listedPaper(
  arxivId: string,
  title: Element | null | undefined,
  authors: Iterable<Element>,
  abstract: Element | null | undefined,
  keywords: string[] = [],
): PagePaper | undefined {
  const text = title ? cleanText(titleText(title), PAGE_LIMITS.title) : '';
  if (!text) return undefined;
  return {
    arxivId,
    title: text,
    authors: texts(authors, 200).slice(0, PAGE_LIMITS.authors),
    abstract: abstract ? cleanText(titleText(abstract), PAGE_LIMITS.abstract) : '',
    keywords,
  };
}

/**
 * The links in an element. (Not `entry.querySelectorAll('.list-authors a')`: in Chromium that
 * costs 25 µs per entry of a 2,000-entry listing, twenty times this, as measured.)
 */
function linksIn(element: Element | null): Iterable<Element> {
  return element?.getElementsByTagName('a') ?? [];
}

/** "Machine Learning (cs.LG); Sound (cs.SD)" → ["Machine Learning", "Sound"]. */
function subjects(element: Element | null | undefined): string[] {
  return (element?.textContent ?? '')
    .replace(/^\s*subjects:\s*/i, '')
    .split(';')
    .map((subject) => cleanText(subject.replace(/\([^)]*\)\s*$/, ''), 100))
    .filter(Boolean)
    .slice(0, PAGE_LIMITS.keywords);
}

function describeListing(doc: Document): PageContent {
  const listing: PagePaper[] = [];
  for (const link of doc.querySelectorAll('dt a[title="Abstract"]')) {
    const arxivId = arxivIdOfPath(link.getAttribute('href') ?? '');
    const meta = link.closest('dt')?.nextElementSibling;
    const paper =
      arxivId &&
      meta &&
      listedPaper(
        arxivId,
        meta.querySelector('.list-title'),
        linksIn(meta.querySelector('.list-authors')),
        meta.querySelector('p.mathjax'),
        subjects(meta.querySelector('.list-subjects')),
      );
    if (paper) listing.push(paper);
    if (listing.length >= PAGE_LIMITS.listing) break;
  }
  return { listing };
}

function describeSearch(doc: Document, url: URL): PageContent {
  const listing: PagePaper[] = [];
  for (const result of doc.querySelectorAll('li.arxiv-result')) {
    const href = result.querySelector('p.list-title a[href]')?.getAttribute('href');
    const arxivId = href ? arxivIdFromUrl(href, url.origin) : undefined;
    const paper =
      arxivId &&
      listedPaper(
        arxivId,
        result.querySelector('p.title'),
        linksIn(result.querySelector('p.authors')),
        result.querySelector('.abstract-full') ?? result.querySelector('.abstract-short'),
      );
    if (paper) listing.push(paper);
    if (listing.length >= PAGE_LIMITS.listing) break;
  }
  return { listing };
}

/** A LaTeXML paper: no meta tags, so its title, authors and abstract come from the document. */
function describeHtmlPaper(doc: Document, url: URL): PageContent {
  const arxivId = pageIdentifiers(doc, url).arxivId ?? '';
  const authors = [...doc.querySelectorAll('.ltx_authors .ltx_personname')].flatMap((name) =>
    // One personname may hold several comma-separated names, with affiliations after a break.
    (name.firstChild?.textContent ?? name.textContent ?? '').split(/,|\band\b/),
  );
  const paper = listedPaper(
    arxivId,
    doc.querySelector('h1.ltx_title_document'),
    [],
    doc.querySelector('.ltx_abstract > p') ?? doc.querySelector('.ltx_abstract'),
  );
  if (paper) paper.authors = authors.map((name) => cleanText(name, 200)).filter(Boolean);
  return paper ? { paper, listing: [] } : { listing: [] };
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
  entries(doc, url, known) {
    const section = url.pathname.split('/')[1];
    switch (section) {
      case 'list':
      case 'catchup':
        return listingEntries(doc, known);
      case 'search':
        return searchEntries(doc, url);
      case 'abs':
        return singlePaperEntry(doc, url, '#abs h1.title, h1.title.mathjax');
      case 'html':
        return [
          ...singlePaperEntry(doc, url, 'h1.ltx_title_document'),
          ...listEntries(doc, { titles: 'li.ltx_bibitem', entry: 'li.ltx_bibitem' }).map(
            (entry) => ({ ...entry, cited: true }),
          ),
        ];
      case 'pdf':
        return singlePaperEntry(doc, url, null);
      default:
        return [];
    }
  },
  describe(doc, url) {
    switch (url.pathname.split('/')[1]) {
      case 'list':
      case 'catchup':
        return describeListing(doc);
      case 'search':
        return describeSearch(doc, url);
      case 'html':
        return describeHtmlPaper(doc, url);
      case 'abs': {
        const paper = paperFromPage(doc, doc.querySelector('#abs h1.title, h1.title.mathjax'));
        if (paper) paper.keywords = subjects(doc.querySelector('td.subjects'));
        return paper ? { paper, listing: [] } : { listing: [] };
      }
      case 'pdf': {
        // A PDF shows the extension no text: the id is all there is to go on.
        const arxivId = pageIdentifiers(doc, url).arxivId;
        const paper = { title: '', abstract: '', authors: [], keywords: [] };
        return { paper: arxivId ? { ...paper, arxivId } : paper, listing: [] };
      }
      default:
        return { listing: [] };
    }
  },
};
