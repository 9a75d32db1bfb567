/**
 * Full-text search over the group's papers with MiniSearch: prefix and fuzzy matching over
 * title, abstract, authors and venue, title boosted. The popup loads this module after its
 * first render and builds the index while idle.
 *
 * @module
 */
import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import { authorName } from '../papers/format';
import type { Paper } from '../papers/model';
import { foldTerm, wordForms } from './terms';

interface SearchDocument {
  id: string;
  title: string;
  abstract: string;
  authors: string;
  venue: string;
}

function queryTerms(term: string): string | string[] | null {
  const words = foldTerm(term);
  return words.length > 1 ? words : (words[0] ?? null);
}

export const SEARCH_OPTIONS: Options<SearchDocument> = {
  fields: ['title', 'abstract', 'authors', 'venue'],
  // Documents are also filed under their words' other spellings ("mup" for μP); queries are
  // not expanded, as every query word must match (AND).
  processTerm: (term) => {
    const words = foldTerm(term).flatMap(wordForms);
    return words.length > 1 ? words : (words[0] ?? null);
  },
  searchOptions: {
    processTerm: queryTerms,
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

/**
 * The search index of `papers`, built a few hundred papers at a time so the page stays
 * responsive while a large list is indexed.
 */
export async function createSearchIndex(
  papers: readonly Paper[],
): Promise<MiniSearch<SearchDocument>> {
  const index = new MiniSearch(SEARCH_OPTIONS);
  await index.addAllAsync(papers.map(toDocument), { chunkSize: 250 });
  return index;
}

export interface SearchHit {
  id: string;
  /** Query terms as they matched in the documents, for highlighting. */
  terms: string[];
}

/** Fewer papers than this matching every word of a query bring in those matching some. */
const FEW_RESULTS = 3;

/**
 * Papers matching `query`, best first: those matching all its words, then, when these are few
 * (a word the paper happens not to use: "quantum chemistry" and "quantum chemical"), those
 * matching some of them.
 */
export function searchPapers(index: MiniSearch<SearchDocument>, query: string): SearchHit[] {
  if (!query.trim()) return [];
  let results: SearchResult[] = index.search(query);
  if (results.length < FEW_RESULTS && [queryTerms(query)].flat().length > 1) {
    const found = new Set(results.map((r) => r.id));
    // Whole words only: "u-mup" must not bring in every paper with a word starting with u.
    const some = index
      .search(query, { combineWith: 'OR', prefix: false })
      .filter((r) => !found.has(r.id));
    results = [...results, ...some];
  }
  return results.map((result) => ({ id: String(result.id), terms: result.terms }));
}
