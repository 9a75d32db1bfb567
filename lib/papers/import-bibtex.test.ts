import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readBibtex } from './import-bibtex';

describe('readBibtex', () => {
  const { list, problems } = readBibtex(
    readFileSync(new URL('./__fixtures__/list.bib', import.meta.url), 'utf8'),
  );

  it('reads venue details, the arXiv eprint and the month', () => {
    expect(problems).toEqual([]);
    expect(list.papers[0]).toEqual({
      where:
        'entry "Unit Scaling: Out-of-the-Box Low-Precision Training" (@inproceedings{blake2023unit})',
      title: 'Unit Scaling: Out-of-the-Box Low-Precision Training',
      authors: [
        { printed: 'Charlie Blake', split: { given: 'Charlie', family: 'Blake' } },
        { printed: 'Douglas Orr', split: { given: 'Douglas', family: 'Orr' } },
        { printed: 'Carlo Luschi', split: { given: 'Carlo', family: 'Luschi' } },
      ],
      areas: ['Low Precision'],
      group: { year: 2023, kind: 'conference' },
      arxivId: '2303.11257',
      published: 'Proceedings of the 40th International Conference on Machine Learning',
      date: '2023-03',
      venueDetails: {
        series: 'Proceedings of Machine Learning Research',
        volume: '202',
        pages: '2548--2576',
        publisher: 'PMLR',
      },
    });
  });

  it('reads Google Scholar\'s "journal = {arXiv preprint arXiv:…}" as a preprint', () => {
    expect(list.papers[1]).toMatchObject({
      arxivId: '2505.12988',
      published: 'arXiv preprint',
      group: { year: 2025, kind: 'preprint' },
      // Two keywords name no one topic.
      areas: [],
    });
  });

  it('turns TeX into text, with accents as single characters', () => {
    expect(list.papers[2]).toMatchObject({
      title: 'PopSparse: Accelerated block sparse matrix multiplication on IPU',
      authors: [
        { printed: 'Zhiyi Li' },
        { printed: 'Godfrey Da costa', split: { given: 'Godfrey', family: 'Da costa' } },
        { printed: 'Kerstin Kläser' },
      ],
      areas: ['Sparsity'],
    });
  });

  it('names a broken entry by its position', () => {
    expect(readBibtex('@article{broken, title = {Oops\n').problems).toEqual([
      expect.stringMatching(/^BibTeX: Unterminated brace-value .* at line \d+, column \d+/),
    ]);
  });
});
