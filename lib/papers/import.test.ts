import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { buildDetectionIndex } from '../matching/detection-index';
import { normalizeTitle } from '../matching/normalize-title';
import { exampleIndex } from './__fixtures__/index';
import { checkPaperList, unresolvedProblems } from './check';
import { importList, paperIdFromTitle, type ImportResult } from './import';
import { readBibtex } from './import-bibtex';
import { readGroupPage } from './import-page';
import { formatImportReport } from './import-report';
import { readGroupYaml } from './import-yaml';
import { PaperListSchema, type Paper, type PaperList } from './model';

const fixture = (name: string) =>
  readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');
const LIST_2024 = fixture('list-2024.yaml');
const LIST_2026 = fixture('list-2026.yml');

function imported(result: ImportResult): Extract<ImportResult, { problems: [] }> {
  expect(result.problems).toEqual([]);
  if (!result.list) throw new Error('no list');
  // Whatever the import writes is a valid, consistent index.
  expect(v.safeParse(PaperListSchema, result.list).issues).toBeUndefined();
  expect(checkPaperList(result.list)).toEqual([]);
  return result;
}

function paper(list: PaperList, id: string): Paper {
  const found = list.papers.find((p) => p.id === id);
  if (!found) throw new Error(`no paper ${id}`);
  return found;
}

const from2024 = () =>
  imported(importList(exampleIndex(), readGroupYaml(LIST_2024), { source: 'list-2024.yaml' }));
const from2026 = (topicOf?: Record<string, string>) =>
  imported(
    importList(from2024().list, readGroupYaml(LIST_2026), {
      source: 'list-2026.yml',
      ...(topicOf ? { topicOf } : {}),
    }),
  );

describe('importList, older layout (topic headings)', () => {
  it('adds a new paper with an id from its title and every fact the entry gives', () => {
    const { list, report } = from2024();
    expect(list.papers.map((p) => p.id)).toEqual([
      'u-mup',
      'fp8-training',
      'unit-scaling',
      'gps-plus-plus',
      'bundle-adjustment',
      'sequence-packing',
      'small-batch-training',
    ]);
    expect(paper(list, 'bundle-adjustment')).toMatchObject({
      title: 'Bundle Adjustment on a Graph Processor',
      authors: [
        { given: 'Joseph', family: 'Ortiz', person: 'joseph-ortiz' },
        { given: 'Mark', family: 'Pupilli', person: 'mark-pupilli' },
        { given: 'Andrew J.', family: 'Davison', person: 'andrew-davison' },
      ],
      topic: 'efficient-ml',
      date: '2020-03',
      year: 2020,
      venue: {
        name: 'Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition',
        kind: 'conference',
      },
      arxiv: [{ id: '2003.03134' }],
    });
    expect(report.added).toEqual([
      expect.objectContaining({
        id: 'bundle-adjustment',
        title: 'Bundle Adjustment on a Graph Processor',
      }),
    ]);
  });

  it('leaves what it cannot decide as unresolved lines, which npm run data refuses', () => {
    const { list } = from2024();
    expect(paper(list, 'bundle-adjustment').unresolved).toEqual([
      'venue: no short label for "Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition"; set venue.short (e.g. "ABC 2020")',
      'sentenceCaseTitle: "Bundle adjustment on a graph processor" was derived from the title by rule; check it (proper nouns and names keep their capitals, the word after a colon is lower-case unless it is one), then remove this line',
    ]);
    expect(paper(list, 'bundle-adjustment').sentenceCaseTitle).toBe(
      'Bundle adjustment on a graph processor',
    );
    expect(unresolvedProblems(list).filter((line) => !line.includes('sentenceCaseTitle'))).toEqual([
      expect.stringMatching(/^paper "bundle-adjustment": unresolved: venue: no short label/),
    ]);
  });

  it('suggests a sentence-case title where a paper has none and asks to check it; keeps a curated one', () => {
    // The example index predates sentence-case titles: each known paper gets a suggestion too.
    const { list, report } = from2024();
    expect(list.papers.every((p) => p.sentenceCaseTitle !== undefined)).toBe(true);
    expect(paper(list, 'u-mup').sentenceCaseTitle).toBe(
      'u-µP: the unit-scaled maximal update parametrization',
    );
    expect(report.unresolved.filter((q) => q.line.startsWith('sentenceCaseTitle: '))).toHaveLength(
      list.papers.length,
    );
    expect(formatImportReport(report)).toMatch(
      /\n {2}\d+ papers whose suggested sentence-case title needs checking: /,
    );
    const curated = {
      ...list,
      papers: list.papers.map((p) => {
        const { unresolved: _drop, ...rest } = p;
        return p.id === 'u-mup'
          ? { ...rest, sentenceCaseTitle: 'u-µP: The unit-scaled MUP' }
          : rest;
      }),
    };
    const again = importList(curated, readGroupYaml(LIST_2024), { source: 'list-2024.yaml' });
    expect(again.list && paper(again.list, 'u-mup').sentenceCaseTitle).toBe(
      'u-µP: The unit-scaled MUP',
    );
    expect(again.report?.unresolved.filter((q) => q.id === 'u-mup')).toEqual([]);
  });

  it('keeps a curated venue and reports what the list says', () => {
    const { list, report } = from2024();
    expect(paper(list, 'fp8-training').venue.short).toBe('WANT@NeurIPS 2023');
    expect(report.kept).toEqual([
      'fp8-training: curated venue WANT@NeurIPS 2023 (the list says WANT@ICML 2023)',
    ]);
    expect(report.changed).toEqual([]);
  });

  it('changes nothing when imported twice', () => {
    const { list } = from2024();
    const again = imported(importList(list, readGroupYaml(LIST_2024), { source: 'again' }));
    expect(again.list).toEqual(list);
    expect(again.report.added).toEqual([]);
    expect(again.report.changed).toEqual([]);
    expect(formatImportReport(again.report)).toContain(
      'No changes: the index already holds the list.',
    );
  });
});

