// Papers for the citation tests, copied from data/papers.json (abstracts shortened) so that the
// expected strings do not move when the index is edited.
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { PaperListSchema, type Author, type Paper, type PaperList } from '../papers/model';

function author(given: string, family: string): Author {
  const person = `${given}-${family}`
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-');
  return { given, family, person };
}

const common: Pick<Paper, 'altTitles' | 'abstract' | 'codeUrls'> = {
  altTitles: [],
  abstract: 'Abstract.',
  codeUrls: [],
};

/** Conference paper in PMLR, with series, volume, pages and publisher. */
export const unitScaling: Paper = {
  ...common,
  id: 'unit-scaling',
  title: 'Unit Scaling: Out-of-the-Box Low-Precision Training',
  sentenceCaseTitle: 'Unit scaling: out-of-the-box low-precision training',
  authors: [author('Charlie', 'Blake'), author('Douglas', 'Orr'), author('Carlo', 'Luschi')],
  topic: 'low-precision',
  date: '2023-03',
  venue: {
    name: 'Proceedings of the 40th International Conference on Machine Learning',
    short: 'ICML 2023',
    kind: 'conference',
    series: 'Proceedings of Machine Learning Research',
    volume: '202',
    pages: '2548--2576',
    publisher: 'PMLR',
  },
  year: 2023,
  arxiv: [{ id: '2303.11257' }],
  openreviewId: 'A8HOsNfish',
  proceedingsUrl: 'https://proceedings.mlr.press/v202/blake23a.html',
};

/** Workshop paper without proceedings; its landing page is the OpenReview forum. */
export const scalify: Paper = {
  ...common,
  id: 'scalify',
  title: 'Scalify: scale propagation for efficient low-precision LLM training',
  sentenceCaseTitle: 'Scalify: scale propagation for efficient low-precision LLM training',
  authors: [
    author('Paul', 'Balança'),
    author('Sam', 'Hosegood'),
    author('Carlo', 'Luschi'),
    author('Andrew', 'Fitzgibbon'),
  ],
  topic: 'low-precision',
  date: '2024-07',
  venue: {
    name: 'ICML 2024 Workshop on Advancing Neural Network Training (WANT): Computational Efficiency, Scalability, and Resource Optimization',
    short: 'WANT@ICML 2024',
    kind: 'workshop',
  },
  year: 2024,
  arxiv: [{ id: '2407.17353' }],
  openreviewId: '4IWCHWlb6K',
  proceedingsUrl: 'https://openreview.net/forum?id=4IWCHWlb6K',
};

const kgAuthors = [
  author('Alberto', 'Cattaneo'),
  author('Stephen', 'Bonner'),
  author('Thomas', 'Martynec'),
  author('Carlo', 'Luschi'),
  author('Ian P', 'Barrett'),
  author('Daniel', 'Justus'),
];

/** Workshop paper whose archival version is a journal article with its own title and authors. */
export const kgGraphTopology: Paper = {
  ...common,
  id: 'kg-graph-topology',
  title:
    'The Role of Graph Topology in the Performance of Biomedical Knowledge Graph Completion Models',
  sentenceCaseTitle:
    'The role of graph topology in the performance of biomedical Knowledge Graph Completion models',
  authors: kgAuthors,
  topic: 'graph-neural-networks',
  date: '2024-09',
  venue: {
    name: 'ICML 2024 Workshop on Machine Learning for Life and Material Science: From Theory to Industry applications',
    short: 'ML4LMS@ICML 2024',
    kind: 'workshop',
  },
  year: 2024,
  arxiv: [{ id: '2409.04103' }],
  doi: '10.1093/bioinformatics/btaf547',
  archival: {
    venue: {
      name: 'Bioinformatics',
      short: 'Bioinformatics 2025',
      kind: 'journal',
      volume: '41',
      issue: '10',
      articleNumber: 'btaf547',
    },
    year: 2025,
    title:
      'The role of graph topology in the performance of biomedical Knowledge Graph Completion models',
    sentenceCaseTitle:
      'The role of graph topology in the performance of biomedical Knowledge Graph Completion models',
    authors: [...kgAuthors.slice(0, 3), author('Edward', 'Morrissey'), ...kgAuthors.slice(3)],
    doi: '10.1093/bioinformatics/btaf547',
  },
};

