import { describe, expect, it } from 'vitest';
import type { Paper } from '../papers/model';
import { citationKey, citationKeys } from './keys';
import {
  kgGraphTopology,
  realIndex,
  scalify,
  smallBatchTraining,
  uMuP,
  unitScaling,
} from './test-fixtures';

function variant(paper: Paper, changes: Partial<Paper>): Paper {
  return { ...paper, ...changes };
}

describe('citationKey', () => {
  it('is family name + year + first significant title word, lower-case ASCII', () => {
    expect(citationKey(unitScaling)).toBe('blake2023unit');
    expect(citationKey(scalify)).toBe('balanca2024scalify');
    expect(citationKey(smallBatchTraining)).toBe('masters2018revisiting');
  });

  it('folds accents, µ and letters that do not decompose', () => {
    expect(citationKey(uMuP)).toBe('blake2024umup');
    const author = { given: 'Błażej', family: 'Łukasz-Sørensen', person: 'x' };
    expect(citationKey({ authors: [author], year: 2020, title: 'Æther' })).toBe(
      'lukaszsorensen2020aether',
    );
  });

  it('skips articles, prepositions and question words but keeps "Towards"', () => {
    const base = { authors: unitScaling.authors, year: 2023 };
    expect(citationKey({ ...base, title: 'On the Difficulty of Training' })).toBe(
      'blake2023difficulty',
    );
    expect(citationKey({ ...base, title: 'How Powerful Are Graph Networks?' })).toBe(
      'blake2023powerful',
    );
    expect(citationKey({ ...base, title: 'Towards Neural Path Tracing in SRAM' })).toBe(
      'blake2023towards',
    );
    expect(citationKey({ ...base, title: 'The' })).toBe('blake2023the');
  });

  it('uses the listed version, so an archival version does not change it', () => {
    expect(citationKey(kgGraphTopology)).toBe('cattaneo2024role');
    const withoutArchival: Paper = variant(kgGraphTopology, {});
    delete withoutArchival.archival;
    expect(citationKey(withoutArchival)).toBe(citationKey(kgGraphTopology));
  });
});

describe('citationKeys', () => {
  const twin = (id: string, date: string): Paper =>
    variant(unitScaling, { id, date, title: 'Unit Tests for Everything' });

  it('gives clashing papers a, b, … in list-date order; the earliest keeps the plain key', () => {
    const papers = [twin('late', '2023-09'), twin('early', '2023-01'), twin('middle', '2023-05')];
    const keys = citationKeys(papers);
    expect(keys.get('early')).toBe('blake2023unit');
    expect(keys.get('middle')).toBe('blake2023unita');
    expect(keys.get('late')).toBe('blake2023unitb');
  });

  it('does not depend on the order of the list', () => {
    const papers = [twin('x', '2023-01'), twin('y', '2023-01'), unitScaling, scalify];
    expect(citationKeys([...papers].reverse())).toEqual(citationKeys(papers));
  });

  it('skips suffixed keys that another paper already has', () => {
    const natural = variant(unitScaling, { id: 'natural', title: 'Unita Is a Word' });
    const keys = citationKeys([twin('a', '2023-01'), twin('b', '2023-02'), natural]);
    expect(keys.get('natural')).toBe('blake2023unita');
    expect(keys.get('b')).toBe('blake2023unitb');
  });

  it('gives every paper of the real index a unique, stable, lower-case ASCII key', () => {
    const { papers } = realIndex();
    const keys = citationKeys(papers);
    const values = papers.map((paper) => keys.get(paper.id));
    expect(new Set(values).size).toBe(papers.length);
    for (const key of values) expect(key).toMatch(/^[a-z]+\d{4}[a-z0-9]+$/);
    expect(citationKeys(papers)).toEqual(keys);
    expect(keys.get('unit-scaling')).toBe('blake2023unit');
    expect(keys.get('u-mup')).toBe('blake2024umup');
    expect(keys.get('kg-graph-topology')).toBe('cattaneo2024role');
    expect(keys.get('pyscf-ipu')).toBe('mathiasen2023pyscfipu');
  });
});