describe('importList, newer layout (areas, papers by year and kind)', () => {
  it("adds new papers, the venue read with the file's conference numbers", () => {
    const { list } = from2026({ gnns: 'graph-neural-networks' });
    expect(paper(list, '1-bit-wonder')).toMatchObject({
      venue: {
        name: 'Proceedings of the 43rd International Conference on Machine Learning',
        short: 'ICML 2026',
        kind: 'conference',
      },
      year: 2026,
      date: '2026-02',
      topic: 'low-precision',
      codeUrls: ['https://github.com/example-lab/one-bit'],
    });
  });

  it('takes the OpenReview id of an OpenReview link, and asks for an arXiv id', () => {
    const { list, report } = from2026();
    const hrm = paper(list, 'train-your-hrm');
    expect(hrm.openreviewId).toBe('vlh0YAVdkF');
    expect(hrm.arxiv).toEqual([]);
    expect(hrm.unresolved).toContain(
      'arxiv: no arXiv id (the list links OpenReview); add it if the paper is on arXiv',
    );
    expect(formatImportReport(report)).toContain('1 new paper without an arXiv id: train-your-hrm');
  });

  it('gives a new spelling of a known person the known id, and says so', () => {
    const { list, report } = from2026();
    expect(paper(list, 'train-your-hrm').authors[1]).toEqual({
      given: 'Luke Yuri',
      family: 'Prince',
      person: 'luke-prince',
    });
    expect(report.people).toEqual([
      'train-your-hrm: "Luke Yuri Prince" taken as luke-prince (printed "Luke Y. Prince" before)',
    ]);
  });

  it('renames a known paper, keeping the old title as an alternative title and its id', () => {
    const { list, report } = from2026();
    const renamed = paper(list, 'small-batch-training');
    expect(renamed.title).toBe('Revisiting Small Batch Training for Deep Networks');
    expect(renamed.altTitles).toEqual(['Revisiting Small Batch Training for Deep Neural Networks']);
    expect(report.changed).toContain(
      'small-batch-training: title "Revisiting Small Batch Training for Deep Neural Networks" → "Revisiting Small Batch Training for Deep Networks" (the old title kept as an alternative title)',
    );
  });

  it('applies changed authors and topics', () => {
    const { list, report } = from2026();
    expect(paper(list, 'unit-scaling').authors.map((a) => a.person)).toEqual([
      'charlie-blake',
      'douglas-orr',
      'carlo-luschi',
      'andrew-fitzgibbon',
    ]);
    expect(report.changed).toContain('unit-scaling: authors + Andrew Fitzgibbon');
    expect(paper(list, 'small-batch-training').topic).toBe('general-ml');
  });

  it('keeps the listed version when the list now shows the archival one', () => {
    const { list, report } = from2026();
    expect(paper(list, 'u-mup')).toMatchObject({
      venue: { short: 'WANT@ICML 2024' },
      year: 2024,
      archival: { venue: { short: 'ICLR 2025' } },
    });
    expect(report.kept).toContain(
      'u-mup: venue WANT@ICML 2024 (the list now shows the archival version, ICLR 2025, which citations use)',
    );
  });

  it('merges an earlier version listed on its own into its paper, once', () => {
    const { list, report } = from2026();
    const gps = list.papers.filter((p) => p.arxiv.some((a) => a.id === '2212.02229'));
    expect(gps.map((p) => p.id)).toEqual(['gps-plus-plus']);
    expect(list.papers.filter((p) => p.title.startsWith('GPS++'))).toHaveLength(1);
    expect(report.merged).toEqual([
      'entry "GPS++: An Optimised Hybrid MPNN/Transformer for Molecular Property Prediction" (2022 workshop, #1) is an earlier version of gps-plus-plus: arXiv 2212.02229 and its title were already recorded; not added as a paper',
    ]);
    // Detection finds the paper under either title; one paper means one citation.
    const detection = buildDetectionIndex(list.papers);
    const position = detection.ids.indexOf('gps-plus-plus');
    expect(
      detection.titles[
        normalizeTitle(
          'GPS++: An Optimised Hybrid MPNN/Transformer for Molecular Property Prediction',
        )
      ],
    ).toBe(position);
    expect(
      detection.titles[
        normalizeTitle(
          'GPS++: Reviving the Art of Message Passing for Molecular Property Prediction',
        )
      ],
    ).toBe(position);
  });

  it('adds the title of an earlier version the index knew only by its arXiv id', () => {
    const index = exampleIndex();
    const gps = paper(index, 'gps-plus-plus');
    gps.arxiv = [{ id: '2302.02947' }, { id: '2212.02229' }];
    gps.altTitles = [];
    const { list, report } = imported(
      importList(index, readGroupYaml(LIST_2026), { source: 'list-2026.yml' }),
    );
    expect(paper(list, 'gps-plus-plus')).toMatchObject({
      arxiv: [
        { id: '2302.02947' },
        {
          id: '2212.02229',
          title: 'GPS++: An Optimised Hybrid MPNN/Transformer for Molecular Property Prediction',
        },
      ],
      altTitles: ['GPS++: An Optimised Hybrid MPNN/Transformer for Molecular Property Prediction'],
    });
    expect(report.merged[0]).toMatch(
      /is an earlier version of gps-plus-plus: added the title of arXiv 2212\.02229 and its title as an alternative title/,
    );
  });

  it('keeps and reports a paper the list no longer has', () => {
    const { list, report } = from2026();
    expect(paper(list, 'sequence-packing').topic).toBe('efficient-ml');
    expect(report.missing).toEqual([
      { id: 'sequence-packing', title: 'Efficient Sequence Packing without Cross-contamination' },
    ]);
    // Its topic stays while a kept paper needs it.
    expect(list.topics.map((t) => t.id)).toContain('efficient-ml');
  });

  it('follows the areas: a renamed area keeps its topic id when told, a new area is a new topic', () => {
    const { list, report } = from2026({ gnns: 'graph-neural-networks' });
    expect(list.topics).toEqual([
      { id: 'low-precision', name: 'Low Precision' },
      { id: 'graph-neural-networks', name: 'Graph Learning' },
      { id: 'general-ml', name: 'General ML' },
      { id: 'efficient-ml', name: 'Efficient ML' },
    ]);
    expect(report.topics).toEqual([
      'topic graph-neural-networks renamed "Graph Neural Networks" → "Graph Learning"',
      'new topic general-ml "General ML"',
    ]);
  });

  it('without being told, makes a renamed area a new topic and suggests keeping the id', () => {
    const { list, report } = from2026();
    expect(list.topics.map((t) => t.id)).toEqual([
      'low-precision',
      'graph-learning',
      'general-ml',
      'efficient-ml',
    ]);
    expect(paper(list, 'gps-plus-plus').topic).toBe('graph-learning');
    expect(report.topics).toContain(
      '  all its papers are in the new topic "Graph Learning": if that is "Graph Neural Networks" renamed, import with --topic gnns=graph-neural-networks to keep the id',
    );
  });

  it('refuses a --topic naming no topic of the index', () => {
    const result = importList(from2024().list, readGroupYaml(LIST_2026), {
      source: 'list-2026.yml',
      topicOf: { gnns: 'graphs' },
    });
    expect(result.problems).toEqual(['--topic gnns=graphs: the index has no topic "graphs"']);
  });

  it('prints a readable summary', () => {
    const text = formatImportReport(from2026({ gnns: 'graph-neural-networks' }).report);
    expect(text.split('\n').slice(0, 6)).toEqual([
      'Imported list-2026.yml, read as group YAML (areas; papers by year and kind): 9 entries.',
      '',
      '2 new papers:',
      '  1-bit-wonder: "1-Bit Wonder: Improving QAT Performance in the Low-Bit Regime through K-Means Quantization" (ICML 2026)',
      '  train-your-hrm: "How to Train Your HRM" (ICLR 2026 workshop)',
      '',
    ]);
    expect(text).toContain('1 paper of the index not in the list (kept):');
  });
});

