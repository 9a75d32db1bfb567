/**
 * The compact lookup tables the content script ships: normalised titles and identifiers,
 * each mapped to the paper's position in `ids`. Built once from the paper list at build time
 * (`data/build-index.ts`); every lookup at run time is one hash probe, however many papers
 * the index holds.
 *
 * @module
 */
import { titlesOf } from '../papers/check';
import type { Paper } from '../papers/model';
import { normalizeDoi } from './identifiers';
import { normalizeTitle } from './normalize-title';

export interface DetectionIndex {
  /** Paper ids; every table below maps to a position in this array. */
  ids: string[];
  /** Normalised title (listed, arXiv and earlier titles) → paper position. */
  titles: Record<string, number>;
  arxiv: Record<string, number>;
  doi: Record<string, number>;
  openreview: Record<string, number>;
  /** Shortest and longest normalised title, to skip text that cannot be a title unread. */
  titleLength: { min: number; max: number };
}

/** Builds the detection tables; throws when two papers claim the same title or identifier. */
export function buildDetectionIndex(papers: readonly Paper[]): DetectionIndex {
  const index: DetectionIndex = {
    ids: [],
    titles: {},
    arxiv: {},
    doi: {},
    openreview: {},
    titleLength: { min: Number.POSITIVE_INFINITY, max: 0 },
  };
  const claim = (
    table: Record<string, number>,
    key: string,
    position: number,
    what: string,
  ): void => {
    const owner = table[key];
    if (owner !== undefined && owner !== position) {
      throw new Error(
        `detection index: ${what} "${key}" belongs to both ${index.ids[owner]} and ${index.ids[position]}`,
      );
    }
    table[key] = position;
  };
  papers.forEach((paper, position) => {
    index.ids.push(paper.id);
    for (const title of titlesOf(paper)) {
      const key = normalizeTitle(title);
      claim(index.titles, key, position, 'title');
      index.titleLength.min = Math.min(index.titleLength.min, key.length);
      index.titleLength.max = Math.max(index.titleLength.max, key.length);
    }
    for (const { id } of paper.arxiv) claim(index.arxiv, id, position, 'arXiv id');
    for (const doi of [paper.doi, paper.archival?.doi]) {
      const key = normalizeDoi(doi);
      if (key) claim(index.doi, key, position, 'DOI');
    }
    if (paper.openreviewId) claim(index.openreview, paper.openreviewId, position, 'OpenReview id');
  });
  if (papers.length === 0) index.titleLength.min = 0;
  return index;
}

/** References longer than this are cut before they are searched for titles. */
export const MAX_REFERENCE_LENGTH = 2000;

/** Run-time lookups over a {@link DetectionIndex}. */
export class PaperMatcher {
  readonly #index: DetectionIndex;
  /** Raw text longer than this cannot normalise to a title (generous for markup and TeX). */
  readonly maxRawLength: number;

  constructor(index: DetectionIndex) {
    this.#index = index;
    this.maxRawLength = index.titleLength.max * 3 + 200;
  }

  /** The paper whose title the whole of `text` is, ignoring case, TeX, accents and punctuation. */
  byTitle(text: string): string | undefined {
    if (text.length < this.#index.titleLength.min || text.length > this.maxRawLength)
      return undefined;
    const key = normalizeTitle(text);
    if (key.length < this.#index.titleLength.min || key.length > this.#index.titleLength.max)
      return undefined;
    return this.#lookup(this.#index.titles, key);
  }

  /**
   * The paper whose title appears, as whole words, inside `text` (a reference: "C. Blake,
   * D. Orr. Unit scaling: out-of-the-box low-precision training. ICML 2023.").
   */
  titleWithin(text: string): string | undefined {
    const normalized = normalizeTitle(text.slice(0, MAX_REFERENCE_LENGTH));
    const starts = this.#titlesByFirstWords();
    const words = normalized.split(' ');
    let offset = 0;
    for (let i = 0; i + 1 < words.length; i++) {
      for (const title of starts.get(`${words[i]} ${words[i + 1]}`) ?? []) {
        const end = offset + title.length;
        if (
          normalized.startsWith(title, offset) &&
          (end === normalized.length || normalized[end] === ' ')
        )
          return this.#lookup(this.#index.titles, title);
      }
      offset += (words[i] as string).length + 1;
    }
    return undefined;
  }

  #byFirstWords: Map<string, string[]> | undefined;

  /** Titles by their first two words, built on first use (only reference lists need it). */
  #titlesByFirstWords(): Map<string, string[]> {
    if (!this.#byFirstWords) {
      this.#byFirstWords = new Map();
      for (const title of Object.keys(this.#index.titles)) {
        const [a, b] = title.split(' ');
        if (b === undefined) continue;
        const key = `${a} ${b}`;
        this.#byFirstWords.set(key, [...(this.#byFirstWords.get(key) ?? []), title]);
      }
    }
    return this.#byFirstWords;
  }

  #arxivIds: string[] | undefined;

  /** The arXiv ids the index holds (for pages that index entries by them). */
  get arxivIds(): string[] {
    this.#arxivIds ??= Object.keys(this.#index.arxiv);
    return this.#arxivIds;
  }

  byArxivId(id: string): string | undefined {
    return this.#lookup(this.#index.arxiv, id);
  }

  byDoi(doi: string): string | undefined {
    const key = normalizeDoi(doi);
    return key ? this.#lookup(this.#index.doi, key) : undefined;
  }

  byOpenReviewId(id: string): string | undefined {
    return this.#lookup(this.#index.openreview, id);
  }

  #lookup(table: Record<string, number>, key: string): string | undefined {
    // Own properties only: a page text of "constructor" must not reach Object.prototype.
    return Object.hasOwn(table, key) ? this.#index.ids[table[key] as number] : undefined;
  }
}