/** arXiv preprint. */
export const smallBatchTraining: Paper = {
  ...common,
  id: 'small-batch-training',
  title: 'Revisiting Small Batch Training for Deep Neural Networks',
  sentenceCaseTitle: 'Revisiting small batch training for deep neural networks',
  authors: [author('Dominic', 'Masters'), author('Carlo', 'Luschi')],
  topic: 'efficient-ml',
  date: '2018-04',
  venue: { name: 'arXiv preprint', short: 'arXiv', kind: 'preprint' },
  year: 2018,
  arxiv: [{ id: '1804.07612' }],
};

/** TMLR journal paper with two arXiv records, the second an earlier report with another title. */
export const gpsPlusPlus: Paper = {
  ...common,
  id: 'gps-plus-plus',
  title: 'GPS++: Reviving the Art of Message Passing for Molecular Property Prediction',
  sentenceCaseTitle: 'GPS++: reviving the art of message passing for molecular property prediction',
  authors: [author('Dominic', 'Masters'), author('Josef', 'Dean'), author('Ladislav', 'Rampášek')],
  topic: 'graph-neural-networks',
  date: '2023-02',
  venue: { name: 'Transactions on Machine Learning Research', short: 'TMLR 2023', kind: 'journal' },
  year: 2023,
  arxiv: [
    { id: '2302.02947' },
    {
      id: '2212.02229',
      title: 'GPS++: An Optimised Hybrid MPNN/Transformer for Molecular Property Prediction',
    },
  ],
};

/**
 * Workshop paper cited through its later conference version, which prints its title with the
 * Greek μ (the list has the micro sign µ) and the authors' names as the proceedings do.
 */
export const uMuP: Paper = {
  ...common,
  id: 'u-mup',
  title: 'u-µP: The Unit-Scaled Maximal Update Parametrization',
  sentenceCaseTitle: 'u-µP: the unit-scaled maximal update parametrization',
  authors: [
    author('Charlie', 'Blake'),
    author('Constantin', 'Eichenberg'),
    author('Douglas', 'Orr'),
  ],
  topic: 'low-precision',
  date: '2024-07',
  venue: {
    name: 'ICML 2024 Workshop on Advancing Neural Network Training (WANT): Computational Efficiency, Scalability, and Resource Optimization',
    short: 'WANT@ICML 2024',
    kind: 'workshop',
  },
  year: 2024,
  arxiv: [{ id: '2407.17465', title: 'u-μP: The Unit-Scaled Maximal Update Parametrization' }],
  openreviewId: 'P7KRIiLM8T',
  archival: {
    venue: {
      name: 'Proceedings of the 13th International Conference on Learning Representations',
      short: 'ICLR 2025',
      kind: 'conference',
    },
    year: 2025,
    title: 'u-\u03bcP: The Unit-Scaled Maximal Update Parametrization',
    sentenceCaseTitle: 'u-\u03bcP: the unit-scaled maximal update parametrization',
    authors: [
      { given: 'Charles', family: 'Blake', person: 'charlie-blake' },
      author('Constantin', 'Eichenberg'),
      author('Douglas', 'Orr'),
    ],
    url: 'https://proceedings.iclr.cc/paper_files/paper/2025/hash/e3130a164f5c724e37271b93bc76dd28-Abstract-Conference.html',
  },
};

/** The project's real index, data/papers.json, read through the schema. */
export function realIndex(): PaperList {
  const json: unknown = JSON.parse(
    readFileSync(new URL('../../data/papers.json', import.meta.url), 'utf8'),
  );
  return v.parse(PaperListSchema, json);
}
