// A small index written for the import tests ("Example Lab"): a conference paper, a workshop
// paper whose venue a curator corrected, a journal paper with an earlier technical report, a
// workshop paper with an archival conference version, and two preprints.
import type { Author, Paper, PaperList } from '../model';
import { personId } from '../people';

function author(given: string, family: string, person = personId(given, family)): Author {
  return { given, family, person };
}

const BLAKE = author('Charlie', 'Blake');
const ORR = author('Douglas', 'Orr');
const LUSCHI = author('Carlo', 'Luschi');
const MASTERS = author('Dominic', 'Masters');

const papers: Paper[] = [
  {
    id: 'unit-scaling',
    title: 'Unit Scaling: Out-of-the-Box Low-Precision Training',
    altTitles: [],
    abstract: 'We present unit scaling.',
    authors: [BLAKE, ORR, LUSCHI],
    topic: 'low-precision',
    date: '2023-03',
    venue: {
      name: 'Proceedings of the 40th International Conference on Machine Learning',
      short: 'ICML 2023',
      kind: 'conference',
    },
    year: 2023,
    arxiv: [{ id: '2303.11257' }],
    codeUrls: [],
  },
  {
    id: 'fp8-training',
    title: 'Training and inference of large language models using 8-bit floating point',
    altTitles: [],
    abstract: 'FP8 formats are gaining popularity.',
    authors: [
      author('Sergio P.', 'Perez'),
      BLAKE,
      author('Andrew William', 'Fitzgibbon', 'andrew-fitzgibbon'),
    ],
    topic: 'low-precision',
    date: '2023-09',
    venue: {
      name: 'NeurIPS 2023 Workshop on Advancing Neural Network Training (WANT)',
      short: 'WANT@NeurIPS 2023',
      kind: 'workshop',
    },
    year: 2023,
    arxiv: [{ id: '2309.17224' }],
    codeUrls: [],
    curated: ['venue'],
  },
  {
    id: 'u-mup',
    title: 'u-µP: The Unit-Scaled Maximal Update Parametrization',
    altTitles: [],
    abstract: 'The Maximal Update Parametrization (μP).',
    authors: [BLAKE, author('Luke Y.', 'Prince')],
    topic: 'low-precision',
    date: '2024-07',
    venue: {
      name: 'ICML 2024 Workshop on Advancing Neural Network Training (WANT)',
      short: 'WANT@ICML 2024',
      kind: 'workshop',
    },
    year: 2024,
    arxiv: [{ id: '2407.17465' }],
    codeUrls: [],
    archival: {
      venue: {
        name: 'Proceedings of the 13th International Conference on Learning Representations',
        short: 'ICLR 2025',
        kind: 'conference',
      },
      year: 2025,
    },
  },
  {
    id: 'gps-plus-plus',
    title: 'GPS++: Reviving the Art of Message Passing for Molecular Property Prediction',
    altTitles: ['GPS++: An Optimised Hybrid MPNN/Transformer for Molecular Property Prediction'],
    abstract: 'We present GPS++.',
    authors: [MASTERS, author('Kerstin', 'Klaser')],
    topic: 'graph-neural-networks',
    date: '2023-02',
    venue: {
      name: 'Transactions on Machine Learning Research',
      short: 'TMLR 2023',
      kind: 'journal',
    },
    year: 2023,
    arxiv: [
      { id: '2302.02947' },
      {
        id: '2212.02229',
        title: 'GPS++: An Optimised Hybrid MPNN/Transformer for Molecular Property Prediction',
      },
    ],
    codeUrls: [],
  },
  {
    id: 'small-batch-training',
    title: 'Revisiting Small Batch Training for Deep Neural Networks',
    altTitles: [],
    abstract: 'Modern deep neural network training is typically based on mini-batch SGD.',
    authors: [MASTERS, LUSCHI],
    topic: 'efficient-ml',
    date: '2018-04',
    venue: { name: 'arXiv preprint', short: 'arXiv', kind: 'preprint' },
    year: 2018,
    arxiv: [{ id: '1804.07612' }],
    codeUrls: [],
  },
  {
    id: 'sequence-packing',
    title: 'Efficient Sequence Packing without Cross-contamination',
    altTitles: [],
    abstract: 'Effective training of today’s large language models.',
    authors: [author('Mario Michael', 'Krell'), author('Andrew', 'Fitzgibbon')],
    topic: 'efficient-ml',
    date: '2021-06',
    venue: { name: 'arXiv preprint', short: 'arXiv', kind: 'preprint' },
    year: 2021,
    arxiv: [{ id: '2107.02027' }],
    codeUrls: [],
  },
];

/** A fresh copy of the test index. */
export function exampleIndex(): PaperList {
  return structuredClone({
    group: { name: 'Example Lab', url: 'https://example.org/' },
    topics: [
      { id: 'low-precision', name: 'Low Precision' },
      { id: 'graph-neural-networks', name: 'Graph Neural Networks' },
      { id: 'efficient-ml', name: 'Efficient ML' },
    ],
    papers,
  });
}
