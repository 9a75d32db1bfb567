/**
 * The words and two-word terms of a paper's text that can say what it is about, and the key
 * phrases curated for the group's papers, in one normal form so that they compare: the title
 * normalisation (case, accents, TeX, punctuation), hyphens as spaces ("low-precision" is "low
 * precision"), and plural words as singular.
 *
 * @module
 */
import { normalizeTitle } from '../matching/normalize-title';

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

/** A word as the terms compare it: "graphs" and "graph", "properties" and "property". */
export function singular(word: string): string {
  if (word.length <= 3 || /(?:ss|us|is|ics)$/.test(word)) return word;
  return word.replace(/ies$/, 'y').replace(/([^s])s$/, '$1');
}

/** A text's words in the one normal form, in order. */
export function normalWords(text: string): string[] {
  const words = normalizeTitle(text.replace(/-/g, ' ')).split(' ');
  return words[0] === '' ? [] : words.map(singular);
}

/** A key phrase in the normal form a text's words take. */
export function phraseKey(phrase: string): string {
  return normalWords(phrase).join(' ');
}

function isContentWord(word: string): boolean {
  return word.length > 1 && !STOPWORDS.has(word) && !/^\d+$/.test(word);
}

/**
 * The terms of a text: its content words and each adjacent pair of them ("kv cache",
 * "message passing"), with how often each occurs.
 */
export function termCounts(words: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (term: string): void => void counts.set(term, (counts.get(term) ?? 0) + 1);
  let previous: string | undefined;
  for (const word of words) {
    if (!isContentWord(word)) {
      previous = undefined;
      continue;
    }
    add(word);
    if (previous !== undefined) add(`${previous} ${word}`);
    previous = word;
  }
  return counts;
}
