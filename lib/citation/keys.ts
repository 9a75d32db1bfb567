import type { Author, Paper } from '../papers/model';
import { asciiAlphanumerics } from './ascii';

/**
 * Words skipped when picking the key's title word: articles, the commonest prepositions and
 * conjunctions, and question openers. Google Scholar skips the same kind of word
 * ("On the difficulty…" → `pascanu2013difficulty`, "How powerful…" → `xu2018powerful`) and
 * keeps "Towards" (`madry2017towards`), so this list keeps it too.
 */
const KEY_STOPWORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'of',
  'on',
  'in',
  'at',
  'by',
  'for',
  'from',
  'to',
  'with',
  'as',
  'is',
  'are',
  'do',
  'does',
  'how',
  'what',
  'when',
  'where',
  'which',
  'who',
  'why',
]);

/** The parts of a paper a key is made from: the listed version only, so it never changes. */
export interface KeySource {
  authors: readonly Pick<Author, 'family'>[];
  year: number;
  title: string;
}

/** First title word that is not a stopword, as ASCII alphanumerics ("" if none). */
function keyTitleWord(title: string): string {
  const words = title
    .split(/\s+/)
    .map(asciiAlphanumerics)
    .filter((word) => word !== '');
  return words.find((word) => !KEY_STOPWORDS.has(word)) ?? words[0] ?? '';
}

/**
 * A paper's citation key before disambiguation, Google Scholar style: the first listed
 * author's family name, the listed year and the first significant title word, in lower-case
 * ASCII (`blake2023unit`). See the module documentation for why it uses the listed version.
 */
export function citationKey(paper: KeySource): string {
  const family = paper.authors[0]?.family ?? 'anonymous';
  return `${asciiAlphanumerics(family) || 'anonymous'}${paper.year}${keyTitleWord(paper.title)}`;
}

/** Earlier papers first, so an existing paper keeps its key when a later one collides with it. */
function byDateThenId(a: Paper, b: Paper): number {
  return a.date.localeCompare(b.date) || a.id.localeCompare(b.id);
}

/** Suffixes for the second, third… paper sharing a key: a … z, then aa, ab … */
function suffix(index: number): string {
  const letter = String.fromCharCode(97 + (index % 26));
  return index < 26 ? letter : suffix(Math.floor(index / 26) - 1) + letter;
}

/**
 * Unique keys for a whole index, by paper id. Papers sharing a key are ordered by list date,
 * then id; the first keeps the plain key and the others get `a`, `b`, … appended
 * (`he2024expertflow`, `he2024expertflowa`), skipping any key already taken.
 */
export function citationKeys(papers: readonly Paper[]): ReadonlyMap<string, string> {
  const groups = new Map<string, Paper[]>();
  for (const paper of papers) {
    const key = citationKey(paper);
    groups.set(key, [...(groups.get(key) ?? []), paper]);
  }
  const taken = new Set(groups.keys());
  const keys = new Map<string, string>();
  for (const [key, group] of groups) {
    const [first, ...rest] = [...group].sort(byDateThenId);
    if (first) keys.set(first.id, key);
    let index = 0;
    for (const paper of rest) {
      let candidate: string;
      do candidate = key + suffix(index++);
      while (taken.has(candidate));
      taken.add(candidate);
      keys.set(paper.id, candidate);
    }
  }
  return keys;
}
