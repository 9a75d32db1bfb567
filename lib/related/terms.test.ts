import { describe, expect, it } from 'vitest';
import { TermTable, phraseKey } from './terms';

/** A table's counts of texts' terms, as terms, for reading. */
function countedTerms<T>(table: TermTable<T>, ...texts: string[]): Record<string, number> {
  const { keys, counts } = table.count(...texts.map((text) => table.read(text)));
  return Object.fromEntries(keys.map((key, i) => [table.term(key), counts[i] ?? 0]));
}

describe('phraseKey', () => {
  it('puts a phrase in the normal form of a text: case, hyphens, plurals', () => {
    expect(phraseKey('Low-Precision Formats')).toBe('low precision format');
    expect(phraseKey('KV caches')).toBe('kv cache');
  });
});

describe('TermTable', () => {
  it('counts content words and adjacent pairs; function words and numbers break pairs', () => {
    const table = new TermTable();
    expect(countedTerms(table, 'The KV cache of 2 models and the KV caches grow.')).toEqual({
      kv: 2,
      cache: 2,
      'kv cache': 2,
      model: 1,
      grow: 1,
      'cache grow': 1,
    });
  });

  it('pairs no words across two texts', () => {
    const table = new TermTable();
    expect(countedTerms(table, 'message', 'passing')).toEqual({ message: 1, passing: 1 });
  });

  it("gives what its owner knows of a text's words and pairs", () => {
    const table = new TermTable(
      new Map([
        ['kv cache', 'a pair'],
        ['cache', 'a word'],
      ]),
    );
    const { keys } = table.count(table.read('Caches: the KV cache and the cache KV.'));
    expect(Object.fromEntries(keys.map((key) => [table.term(key), table.facts(key)]))).toEqual({
      kv: undefined,
      cache: 'a word',
      'kv cache': 'a pair',
      'cache kv': undefined,
    });
  });

  it('forgets what it learnt past its bound, keeping its vocabulary', () => {
    const table = new TermTable(new Map([['quantisation error', 1]]), ['rounding']);
    const ids = ['quantisation', 'rounding'].map((word) => table.id(word));
    // 250,000 distinct words: more than a hostile page should make it keep.
    table.read(Array.from({ length: 250_000 }, (_, i) => `w${i.toString(36)}x`).join(' '));
    table.read('quantisation');
    expect(['quantisation', 'rounding'].map((word) => table.id(word))).toEqual(ids);
    const { keys } = table.count(table.read('quantisation error'));
    expect(keys.map((key) => table.facts(key))).toEqual([undefined, undefined, 1]);
    expect(countedTerms(table, 'quantisation of quantisation')).toEqual({ quantisation: 2 });
  });
});
