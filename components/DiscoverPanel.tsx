import type { ComponentChild } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Paper, Topic } from '../lib/papers/model';
import { papersById } from '../lib/papers/records';
import type * as Search from '../lib/search/search-index';
import type { SearchHit } from '../lib/search/search-index';

type SearchModule = typeof Search;

/** A search over `papers`, once its index is built (see searchTitles and searchPapers). */
interface Searcher {
  papers: readonly Paper[];
  searchTitles(query: string): SearchHit[];
  search(query: string): SearchHit[];
}

// MiniSearch loads after the first render and builds its index in small chunks while the
// popup is idle, so neither opening the popup nor typing waits for it (a large index takes
// seconds to build).
const searchers = new WeakMap<readonly Paper[], Promise<Searcher>>();
function loadSearcher(papers: readonly Paper[]): Promise<Searcher> {
  let loaded = searchers.get(papers);
  if (!loaded) {
    loaded = import('../lib/search/search-index').then(
      async ({ createSearchIndex, searchPapers, searchTitles }: SearchModule) => {
        const index = await createSearchIndex(papers);
        return {
          papers,
          searchTitles: (query) => searchTitles(index, query),
          search: (query) => searchPapers(index, query),
        };
      },
    );
    searchers.set(papers, loaded);
  }
  return loaded;
}

interface Props {
  papers: readonly Paper[];
  topics: readonly Topic[];
  /** Put the cursor in the search box on open (no papers on the page). */
  autoFocus: boolean;
  /** A paper to show on its own (chosen from related work). */
  focusPaperId?: string | undefined;
  /** Papers added to the index since the user last opened the popup. */
  newIds?: ReadonlySet<string>;
  renderPaper(paper: Paper, terms?: readonly string[]): ComponentChild;
}

/** Results drawn at once; more on request, so a large index never draws thousands of cards. */
const RESULTS_PAGE = 10;

type Browse =
  | { by: 'topic'; value: string }
  | { by: 'year'; value: number }
  | { by: 'new'; value: true }
  | null;

