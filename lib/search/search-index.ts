/**
 * Full-text search over the group's papers with MiniSearch: prefix and fuzzy matching over
 * title, abstract, authors and venue, title boosted. The options live here only, so an index
 * serialised at build time loads with the same ones.
 *
 * @module
 */
import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import { authorName } from '../papers/format';
import type { Paper } from '../papers/model';
import { normalizeTitle } from '../matching/normalize-title';

interface SearchDocument {
  id: string;
  title: string;
  abstract: string;
  authors: string;
  venue: string;
}

export const SEARCH_OPTIONS: Options<SearchDocument> = {
  fields: ['title', 'abstract', 'authors', 'venue'],
  // Same folding as titles (accents, µ/μ, case), then MiniSearch's own word split.
  processTerm: (term) => {
    const words = normalizeTitle(term).split(' ').filter(Boolean);
    return words.length > 1 ? words : (words[0] ?? null);
  },
  searchOptions: {
    boost: { title: 3, authors: 2, venue: 1.5 },
    prefix: true,
    fuzzy: (term) => (term.length > 4 ? 0.2 : false),
    combineWith: 'AND',
  },
};

function toDocument(paper: Paper): SearchDocument {
  const venues = [
    paper.venue.name,
    paper.venue.short,
    paper.archival?.venue.name,
    paper.archival?.venue.short,
  ];
  return {
    id: paper.id,
    title: [paper.title, ...paper.altTitles].join(' \n '),
    abstract: paper.abstract,
    authors: [...paper.authors, ...(paper.archival?.authors ?? [])].map(authorName).join(', '),
    venue: venues.filter(Boolean).join(' '),
  };
}

export function createSearchIndex(papers: readonly Paper[]): MiniSearch<SearchDocument> {
  const index = new MiniSearch(SEARCH_OPTIONS);
  index.addAll(papers.map(toDocument));
  return index;
}

export interface SearchHit {
  id: string;
  /** Query terms as they matched in the documents, for highlighting. */
  terms: string[];
}

/** Papers matching `query`, best first. */
export function searchPapers(index: MiniSearch<SearchDocument>, query: string): SearchHit[] {
  if (!query.trim()) return [];
  return index
    .search(query)
    .map((result: SearchResult) => ({ id: String(result.id), terms: result.terms }));
}
