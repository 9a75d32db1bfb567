/**
 * What a page says about the papers on it, for the group's related work on other people's
 * papers: the one paper a single-paper page is about, or the entries of a listing. Read only
 * when asked (the popup opens), never on page load; the text stays in the browser.
 *
 * Standard meta tags come first (Highwire `citation_*`, Dublin Core, Open Graph), then the
 * page itself: a site adapter's `describe` where a site needs more (arXiv listings), the
 * shared abstract selectors below elsewhere.
 *
 * @module
 */
import { titleText } from '../matching/title-text';
import type { PaperEntry, Site } from './site';

/** A paper as a page shows it: usually not one of the group's. */
export interface PagePaper {
  title: string;
  /** Empty when the page shows none. */
  abstract: string;
  /** Names as printed, "Given Family". */
  authors: string[];
  /** Subjects or keywords, where the page lists them. */
  keywords: string[];
  arxivId?: string;
}

/** What the popup learns of a page's papers beyond the group's own. */
export interface PageContent {
  /** The paper a single-paper page is about. */
  paper?: PagePaper;
  /** A listing's entries, in page order. */
  listing: PagePaper[];
}

/** Bounds on what is read, so a hostile or broken page costs little to read and to send. */
export const PAGE_LIMITS = {
  title: 500,
  abstract: 5000,
  authors: 100,
  keywords: 30,
  listing: 3000,
} as const;

/** Whitespace collapsed, trimmed and cut at `limit` characters. */
export function cleanText(text: string | null | undefined, limit: number): string {
  const clean = (text ?? '').replace(/\s+/g, ' ').trim();
  return clean.length > limit ? clean.slice(0, limit) : clean;
}

/** The contents of every `<meta name|property=…>` tag named `name`, case-insensitively. */
export function metaValues(doc: Document, name: string): string[] {
  const values: string[] = [];
  for (const meta of doc.querySelectorAll(`meta[name="${name}" i], meta[property="${name}" i]`)) {
    const content = meta.getAttribute('content');
    if (content?.trim()) values.push(content);
  }
  return values;
}

const first = (doc: Document, names: readonly string[]): string | undefined => {
  for (const name of names) {
    const [value] = metaValues(doc, name);
    if (value) return value;
  }
  return undefined;
};

/** "Family, Given" (Highwire's arXiv form) → "Given Family"; other names as they are. */
export function displayName(name: string): string {
  const parts = name.split(',');
  if (parts.length !== 2) return name.trim();
  const [family = '', given = ''] = parts.map((part) => part.trim());
  return given ? `${given} ${family}` : family;
}

/** Elements whose text is a paper's abstract on the supported sites, and on many others. */
const ABSTRACT_SELECTORS = [
  'blockquote.abstract', // arXiv
  '.ltx_abstract', // arXiv HTML (LaTeXML)
  '#abstract', // PMLR
  '#abstractExample', // icml.cc / neurips.cc / iclr.cc virtual sites
  '.acl-abstract', // ACL Anthology
  'section.item.abstract', // OJS (AAAI)
  '.articleBody_abstractText', // ACS
  'div.abstract',
  'section.abstract',
].join(', ');

const ABSTRACT_LABEL = /^\s*abstract\s*:?\s*/i;
const HEADINGS = 'h2, h3, h4, h5, h6';

/** The abstract shown on the page: a known abstract element, or what follows an "Abstract" heading. */
function abstractInPage(doc: Document): string {
  const element = doc.querySelector(ABSTRACT_SELECTORS);
  if (element) return titleText(element).replace(ABSTRACT_LABEL, '');
  for (const heading of doc.querySelectorAll(HEADINGS)) {
    if (!/^\s*abstract\s*$/i.test(heading.textContent ?? '')) continue;
    // The first sibling with text: NeurIPS nests <p><p>, which parses as an empty <p> first.
    for (let next = heading.nextElementSibling; next; next = next.nextElementSibling) {
      const text = titleText(next).trim();
      if (text) return text;
      if (next.matches(HEADINGS)) break;
    }
  }
  return '';
}

/**
 * The paper a page declares itself about through its meta tags, with the abstract the page
 * shows when the tags leave it out or cut it short (Open Graph descriptions stop at 200
 * characters); undefined when the page declares no title.
 *
 * @param titleElement The page's visible title, read instead of a meta title that keeps TeX.
 */
export function paperFromPage(doc: Document, titleElement?: Element | null): PagePaper | undefined {
  const title = cleanText(
    (titleElement && titleText(titleElement).replace(/^\s*title\s*:\s*/i, '')) ||
      first(doc, ['citation_title', 'dc.title', 'og:title']),
    PAGE_LIMITS.title,
  );
  if (!title) return undefined;
  const declared = first(doc, ['citation_abstract', 'dc.description']);
  const summaries = [
    abstractInPage(doc),
    ...['og:description', 'description'].map((n) => first(doc, [n]) ?? ''),
  ];
  const abstract = declared ?? summaries.reduce((a, b) => (b.length > a.length ? b : a), '');
  const authors = [...metaValues(doc, 'citation_author'), ...metaValues(doc, 'dc.creator')];
  const keywords = first(doc, ['citation_keywords', 'keywords'])?.split(/[;,]/) ?? [];
  const arxivId = first(doc, ['citation_arxiv_id']);
  return {
    title,
    abstract: cleanText(abstract, PAGE_LIMITS.abstract),
    authors: authors.slice(0, PAGE_LIMITS.authors).map((name) => cleanText(displayName(name), 200)),
    keywords: keywords
      .map((keyword) => cleanText(keyword, 100))
      .filter(Boolean)
      .slice(0, PAGE_LIMITS.keywords),
    ...(arxivId ? { arxivId } : {}),
  };
}

/** A listing's entries as titles (and identifiers) only, from the detector's entries. */
export function listingFromEntries(entries: readonly PaperEntry[]): PagePaper[] {
  const listing: PagePaper[] = [];
  for (const entry of entries.slice(0, PAGE_LIMITS.listing)) {
    const element = entry.title();
    const title = element ? cleanText(titleText(element), PAGE_LIMITS.title) : '';
    if (!title) continue;
    listing.push({
      title,
      abstract: '',
      authors: [],
      keywords: [],
      ...(entry.arxivId ? { arxivId: entry.arxivId } : {}),
    });
  }
  return listing;
}

/**
 * What `site`'s page at `url` says about its papers: the site's own reading where it has one;
 * else a paper page's meta tags and abstract, or a listing's entry titles.
 */
export function describePage(site: Site, doc: Document, url: URL): PageContent {
  const described = site.describe?.(doc, url);
  if (described) return described;
  const entries = site.entries(doc, url);
  // A page the site's rules do not read (a Hugging Face model card) shows no paper of interest.
  if (entries.length === 0) return { listing: [] };
  const paper = paperFromPage(doc, entries.length === 1 ? entries[0]?.title() : undefined);
  return paper ? { paper, listing: [] } : { listing: listingFromEntries(entries) };
}
