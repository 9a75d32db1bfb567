import { describe, expect, it } from 'vitest';
import { arxivIdYear, pagePaperBibtex } from './page-paper';

describe('pagePaperBibtex', () => {
  it('cites an arXiv entry from what the page shows, in the index’s key style', () => {
    expect(
      pagePaperBibtex({
        arxivId: '2611.01234',
        title: 'Scaling Laws for FP4 Attention in Large Language Models',
        authors: ['Douglas Orr', 'Luka Ribar', 'Carlo Luschi'],
        abstract: '',
        keywords: [],
      }),
    ).toBe(
      [
        '@misc{orr2026scaling,',
        '  title = {Scaling Laws for {FP4} Attention in Large Language Models},',
        '  author = {Orr, Douglas and Ribar, Luka and Luschi, Carlo},',
        '  howpublished = {arXiv preprint arXiv:2611.01234},',
        '  year = {2026},',
        '  eprint = {2611.01234},',
        '  archivePrefix = {arXiv},',
        '  url = {https://arxiv.org/abs/2611.01234}',
        '}',
      ].join('\n'),
    );
  });

  it('escapes names and keeps a mononym whole', () => {
    const bib = pagePaperBibtex({
      arxivId: '2611.04321',
      title: 'On Things',
      authors: ['Kerstin Kläser', 'Plato'],
      abstract: '',
      keywords: [],
    });
    expect(bib).toContain('author = {Kl{\\"a}ser, Kerstin and Plato}');
    expect(bib).toMatch(/^@misc\{klaser2026things,/);
  });

  it('has nothing to cite without an arXiv id', () => {
    expect(
      pagePaperBibtex({ title: 'A paper', authors: ['A B'], abstract: '', keywords: [] }),
    ).toBeUndefined();
  });
});

describe('arxivIdYear', () => {
  it.each([
    ['2407.17465', 2024],
    ['0704.0001', 2007],
    ['cs/0112017', 2001],
    ['hep-th/9901001', 1999],
    ['nonsense', undefined],
  ])('%s → %s', (id, year) => expect(arxivIdYear(id)).toBe(year));
});