/** Search as you type over all the group's papers, and browse them by topic or by year. */
export function DiscoverPanel({
  papers,
  topics,
  autoFocus,
  focusPaperId,
  newIds = new Set(),
  renderPaper,
}: Props) {
  const [query, setQuery] = useState('');
  const [browse, setBrowse] = useState<Browse>(null);
  const [shown, setShown] = useState(RESULTS_PAGE);
  const inputRef = useRef<HTMLInputElement>(null);
  const sectionRef = useRef<HTMLElement>(null);
  const [searcher, setSearcher] = useState<Searcher | undefined>();
  const byId = papersById(papers);
  const years = useMemo(
    () => [...new Set(papers.map((p) => p.year))].sort((a, b) => b - a),
    [papers],
  );

  useEffect(() => {
    if (autoFocus) inputRef.current?.focus();
  }, [autoFocus]);

  useEffect(() => {
    if (!focusPaperId) return;
    setQuery('');
    setBrowse(null);
    sectionRef.current?.scrollIntoView({ block: 'start' });
  }, [focusPaperId]);

  useEffect(() => setShown(RESULTS_PAGE), [query, browse]);

  // The index is built while the popup is idle, or at once when the user starts typing.
  const searching = query.trim() !== '';
  useEffect(() => {
    let current = true;
    const build = setTimeout(
      () => void loadSearcher(papers).then((loaded) => current && setSearcher(loaded)),
      searching ? 0 : 200,
    );
    return () => {
      current = false;
      clearTimeout(build);
    };
  }, [papers, searching]);

  // Titles, authors and venues are searched in the render a keystroke causes, so results never
  // wait for a frame; abstracts once these are drawn (in a large list they take longer).
  const ready = searcher?.papers === papers ? searcher : undefined;
  const quickHits = useMemo(
    () => (ready && searching ? ready.searchTitles(query) : null),
    [ready, searching, query],
  );
  const [complete, setComplete] = useState<{
    searcher: Searcher;
    query: string;
    hits: SearchHit[];
  }>();
  useEffect(() => {
    if (!ready || !searching) return;
    const later = setTimeout(() =>
      setComplete({ searcher: ready, query, hits: ready.search(query) }),
    );
    return () => clearTimeout(later);
  }, [ready, searching, query]);
  const completeHits =
    complete?.searcher === ready && complete?.query === query ? complete.hits : undefined;
  const hits = completeHits ?? quickHits;

  let results: { paper: Paper; terms: readonly string[] }[] = [];
  let summary = '';
  let total = 0;
  if (searching && !hits) {
    summary = `Preparing the search over ${papers.length.toLocaleString('en')} papers…`;
  } else if (hits) {
    // Only the hits on screen become cards: a large index can match thousands.
    total = hits.length;
    results = hits.slice(0, shown).flatMap((hit) => {
      const paper = byId.get(hit.id);
      return paper ? [{ paper, terms: hit.terms }] : [];
    });
    const count =
      total === 0
        ? `No papers match “${query}”`
        : total === 1
          ? `1 paper matches “${query}”`
          : `${total.toLocaleString('en')} papers match “${query}”`;
    summary = completeHits ? `${count}.` : `${count} so far; searching abstracts…`;
  } else if (browse?.by === 'new') {
    results = papers.filter((p) => newIds.has(p.id)).map((paper) => ({ paper, terms: [] }));
    summary = `${results.length} paper${results.length === 1 ? '' : 's'} new since you last looked.`;
  } else if (browse) {
    results = papers
      .filter((p) => (browse.by === 'topic' ? p.topic === browse.value : p.year === browse.value))
      .map((paper) => ({ paper, terms: [] }));
    const name =
      browse.by === 'topic'
        ? topics.find((t) => t.id === browse.value)?.name
        : String(browse.value);
    summary = `${results.length} paper${results.length === 1 ? '' : 's'} in ${name}.`;
  } else {
    const focused = focusPaperId === undefined ? undefined : byId.get(focusPaperId);
    if (focused) results = [{ paper: focused, terms: [] }];
  }
  if (!hits) total = results.length;

  return (
    <section class="discover" aria-labelledby="discover-heading" ref={sectionRef}>
      <h2 id="discover-heading">Search and browse the group's papers</h2>
      <input
        ref={inputRef}
        type="search"
        class="search"
        placeholder="Search titles, abstracts, authors, venues"
        aria-label="Search the group's papers"
        value={query}
        onInput={(event) => {
          setQuery((event.target as HTMLInputElement).value);
          setBrowse(null);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && query) {
            event.preventDefault();
            setQuery('');
          } else if (event.key === 'ArrowDown') {
            event.preventDefault();
            sectionRef.current?.querySelector<HTMLElement>('article.paper')?.focus();
          }
        }}
      />
      <div class="browse" role="group" aria-label="Browse by topic">
        {newIds.size > 0 && (
          <button
            type="button"
            class="chip new-chip"
            aria-pressed={browse?.by === 'new'}
            onClick={() => {
              setQuery('');
              setBrowse(browse?.by === 'new' ? null : { by: 'new', value: true });
            }}
          >
            New ({newIds.size})
          </button>
        )}
        {topics.map((topic) => (
          <button
            type="button"
            key={topic.id}
            class="chip"
            aria-pressed={browse?.by === 'topic' && browse.value === topic.id}
            onClick={() => {
              setQuery('');
              setBrowse(
                browse?.by === 'topic' && browse.value === topic.id
                  ? null
                  : { by: 'topic', value: topic.id },
              );
            }}
          >
            {topic.name}
          </button>
        ))}
      </div>
      <label class="year-select">
        Year{' '}
        <select
          value={browse?.by === 'year' ? String(browse.value) : ''}
          onChange={(event) => {
            const value = (event.target as HTMLSelectElement).value;
            setQuery('');
            setBrowse(value ? { by: 'year', value: Number(value) } : null);
          }}
        >
          <option value="">Any</option>
          {years.map((year) => (
            <option key={year} value={String(year)}>
              {year}
            </option>
          ))}
        </select>
      </label>
      <p class="results-summary" aria-live="polite" aria-busy={searching && !completeHits}>
        {summary}
      </p>
      <div class="results">
        {results.slice(0, shown).map(({ paper, terms }) => renderPaper(paper, terms))}
      </div>
      {total > shown && (
        <button type="button" class="secondary more" onClick={() => setShown(shown + RESULTS_PAGE)}>
          Show {Math.min(RESULTS_PAGE, total - shown)} more of {total - shown}
        </button>
      )}
    </section>
  );
}
