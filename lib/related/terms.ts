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

/** Words a table learns beyond its vocabulary before it forgets them (bounds its memory). */
const MAX_LEARNT = 200_000;
/** Word ids stay below this; a pair of words is keyed `first × PAIR + second`. */
const PAIR = 2 ** 21;

/** A word of a text as a {@link TermTable} reads it: the id of its normal form. */
export interface TableWord {
  id: number;
  /** Whether it is a term (else it only separates terms, and may be part of a phrase). */
  content: boolean;
}

/** A text's terms, each once, by key, with how often the text uses it. */
export interface TermCounts {
  keys: number[];
  counts: number[];
}

/**
 * Reads texts as ids of their words' normal forms, and counts their terms: their content words
 * and each adjacent pair of them ("kv cache", "message passing"). Terms are numbers, so that a
 * scorer reading thousands of texts (a listing) looks each word up once, and builds no string
 * for a word pair nor hashes one: a text's terms are counted by sorting their keys.
 *
 * @typeParam T What the table's owner knows of the terms it is given.
 */
export class TermTable<T = never> {
  /** What the owner knows of its words, by id, and of its pairs, by first id then second. */
  readonly #wordFacts: (T | undefined)[] = [undefined];
  readonly #pairFacts: (Map<number, T> | undefined)[] = [];
  /** Words with ids below this are the vocabulary's. */
  readonly #vocabularySize: number;
  #ids = new Map<string, number>();
  readonly #forms: string[] = [''];
  /** A text's word (before the plural is folded) → what it reads as. */
  #read = new Map<string, TableWord>();
  #keys = new Float64Array(1024);

  /**
   * @param facts What the owner knows of some terms, in normal form ("kv cache").
   * @param words Further words whose ids must not change (those of the phrases sought).
   */
  constructor(facts: Iterable<readonly [string, T]> = [], words: Iterable<string> = []) {
    for (const [term, fact] of facts) {
      const space = term.indexOf(' ');
      if (space < 0) this.#wordFacts[this.id(term)] = fact;
      else {
        const first = this.id(term.slice(0, space));
        (this.#pairFacts[first] ??= new Map()).set(this.id(term.slice(space + 1)), fact);
      }
    }
    for (const word of words) this.id(word);
    this.#vocabularySize = this.#forms.length;
  }

  /** The id of a word in normal form. */
  id(form: string): number {
    let id = this.#ids.get(form);
    if (id === undefined) {
      id = this.#forms.push(form) - 1;
      this.#ids.set(form, id);
    }
    return id;
  }

  /** A text's words, in order. */
  read(text: string): TableWord[] {
    if (this.#forms.length > MAX_LEARNT) {
      this.#ids = new Map([...this.#ids].filter(([, id]) => id < this.#vocabularySize));
      this.#forms.length = this.#vocabularySize;
      this.#read = new Map();
    }
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
    if (key < PAIR) return this.#forms[key] ?? '';
    return `${this.#forms[Math.floor(key / PAIR)] ?? ''} ${this.#forms[key % PAIR] ?? ''}`;
  }

  /** What the owner knows of the term a key stands for. */
  facts(key: number): T | undefined {
    if (key < PAIR) return this.#wordFacts[key];
    return this.#pairFacts[Math.floor(key / PAIR)]?.get(key % PAIR);
  }

  /** The terms of texts read by this table (no pair spans two texts), counted. */
  count(...texts: (readonly TableWord[])[]): TermCounts {
    const size = texts.reduce((sum, words) => sum + 2 * words.length, 0);
    // One buffer for every text of a listing, grown as needed.
    if (this.#keys.length < size) this.#keys = new Float64Array(size * 2);
    const keys = this.#keys;
    let length = 0;
    for (const words of texts) {
      let previous = 0;
      for (const { id, content } of words) {
        if (!content) {
          previous = 0;
          continue;
        }
        keys[length++] = id;
        if (previous !== 0) keys[length++] = previous * PAIR + id;
        previous = id;
      }
    }
    const sorted = keys.subarray(0, length).sort();
    const counted: TermCounts = { keys: [], counts: [] };
    for (let i = 0; i < length;) {
      const key = sorted[i]!;
      let end = i + 1;
      while (end < length && sorted[end] === key) end++;
      counted.keys.push(key);
      counted.counts.push(end - i);
      i = end;
    }
    return counted;
  }
}
