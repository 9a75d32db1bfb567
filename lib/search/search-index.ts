/**
 * Full-text search over the group's papers with MiniSearch: prefix and fuzzy matching over
 * title, abstract, authors and venue, title boosted. The popup loads this module after its
 * first render and builds the index while idle.
 *
 * @module
 */
import MiniSearch, { type Options, type Query, type SearchResult } from 'minisearch';
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

const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[];

function queryTerms(term: string): string | string[] | null {
  const words = foldTerm(term);
  return words.length > 1 ? words : (words[0] ?? null);
}

/** The fields searched as the user types; abstracts are searched after (see searchPapers). */
const SHORT_FIELDS = ['title', 'authors', 'venue'];

/**
 * Shortest word beginnings that match longer words (the word being typed: the last). Titles,
 * authors and venues from 2 letters; abstracts from 5, as a shorter beginning matches most
 * abstracts of a large list: slow (4,000 of 10,000 papers for "scal") and no help in finding one.
 */
const MIN_PREFIX = { short: 2, abstract: 5 };

/**
 * The query for `words`: every word must match (AND) in one of the short fields or, with
 * `abstracts`, in the abstract; the last word also as a beginning.
 */
function queryFor(words: readonly string[], abstracts: boolean): Query {
  return {
    combineWith: 'AND',
    queries: words.map((word, i) => {
      const typing = i === words.length - 1;
      const short: Query = {
        queries: [word],
        fields: SHORT_FIELDS,
        prefix: typing && word.length >= MIN_PREFIX.short,
      };
      if (!abstracts) return short;
      const abstract: Query = {
        queries: [word],
        fields: ['abstract'],
        prefix: typing && word.length >= MIN_PREFIX.abstract,
      };
      return { combineWith: 'OR', queries: [short, abstract] };
    }),
  };
}

const SEARCH_OPTIONS: Options<SearchDocument> = {
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

type SearchIndex = MiniSearch<SearchDocument>;

function queryWords(query: string): string[] {
  return tokenize(query).flatMap((token) => foldTerm(token));
}

function toHits(results: readonly SearchResult[]): SearchHit[] {
  return results.map((result) => ({ id: String(result.id), terms: result.terms }));
}

/**
 * Papers with every word of `query` in their titles, authors or venues, best first: quick
 * even in a large list (abstracts hold most of the words), for results as the user types.
 * They are the first results of searchPapers, so a list drawn from them only grows.
 */
export function searchTitles(index: SearchIndex, query: string): SearchHit[] {
  const words = queryWords(query);
  return words.length === 0 ? [] : toHits(index.search(queryFor(words, false)));
}

/**
 * Papers matching `query`: first those of searchTitles; then those matching all its words
 * with their abstracts, best first; then, when all these are few (a word the paper happens
 * not to use: "quantum chemistry" and "quantum chemical"), those matching some of them.
 */
export function searchPapers(index: SearchIndex, query: string): SearchHit[] {
  const words = queryWords(query);
  if (words.length === 0) return [];
  const first = index.search(queryFor(words, false));
  const found = new Set(first.map((r) => r.id));
  let results = [...first, ...index.search(queryFor(words, true)).filter((r) => !found.has(r.id))];
  if (results.length < FEW_RESULTS && words.length > 1) {
    for (const r of results) found.add(r.id);
    // Whole words only: "u-mup" must not bring in every paper with a word starting with u.
    const some = index
      .search(words.join(' '), { combineWith: 'OR', prefix: false })
      .filter((r) => !found.has(r.id));
    results = [...results, ...some];
  }
  return toHits(results);
}
