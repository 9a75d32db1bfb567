/**
 * Other spellings under which the search index also files a word, so a query in one spelling
 * finds papers written in another: "mup" for μP (as researchers type it), FP8 for float8.
 * Shared by the index and the highlighter, so what is found is also what is marked.
 *
 * @module
 */

import { normalizeTitle } from '../matching/normalize-title';

const PLAIN_WORD = /^[a-z0-9]+$/;

/**
 * The words of `term`, folded as titles are (accents, µ/μ, case, TeX). Most words are plain
 * ASCII, for which that folding is just lower-casing: a fast path, as indexing folds every
 * word of every abstract and highlighting every word shown.
 *
 * @example
 * foldTerm('Kläser') // → ['klaser']
 */
export function foldTerm(term: string): string[] {
  const lower = term.toLowerCase();
  return PLAIN_WORD.test(lower) ? [lower] : normalizeTitle(term).split(' ').filter(Boolean);
}

/** Number-format names papers spell either way. */
const FORMAT_ALIASES: Record<string, string> = {
  fp8: 'float8',
  float8: 'fp8',
  fp16: 'float16',
  float16: 'fp16',
  fp32: 'float32',
  float32: 'fp32',
};

/**
 * A normalised word (see normalizeTitle) and its other spellings.
 *
 * @example
 * wordForms('μp') // → ['μp', 'mup']
 */
export function wordForms(word: string): string[] {
  const forms = [word];
  if (word.includes('μ')) forms.push(word.replace(/μ/g, 'mu'));
  const alias = FORMAT_ALIASES[word];
  if (alias) forms.push(alias);
  return forms;
}
