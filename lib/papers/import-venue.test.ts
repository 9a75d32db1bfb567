import { describe, expect, it } from 'vitest';
import type { Edition } from './import-source';
import { ordinal, readVenue, sameVenue, type DatedVenue } from './import-venue';

const EDITIONS: Edition[] = [
  {
    acronym: 'ICML',
    edition: 43,
    year: 2026,
    series: 'International Conference on Machine Learning',
  },
  {
    acronym: 'ICLR',
    edition: 14,
    year: 2026,
    series: 'International Conference on Learning Representations',
  },
];
// What the index knows: a numbered AAAI venue, a NeurIPS volume, a labelled workshop and journal.
const KNOWN: DatedVenue[] = [
  {
    venue: {
      name: 'Proceedings of the 38th AAAI Conference on Artificial Intelligence',
      short: 'AAAI 2024',
      kind: 'conference',
    },
    year: 2024,
  },
  {
    venue: {
      name: 'Advances in Neural Information Processing Systems',
      short: 'NeurIPS 2020',
      kind: 'conference',
      volume: '33',
    },
    year: 2020,
  },
  {
    venue: {
      name: 'ICLR 2023 Workshop on Sparsity in Neural Networks',
      short: 'SNN@ICLR 2023',
      kind: 'workshop',
    },
    year: 2023,
  },
  {
    venue: {
      name: 'Transactions on Machine Learning Research',
      short: 'TMLR 2023',
      kind: 'journal',
    },
    year: 2023,
  },
];

function read(published: string, group?: { year: number; kind: string }, arxivYear?: number) {
  return readVenue(
    { published, ...(group ? { group } : {}), date: '2025-06-01' },
    arxivYear,
    EDITIONS,
    KNOWN,
  );
}

describe('readVenue', () => {
  it.each([
    [
      'Proceedings of ICML 2026, the 43rd International Conference on Machine Learning',
      {
        name: 'Proceedings of the 43rd International Conference on Machine Learning',
        short: 'ICML 2026',
        kind: 'conference',
      },
      2026,
    ],
    [
      // The year from the conference numbers in the file's notes.
      'Proceedings of the 41st International Conference on Machine Learning',
      {
        name: 'Proceedings of the 41st International Conference on Machine Learning',
        short: 'ICML 2024',
        kind: 'conference',
      },
      2024,
    ],
    [
      // The year from a numbered venue of the index; honours are not the venue.
      'Proceedings of the 39th AAAI Conference on Artificial Intelligence (Oral)',
      {
        name: 'Proceedings of the 39th AAAI Conference on Artificial Intelligence',
        short: 'AAAI 2025',
        kind: 'conference',
      },
      2025,
    ],
    [
      // NeurIPS is cited by its proceedings' title and volume (the edition less one).
      'Proceedings of NeurIPS 2025, the 39th Conference on Neural Information Processing Systems',
      {
        name: 'Advances in Neural Information Processing Systems',
        short: 'NeurIPS 2025',
        kind: 'conference',
        volume: '38',
      },
      2025,
    ],
    [
      'Proceedings of the 37th Conference on Neural Information Processing Systems, Datasets and Benchmarks track',
      {
        name: 'Advances in Neural Information Processing Systems, Datasets and Benchmarks Track',
        short: 'NeurIPS 2023',
        kind: 'conference',
        volume: '36',
      },
      2023,
    ],
    [
      "ICML'24 Workshop on Advancing Neural Network Training (WANT): Computational Efficiency",
      {
        name: 'ICML 2024 Workshop on Advancing Neural Network Training (WANT): Computational Efficiency',
        short: 'WANT@ICML 2024',
        kind: 'workshop',
      },
      2024,
    ],
    [
      // The label of a venue of the index with this name.
      "ICLR'23 Workshop on Sparsity in Neural Networks",
      {
        name: 'ICLR 2023 Workshop on Sparsity in Neural Networks',
        short: 'SNN@ICLR 2023',
        kind: 'workshop',
      },
      2023,
    ],
    [
      'Bioinformatics, Volume 41, Issue 10, October 2025',
      {
        name: 'Bioinformatics',
        short: 'Bioinformatics 2025',
        kind: 'journal',
        volume: '41',
        issue: '10',
      },
      2025,
    ],
    [
      'Workshop on Split Learning for Distributed Machine Learning (SLDML), 2021',
      {
        name: 'Workshop on Split Learning for Distributed Machine Learning (SLDML)',
        short: 'SLDML 2021',
        kind: 'workshop',
      },
      2021,
    ],
    ['arXiv Preprint', { name: 'arXiv preprint', short: 'arXiv', kind: 'preprint' }, 2024],
  ])('%s', (published, venue, year) => {
    const result = read(published, undefined, 2024);
    expect(result).toMatchObject({ venue, year, unresolved: [] });
    expect(result.venue).toEqual(venue);
  });

  it('takes a journal year from where the list files it, as a weak year', () => {
    expect(
      read('Transactions on Machine Learning Research', { year: 2024, kind: 'conference' }),
    ).toMatchObject({
      venue: { short: 'TMLR 2024', kind: 'journal' },
      year: 2024,
      weakYear: true,
    });
  });

  it('asks for a short label it cannot find, with a stand-in', () => {
    const result = read("NeurIPS'25 Workshop on ML for Systems");
    expect(result.venue).toEqual({
      name: 'NeurIPS 2025 Workshop on ML for Systems',
      short: 'NeurIPS 2025 workshop',
      kind: 'workshop',
    });
    expect(result.unresolved).toEqual([
      'venue: no short label for "NeurIPS 2025 Workshop on ML for Systems"; set venue.short (e.g. "ABC@NeurIPS 2025")',
    ]);
  });

  it('notes a label year the conference number contradicts, and uses the number', () => {
    const result = read(
      'Proceedings of ICML 2023, the 41st International Conference on Machine Learning',
      {
        year: 2024,
        kind: 'conference',
      },
    );
    expect(result.year).toBe(2024);
    expect(result.notes).toEqual([
      '"Proceedings of ICML 2023, the 41st International Conference on Machine Learning": the 41st ICML is 2024, not 2023; 2024 used',
    ]);
  });

  it('notes an entry filed under another year than its venue', () => {
    expect(
      read('Proceedings of the 38th AAAI Conference on Artificial Intelligence', {
        year: 2023,
        kind: 'workshop',
      }).notes,
    ).toEqual([
      '"Proceedings of the 38th AAAI Conference on Artificial Intelligence" is listed under 2023, but is of 2024',
    ]);
  });
});

describe('sameVenue', () => {
  const neurips = (short: string, year = 2023): DatedVenue => ({
    venue: { name: 'Advances in Neural Information Processing Systems', short, kind: 'conference' },
    year,
  });

  it('is the same name or label in the same year, or a label refining the other', () => {
    expect(
      sameVenue(neurips('NeurIPS 2023 D&B'), {
        ...neurips('NeurIPS 2023'),
        venue: { name: 'x', short: 'NeurIPS 2023', kind: 'conference' },
      }),
    ).toBe(true);
    expect(sameVenue(neurips('NeurIPS 2023'), neurips('NeurIPS 2024', 2024))).toBe(false);
    expect(sameVenue(neurips('NeurIPS 2023'), neurips('NeurIPS 2024', 2024), true)).toBe(true);
  });
});

it('ordinal', () => {
  expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 43, 112].map(ordinal)).toEqual([
    '1st',
    '2nd',
    '3rd',
    '4th',
    '11th',
    '12th',
    '13th',
    '21st',
    '22nd',
    '43rd',
    '112th',
  ]);
});
