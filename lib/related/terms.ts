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

/**
 * Adds the terms of a text to `counts`: its content words and each adjacent pair of them
 * ("kv cache", "message passing"), with how often each occurs.
 */
export function termCounts(
  words: readonly string[],
  counts = new Map<string, number>(),
): Map<string, number> {
  let previous: string | undefined;
  for (const word of words) {
    if (!isContentWord(word)) {
      previous = undefined;
      continue;
    }
    counts.set(word, (counts.get(word) ?? 0) + 1);
    if (previous !== undefined) {
      const pair = `${previous} ${word}`;
      counts.set(pair, (counts.get(pair) ?? 0) + 1);
    }
    previous = word;
  }
  return counts;
}
