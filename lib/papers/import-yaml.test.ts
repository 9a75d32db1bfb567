import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readEditionNotes, readGroupYaml } from './import-yaml';

const fixture = (name: string) =>
  readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');

describe('readGroupYaml', () => {
  it('reads the older layout: each heading is an area', () => {
    const { list, problems } = readGroupYaml(fixture('list-2024.yaml'));
    expect(problems).toEqual([]);
    expect(list.areas.map((a) => a.name)).toEqual([
      'Low Precision',
      'Graph Neural Networks',
      'Efficient ML',
    ]);
    expect(list.papers[0]).toEqual({
      where:
        'entry "u-µP: The Unit-Scaled Maximal Update Parametrization" (under "Low Precision", #1)',
      title: 'u-µP: The Unit-Scaled Maximal Update Parametrization',
      authors: [{ printed: 'Charlie Blake' }, { printed: 'Luke Y. Prince' }],
      areas: ['Low Precision'],
      url: 'https://arxiv.org/abs/2407.17465',
      date: '2024-07-24',
      abstract: 'The Maximal Update Parametrization (μP).',
      published: "ICML'24 Workshop on Advancing Neural Network Training (WANT)",
    });
  });

  it('reads the newer layout: areas, then years in the file order, then kinds', () => {
    const { list, problems } = readGroupYaml(fixture('list-2026.yml'));
    expect(problems).toEqual([]);
    expect(list.areas).toEqual([
      { id: 'low-precision', name: 'Low Precision' },
      { id: 'gnns', name: 'Graph Learning' },
      { id: 'general-ml', name: 'General ML' },
    ]);
    expect(list.papers.map((p) => `${p.group?.year} ${p.group?.kind}`)).toEqual([
      '2026 conference',
      '2026 workshop',
      '2025 conference',
      '2023 conference',
      '2023 conference',
      '2023 workshop',
      '2022 workshop',
      '2020 conference',
      '2018 workshop',
    ]);
    expect(list.editions).toEqual([
      {
        acronym: 'ICLR',
        edition: 14,
        year: 2026,
        series: 'International Conference on Learning Representations',
      },
      {
        acronym: 'ICML',
        edition: 43,
        year: 2026,
        series: 'International Conference on Machine Learning',
      },
    ]);
  });

  it('names unknown fields and entries that are not maps; the icon is display only', () => {
    const yaml =
      'areas:\n  a: "A"\npapers:\n  2026:\n    workshop:\n      - title: "X"\n        venue: "Y"\n        icon: fa-medal\n      - "just text"\n';
    expect(readGroupYaml(yaml).problems).toEqual([
      'entry "X" (2026 workshop, #1): unknown field "venue"',
      'entry 2026 workshop, #2: is not a map of title, url, authors …',
    ]);
  });

  it('names a file that is not a map of lists', () => {
    expect(readGroupYaml('- a\n- b\n').problems).toEqual([
      'YAML: the file is not a map of topics or of areas and papers',
    ]);
    expect(readGroupYaml('"Low Precision": "none"\n').problems).toEqual([
      'under "Low Precision": is not a list of entries',
    ]);
  });

  it('reports a key given twice', () => {
    expect(readGroupYaml('"A":\n  - title: "X"\n"A":\n  - title: "Y"\n').problems).toEqual([
      expect.stringMatching(/^YAML: Map keys must be unique at line 3, column 1$/),
    ]);
  });
});

it('readEditionNotes reads the conference numbers under their year', () => {
  expect(
    readEditionNotes(
      '# Conference numbers (2026):\n#   NeurIPS = 40th    | Proceedings of the 40th Conference on Neural Information Processing Systems\n',
    ),
  ).toEqual([
    {
      acronym: 'NeurIPS',
      edition: 40,
      year: 2026,
      series: 'Conference on Neural Information Processing Systems',
    },
  ]);
});
