import { describe, expect, it } from 'vitest';
import { paperList } from '../../data/index';
import { highlightSegments } from './highlight';
import { createSearchIndex, searchPapers, searchTitles } from './search-index';

const index = await createSearchIndex(paperList.papers);
const ids = (query: string): string[] => searchPapers(index, query).map((hit) => hit.id);
const byPerson = (person: string): string[] =>
  paperList.papers.filter((p) => p.authors.some((a) => a.person === person)).map((p) => p.id);

describe('search over the real index', () => {
  it('"unit scaling" puts the Unit Scaling paper first and u-µP, built on it, next', () => {
    expect(ids('unit scaling').slice(0, 2)).toEqual(['unit-scaling', 'u-mup']);
  });

  it('finds a title while it is being typed (prefix of the last word)', () => {
    expect(ids('unit sc').slice(0, 2).sort()).toEqual(['u-mup', 'unit-scaling']);
    expect(ids('spar')).toContain('sparq-attention');
    expect(ids('minim')[0]).toBe('minimol');
  });

  it('"fp8" finds the FP8 papers, the FP8 training paper first, also those that write float8', () => {
    const found = ids('fp8');
    expect(found[0]).toBe('fp8-llm-training');
    expect(found).toEqual(expect.arrayContaining(['unit-scaling', 'u-mup', 'scalify']));
    // Papers about other topics do not mention FP8.
    expect(found).not.toContain('groupbert');
    expect(ids('FP8')).toEqual(found);
    expect(ids('float8')).toEqual(expect.arrayContaining(['scalify', 'fp8-llm-training']));
  });

  it('"Kläser", "klaser" and "Klaeser" all find exactly her papers, whatever the spelling on each', () => {
    const hers = byPerson('kerstin-klaser');
    expect(hers.length).toBeGreaterThanOrEqual(4);
    for (const query of ['Kläser', 'klaser', 'Klaeser']) {
      expect(ids(query).sort(), query).toEqual([...hers].sort());
    }
  });

  it('"sparq" finds SparQ Attention and nothing else', () => {
    expect(ids('sparq')).toEqual(['sparq-attention']);
    expect(ids('SparQ attention')[0]).toBe('sparq-attention');
  });

  it('a typo, "quantm chemistry", still finds the quantum chemistry papers', () => {
    const found = ids('quantm chemistry');
    expect(found.slice(0, 2).sort()).toEqual(['gnn-quantum-chemistry-acceleration', 'qm1b']);
    // Physics papers that say "quantum chemical" or only "chemistry" follow.
    expect(found.slice(0, 5)).toEqual(expect.arrayContaining(['dft-backpropagation', 'mess']));
  });

  it('"µP" (micro sign or Greek mu), "mup" and "u-mup" find u-µP', () => {
    for (const query of ['µP', 'μP', 'mup', 'u-mup', 'u-µP']) {
      expect(ids(query), query).toEqual(['u-mup']);
    }
  });

  it('matches authors and venues, and a full title finds that paper first', () => {
    expect(ids('Luschi')).toHaveLength(byPerson('carlo-luschi').length);
    expect(ids('ICLR 2025')[0]).toBe('u-mup');
    expect(ids('GPS++: Reviving the Art of Message Passing')[0]).toBe('gps-plus-plus');
    expect(ids('density functional theory').sort()).toEqual(
      ['dft-backpropagation', 'pyscf-ipu', 'qm1b'].sort(),
    );
  });

  it('as you type, finds titles, authors and venues at once; abstracts come in the complete search', () => {
    const quick = (query: string): string[] => searchTitles(index, query).map((hit) => hit.id);
    // "Hyperparameters" is only in u-µP's abstract.
    expect(quick('hyperparam')).toEqual([]);
    expect(ids('hyperparam')).toEqual(['u-mup']);
    // The quick results are the first of the complete ones, so the list drawn only grows.
    for (const query of [
      'fp8',
      'unit sc',
      'luschi',
      'quantm chemistry',
      'graph',
      'u-mup',
      'sparse',
    ]) {
      const complete = ids(query);
      expect(complete.slice(0, quick(query).length), query).toEqual(quick(query));
    }
    expect(quick('fp8').length).toBeLessThan(ids('fp8').length);
  });

  it('matches word beginnings in abstracts from five letters (shorter ones match too much)', () => {
    expect(ids('hyper')).toEqual(['u-mup']);
    expect(ids('hype')).toEqual([]);
    // In titles from two letters.
    expect(ids('sp')).toContain('sparq-attention');
  });

  it('finds nothing for nonsense or an empty query', () => {
    expect(ids('zzzyxq')).toEqual([]);
    expect(ids('   ')).toEqual([]);
  });

  it('returns the matched words, and these highlight the words in the paper', () => {
    const [hit] = searchPapers(index, 'mup');
    const umup = paperList.papers.find((p) => p.id === 'u-mup');
    expect(hit?.terms).toBeDefined();
    const marked = highlightSegments(umup?.title ?? '', hit?.terms ?? [])
      .filter((s) => s.match)
      .map((s) => s.text);
    expect(marked).toEqual(['µP']);

    const scalify = searchPapers(index, 'fp8').find((h) => h.id === 'scalify');
    const abstract = paperList.papers.find((p) => p.id === 'scalify')?.abstract ?? '';
    expect(
      highlightSegments(abstract, scalify?.terms ?? [])
        .filter((s) => s.match)
        .map((s) => s.text),
    ).toContain('float8');
  });
});
