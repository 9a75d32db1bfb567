/**
 * The words and two-word terms of a paper's text that can say what it is about, and the key
 * phrases curated for the group's papers, in one normal form so that they compare: the title
 * normalisation (case, accents, TeX, punctuation; so "low-precision" is "low precision"), and
 * plural words as singular.
 *
 * @module
 */
import { normalWordsOf } from '../matching/normalize-title';

/** Words that say nothing about a paper's subject: English function words and paper prose. */
const STOPWORDS = new Set(
  `a an and are as at be been being both but by can could did do does each for from had has have
  how i if in into is it its may might more most must no not of on or our out over per shall should
  so such than that the their them then there these they this those through to under up upon us
  very via was we were what when where whether which while who whom why will with within without
  would yet also et al paper work propose proposed present presents show shows shown study studies
  approach approaches method methods result results new novel use used using based further however
  thus here given well first one two three many several often across among between towards toward
  about above after against all any because before below during few only other own same some too
  able allow allows achieve achieves make makes made enable enables provide provides`.split(/\s+/),
);

const singulars = new Map<string, string>();
const NOT_PLURAL = /(?:ss|us|is|ics)$/;

/** A word as the terms compare it: "graphs" and "graph", "properties" and "property". */
export function singular(word: string): string {
  if (word.length <= 3 || word.at(-1) !== 's') return word;
  let found = singulars.get(word);
  if (found === undefined) {
    found = NOT_PLURAL.test(word) ? word : word.replace(/ies$/, 'y').replace(/([^s])s$/, '$1');
    // Words repeat across papers: remember them, up to a bound a hostile page cannot grow past.
    if (singulars.size < 100_000) singulars.set(word, found);
  }
  return found;
}

/** A text's words in the one normal form, in order. */
export function normalWords(text: string): string[] {
  return normalWordsOf(text).map(singular);
}

/** A key phrase in the normal form a text's words take. */
export function phraseKey(phrase: string): string {
  return normalWords(phrase).join(' ');
}

const DIGITS = /^\d+$/;

function isContentWord(word: string): boolean {
  return word.length > 1 && !STOPWORDS.has(word) && !DIGITS.test(word);
}

/** Words and pairs a table learns before it forgets them all (bounds its memory). */
const MAX_LEARNT = 200_000;

/** A word of a text as a {@link TermTable} reads it: the id of its normal form. */
export interface TableWord {
  id: number;
  /** Whether it is a term (else it only separates terms, and may be part of a phrase). */
  content: boolean;
}

/**
 * Reads texts as ids of their words' normal forms, and counts their terms: their content words
 * and each adjacent pair of them ("kv cache", "message passing"). Terms are small integers
 * (words positive, pairs negative), so that a scorer reading thousands of texts (a listing)
 * looks each word up once, and neither builds a string for each pair nor hashes one. Words and
 * pairs get ids as they are first seen, and then what the table's owner knows of them.
 *
 * @typeParam T What the owner knows of a term.
 */
export class TermTable<T = never> {
  readonly #lookUp: (term: string) => T | undefined;
  readonly #vocabulary: readonly string[];
  /** A text's word (before the plural is folded) → what it reads as. */
  #read = new Map<string, TableWord>();
  /** Normal form → id, and back. */
  #ids = new Map<string, number>();
  #forms: string[] = [];
  /** Pairs by the id of their first word: id of the second → id of the pair. */
  #pairs: Map<number, number>[] = [];
  /** The pairs' words, by pair id. */
  #pairWords: [number, number][] = [];
  /** What the owner knows of each word and pair, by id. */
  #wordFacts: (T | undefined)[] = [];
  #pairFacts: (T | undefined)[] = [];

  /**
   * @param lookUp What the owner knows of a term ("kv cache"), asked once per term.
   * @param vocabulary Words whose ids must not change (those of the phrases sought).
   */
  constructor(
    lookUp: (term: string) => T | undefined = () => undefined,
    vocabulary: string[] = [],
  ) {
    this.#lookUp = lookUp;
    this.#vocabulary = vocabulary;
    this.#forget();
  }

  #forget(): void {
    this.#read = new Map();
    this.#ids = new Map();
    this.#forms = [''];
    this.#wordFacts = [undefined];
    this.#pairs = [];
    this.#pairWords = [[0, 0]];
    this.#pairFacts = [undefined];
    for (const word of this.#vocabulary) this.id(word);
  }

  /** The id of a word in normal form. */
  id(form: string): number {
    let id = this.#ids.get(form);
    if (id === undefined) {
      id = this.#forms.push(form) - 1;
      this.#wordFacts.push(this.#lookUp(form));
      this.#ids.set(form, id);
    }
    return id;
  }

  #pairKey(first: number, second: number): number {
    let pairs = this.#pairs[first];
    if (pairs === undefined) this.#pairs[first] = pairs = new Map();
    let id = pairs.get(second);
    if (id === undefined) {
      id = this.#pairWords.push([first, second]) - 1;
      this.#pairFacts.push(this.#lookUp(`${this.#forms[first]} ${this.#forms[second]}`));
      pairs.set(second, id);
    }
    return -id;
  }

  /** A text's words, in order. */
  read(text: string): TableWord[] {
    if (this.#forms.length + this.#pairWords.length > MAX_LEARNT) this.#forget();
    return normalWordsOf(text).map((raw) => {
      let word = this.#read.get(raw);
      if (word === undefined) {
        const form = singular(raw);
        word = { id: this.id(form), content: isContentWord(form) };
        this.#read.set(raw, word);
      }
      return word;
    });
  }

  /** The term a key stands for. */
  term(key: number): string {
    if (key >= 0) return this.#forms[key] ?? '';
    const [first = 0, second = 0] = this.#pairWords[-key] ?? [];
    return `${this.#forms[first] ?? ''} ${this.#forms[second] ?? ''}`;
  }

  /** What the owner knows of the term a key stands for. */
  facts(key: number): T | undefined {
    return key >= 0 ? this.#wordFacts[key] : this.#pairFacts[-key];
  }

  /** The terms of texts read by this table (no pair spans two texts), counted by key. */
  count(...texts: (readonly TableWord[])[]): Map<number, number> {
    const counts = new Map<number, number>();
    for (const words of texts) {
      let previous = 0;
      for (const { id, content } of words) {
        if (!content) {
          previous = 0;
          continue;
        }
        counts.set(id, (counts.get(id) ?? 0) + 1);
        if (previous !== 0) {
          const pair = this.#pairKey(previous, id);
          counts.set(pair, (counts.get(pair) ?? 0) + 1);
        }
        previous = id;
      }
    }
    return counts;
  }
}