describe('importList, malformed lists', () => {
  const problems = (yaml: string) =>
    importList(exampleIndex(), readGroupYaml(yaml), { source: 'broken.yml' }).problems;
  const entry = (fields: string) =>
    `areas:\n  general-ml: "General ML"\npapers:\n  2026:\n    workshop:\n      - ${fields}\n`;

  it('names the line and column of broken YAML', () => {
    expect(problems(LIST_2026.replace('area: [low-precision]', 'area: [low-precision'))).toEqual([
      expect.stringMatching(/^YAML: .* at line \d+, column \d+$/),
    ]);
  });

  it('names an entry without authors, and changes nothing', () => {
    const index = exampleIndex();
    const result = importList(
      index,
      readGroupYaml(LIST_2026.replace('authors: "Sohir Maskey, Douglas Orr"', 'authors: ""')),
      { source: 'broken.yml' },
    );
    expect(result).toEqual({
      problems: [
        'entry "1-Bit Wonder: Improving QAT Performance in the Low-Bit Regime through K-Means Quantization" (2026 conference, #1): has no authors',
      ],
    });
    expect(index).toEqual(exampleIndex());
  });

  it('names both entries of a title listed twice', () => {
    const twice = LIST_2026.replace(
      'title: "Revisiting Small Batch Training for Deep Networks"',
      'title: "How to Train Your HRM"',
    );
    expect(problems(twice)).toEqual([
      'entry "How to Train Your HRM" (2018 workshop, #1): has the same title as entry "How to Train Your HRM" (2026 workshop, #1)',
    ]);
  });

  it('refuses a new paper whose link is neither arXiv nor OpenReview', () => {
    expect(
      problems(
        entry(
          'title: "X"\n        url: https://example.org/x.pdf\n        authors: "A B"\n        area: [general-ml]',
        ),
      ),
    ).toEqual([
      'entry "X" (2026 workshop, #1): url "https://example.org/x.pdf" is neither an arXiv abstract (https://arxiv.org/abs/<id>) nor an OpenReview paper, and the paper is new: link its arXiv or OpenReview page',
    ]);
  });

  it('takes another link of a known paper as its proceedings page', () => {
    const yaml = LIST_2026.replace(
      'url: https://arxiv.org/abs/2303.11257',
      'url: https://www.example.org/unit-scaling.pdf',
    );
    const { list, report } = imported(
      importList(from2024().list, readGroupYaml(yaml), { source: 'list.yml' }),
    );
    expect(paper(list, 'unit-scaling').proceedingsUrl).toBe(
      'https://www.example.org/unit-scaling.pdf',
    );
    expect(report.changed).toContain(
      'unit-scaling: proceedings URL https://www.example.org/unit-scaling.pdf added',
    );
  });

  const ONE_BIT =
    'entry "1-Bit Wonder: Improving QAT Performance in the Low-Bit Regime through K-Means Quantization" (2026 conference, #1)';
  it.each([
    [
      'not a web address',
      'url: https://arxiv.org/abs/2602.15563',
      'url: arxiv 2602.15563',
      'url "arxiv 2602.15563" is not a web address',
    ],
    [
      'an arXiv link without an id',
      'url: https://arxiv.org/abs/2602.15563',
      'url: https://arxiv.org/list/cs.LG/recent',
      'url "https://arxiv.org/list/cs.LG/recent" is neither an arXiv abstract (https://arxiv.org/abs/<id>) nor an OpenReview paper',
    ],
    [
      'a date that is not one',
      'date: 2026-02-17',
      'date: 17 February 2026',
      'date "17 February 2026" is not a date (YYYY-MM-DD)',
    ],
  ])('names the entry with %s', (_what, from, to, message) => {
    expect(problems(LIST_2026.replace(from, to))).toEqual([`${ONE_BIT}: ${message}`]);
  });

  it('names odd encodings: mojibake and lost characters', () => {
    const yaml = LIST_2026.replace('Sohir Maskey', 'SÃ¶hir Maskey').replace(
      'Sam Olesker-Taylor',
      'Sam Olesker\ufffdTaylor',
    );
    expect(problems(yaml)).toEqual([
      expect.stringMatching(
        /^entry "1-Bit Wonder.*: "SÃ¶hir Maskey" holds "Ã¶", UTF-8 read as Latin-1/,
      ),
      expect.stringMatching(/^entry "How to Train Your HRM".*holds "\ufffd", a character lost/),
    ]);
  });

  it('names an area the list does not declare', () => {
    expect(problems(LIST_2026.replace('area: [gnns]', 'area: [graphs]'))).toEqual([
      'entry "GPS++: Reviving the Art of Message Passing for Molecular Property Prediction" (2023 conference, #2): area "graphs" is not one of the list\'s areas',
    ]);
  });

  it('names an entry that is two papers of the index', () => {
    const yaml = LIST_2026.replace(
      'url: https://arxiv.org/abs/2303.11257',
      'url: https://arxiv.org/abs/2309.17224',
    );
    expect(problems(yaml)).toEqual([
      'entry "Unit Scaling: Out-of-the-Box Low-Precision Training" (2023 conference, #1): is two papers of the index, "unit-scaling" (by title) and "fp8-training" (by arxiv)',
    ]);
  });
});

