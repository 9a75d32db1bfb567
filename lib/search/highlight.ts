/**
 * Splits text into plain and matched pieces for highlighting search hits: a word matches when,
 * normalised like the index (case, accents, µ/μ), it or one of the other spellings the index
 * files it under ("mup" for µP, "fp8" for float8) starts with one of the matched terms.
 *
 * @module
 */
import { foldTerm, wordForms } from './terms';

export interface Segment {
  text: string;
  match: boolean;
}

const WORD = /[\p{L}\p{N}+]+/gu;

/**
 * @example
 * highlightSegments('Unit Scaling', ['scal'])
 * // → [{ text: 'Unit ', match: false }, { text: 'Scaling', match: true }]
 */
export function highlightSegments(text: string, terms: readonly string[]): Segment[] {
  const wanted = terms.flatMap(foldTerm);
  if (wanted.length === 0) return [{ text, match: false }];
  const segments: Segment[] = [];
  let last = 0;
  for (const found of text.matchAll(WORD)) {
    const forms = foldTerm(found[0]).flatMap(wordForms);
    if (!wanted.some((term) => forms.some((form) => form.startsWith(term)))) continue;
    const start = found.index;
    if (start > last) segments.push({ text: text.slice(last, start), match: false });
    segments.push({ text: found[0], match: true });
    last = start + found[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), match: false });
  return segments;
}
