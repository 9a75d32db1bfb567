import { describe, expect, it } from 'vitest';
import { TermTable, phraseKey } from './terms';

/** A table's counts as terms, for reading. */
function countedTerms<T>(table: TermTable<T>, ...texts: string[]): Record<string, number> {
  return Object.fromEntries(
    [...table.count(...texts.map((text) => table.read(text)))].map(([key, count]) => [
      table.term(key),
      count,
    ]),
  );
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

  it('looks up what its owner knows of each term once, and gives it by key', () => {
    const asked: string[] = [];
    const table = new TermTable((term) => {
      asked.push(term);
      return term === 'kv cache' ? 'known' : undefined;
    });
    const counts = table.count(table.read('KV cache or KV cache'));
    const facts = [...counts.keys()].map((key) => [table.term(key), table.facts(key)]);
    expect(facts).toEqual([
      ['kv', undefined],
      ['cache', undefined],
      ['kv cache', 'known'],
    ]);
    expect(asked.toSorted()).toEqual(['cache', 'kv', 'kv cache', 'or']);
  });

  it('forgets what it learnt past its bound, keeping the ids of its vocabulary', () => {
    const table = new TermTable(() => undefined, ['quantisation']);
    const id = table.id('quantisation');
    // 250,000 distinct words: more than a hostile page should make it keep.
    const words = Array.from({ length: 250_000 }, (_, i) => `w${i.toString(36)}x`);
    table.read(words.join(' '));
    table.read('quantisation');
    expect(table.id('quantisation')).toBe(id);
    expect(table.id(words[0]!)).toBeGreaterThan(id);
    expect(countedTerms(table, 'quantisation of quantisation')).toEqual({ quantisation: 2 });
  });
});