describe('importList, other formats', () => {
  it('reads the page text: known papers by title, new ones without identifiers', () => {
    const { list, report } = imported(
      importList(exampleIndex(), readGroupPage(fixture('list.txt')), { source: 'list.txt' }),
    );
    expect(report.added.map((a) => a.id)).toEqual(['elucidating-design-space']);
    expect(report.changed).toEqual([]);
    expect(paper(list, 'elucidating-design-space')).toMatchObject({
      venue: { kind: 'preprint' },
      year: 2025,
      date: '2025-09',
      authors: [
        { person: 'robert-hu' },
        { person: 'carlo-luschi' },
        { given: 'Paul', family: 'Balança', person: 'paul-balanca' },
      ],
      unresolved: [
        'arxiv: no arXiv id; add it if the paper is on arXiv',
        expect.stringMatching(/^sentenceCaseTitle: /),
      ],
    });
  });

  it('reads BibTeX: venue details, DOI, the split of names, and asks for a missing topic', () => {
    const { list, report } = imported(
      importList(exampleIndex(), readBibtex(fixture('list.bib')), { source: 'list.bib' }),
    );
    expect(report.changed).toEqual([]);
    expect(paper(list, 'popsparse')).toMatchObject({
      title: 'PopSparse: Accelerated block sparse matrix multiplication on IPU',
      authors: [
        { given: 'Zhiyi', family: 'Li' },
        { given: 'Godfrey', family: 'Da costa', person: 'godfrey-da-costa' },
        { given: 'Kerstin', family: 'Kläser', person: 'kerstin-klaser' },
      ],
      doi: '10.48550/arxiv.2303.16999',
      arxiv: [{ id: '2303.16999' }],
      venue: { name: 'ICLR 2023 Workshop on Sparsity in Neural Networks', kind: 'workshop' },
      topic: 'sparsity',
    });
    expect(paper(list, 'optimal-formats')).toMatchObject({
      venue: { kind: 'preprint' },
      arxiv: [{ id: '2505.12988' }],
      date: '2025-05',
      unresolved: [
        'topic: the list gives none; set one of the topics',
        expect.stringMatching(/^sentenceCaseTitle: /),
      ],
    });
  });
});

describe('paperIdFromTitle', () => {
  it.each([
    ['SparQ Attention: Bandwidth-Efficient LLM Inference', 'sparq-attention'],
    ['u-µP: The Unit-Scaled Maximal Update Parametrization', 'u-mup'],
    ['1-Bit Wonder: Improving QAT Performance in the Low-Bit Regime', '1-bit-wonder'],
    ['Approximate Top-k for Increased Parallelism', 'approximate-top-k'],
    ['How to Train Your HRM', 'train-your-hrm'],
    ['Variational Entropy Search is Just 1D Regression', 'variational-entropy-search'],
    ['Bundle Adjustment on a Graph Processor', 'bundle-adjustment'],
  ])('%s → %s', (title, id) => {
    expect(paperIdFromTitle(title)).toBe(id);
  });
});
