import { describe, expect, it } from 'vitest';
import {
  CITATION_FORMATS,
  COPY_FORMATS,
  DEFAULT_CITATION_FORMAT,
  citedWork,
  formatCitation,
  isCitationFormat,
  isCopyFormat,
  joinInText,
  renderCitations,
} from './index';
import {
  gpsPlusPlus,
  kgGraphTopology,
  realIndex,
  scalify,
  smallBatchTraining,
  uMuP,
  unitScaling,
} from './test-fixtures';

describe('CITATION_FORMATS', () => {
  it('lists BibTeX first and is the default', () => {
    expect(CITATION_FORMATS[0]).toEqual({ id: 'bibtex', label: 'BibTeX' });
    expect(DEFAULT_CITATION_FORMAT).toBe('bibtex');
    expect(CITATION_FORMATS.map((format) => format.id)).toEqual([
      'bibtex',
      'biblatex',
      'apa',
      'mla',
      'chicago',
      'ieee',
      'harvard',
      'vancouver',
      'ris',
      'csl-json',
      'plain',
      'markdown',
    ]);
    expect(isCitationFormat('apa')).toBe(true);
    expect(isCitationFormat('turabian')).toBe(false);
  });

  it('are followed in the copy menu by the in-text forms, which are no default format', () => {
    expect(COPY_FORMATS.slice(CITATION_FORMATS.length)).toEqual([
      { id: 'cite', label: '\\cite{…}', inText: true },
      { id: 'citep', label: '\\citep{…}', inText: true },
      { id: 'citet', label: '\\citet{…}', inText: true },
      { id: 'cite-key', label: 'Citation key', inText: true },
      { id: 'in-text', label: 'In-text (Author, year)', inText: true },
    ]);
    expect(isCopyFormat('citep')).toBe(true);
    expect(isCitationFormat('citep')).toBe(false);
  });
});

describe('in-text forms', () => {
  it('give the key in LaTeX commands and the APA citation of the cited version', () => {
    expect(formatCitation(uMuP, 'citep').text).toBe('\\citep{blake2024umup}');
    expect(formatCitation(uMuP, 'cite').text).toBe('\\cite{blake2024umup}');
    expect(formatCitation(uMuP, 'citet').text).toBe('\\citet{blake2024umup}');
    expect(formatCitation(uMuP, 'cite-key').text).toBe('blake2024umup');
    // The year of the cited (ICLR 2025) version, not the key's.
    expect(formatCitation(uMuP, 'in-text').text).toBe('(Blake et al., 2025)');
    expect(formatCitation(unitScaling, 'in-text').text).toBe('(Blake et al., 2023)');
    expect(formatCitation(smallBatchTraining, 'in-text').text).toBe('(Masters & Luschi, 2018)');
  });

  it('join several papers as an author writes them', () => {
    const papers = [
      { key: 'orr2024a', inText: '(Orr et al., 2024)' },
      { key: 'blake2023unit', inText: '(Blake et al., 2023)' },
    ];
    expect(joinInText('cite', papers)).toBe('\\cite{orr2024a,blake2023unit}');
    expect(joinInText('citep', papers)).toBe('\\citep{orr2024a,blake2023unit}');
    expect(joinInText('citet', papers)).toBe('\\citet{orr2024a,blake2023unit}');
    expect(joinInText('cite-key', papers)).toBe('orr2024a,blake2023unit');
    // APA 7 (8.12): alphabetical, separated by semicolons, in one pair of parentheses.
    expect(joinInText('in-text', papers)).toBe('(Blake et al., 2023; Orr et al., 2024)');
  });
});

describe('citedWork', () => {
  it('takes the archival version with its own title, authors, year, venue and DOI', () => {
    const work = citedWork(kgGraphTopology);
    expect(work.archival).toBe(true);
    expect(work.venue.name).toBe('Bioinformatics');
    expect(work.year).toBe(2025);
    expect(work.title).toBe(kgGraphTopology.archival?.title);
    expect(work.authors).toHaveLength(7);
    expect(work.doi).toBe('10.1093/bioinformatics/btaf547');
    expect(work.url).toBeUndefined();
  });

  it("takes the archival version's own title and names, and the listed ones where it has none", () => {
    const work = citedWork(uMuP);
    expect(work.title).toBe('u-\u03bcP: The Unit-Scaled Maximal Update Parametrization');
    expect(work.sentenceCaseTitle).toBe(
      'u-\u03bcP: the unit-scaled maximal update parametrization',
    );
    expect(work.authors.map((a) => `${a.given} ${a.family}`)).toEqual([
      'Charles Blake',
      'Constantin Eichenberg',
      'Douglas Orr',
    ]);
    const {
      title: _t,
      sentenceCaseTitle: _s,
      authors: _a,
      ...bare
    } = uMuP.archival ?? {
      venue: uMuP.venue,
      year: 2025,
    };
    const listed = citedWork({ ...uMuP, archival: bare });
    expect(listed.title).toBe(uMuP.title);
    expect(listed.sentenceCaseTitle).toBe(uMuP.sentenceCaseTitle);
    expect(listed.authors).toBe(uMuP.authors);
    expect(work.url).toMatch(/^https:\/\/proceedings\.iclr\.cc\//);
    expect(work.arxiv?.id).toBe('2407.17465');
  });

  it('links the listed version to proceedings, else arXiv', () => {
    expect(citedWork(unitScaling).url).toBe('https://proceedings.mlr.press/v202/blake23a.html');
    const { proceedingsUrl: _drop, ...noProceedings } = scalify;
    // A workshop's OpenReview forum is not its proceedings (it may be a rejected submission).
    expect(citedWork(noProceedings).url).toBe('https://arxiv.org/abs/2407.17353');
    expect(citedWork(gpsPlusPlus).url).toBe('https://arxiv.org/abs/2302.02947');
  });

  it('links ICLR and TMLR papers to their OpenReview forum, their proceedings', () => {
    const { proceedingsUrl: _drop, ...noProceedings } = scalify;
    const atIclr = { ...noProceedings, venue: { ...scalify.venue, short: 'ICLR 2024' } };
    expect(citedWork(atIclr).url).toBe('https://openreview.net/forum?id=4IWCHWlb6K');
  });

  it('links a preprint to arXiv even when an OpenReview submission exists', () => {
    expect(citedWork({ ...smallBatchTraining, openreviewId: '3_MUAtqR0aA' }).url).toBe(
      'https://arxiv.org/abs/1804.07612',
    );
  });
});

describe('formatCitation', () => {
  it('makes RIS records with one line per field', () => {
    expect(formatCitation(unitScaling, 'ris').text).toBe(
      [
        'TY  - CPAPER',
        'ID  - blake2023unit',
        'TI  - Unit scaling: out-of-the-box low-precision training',
        'AU  - Blake, Charlie',
        'AU  - Orr, Douglas',
        'AU  - Luschi, Carlo',
        'PY  - 2023',
        'T2  - Proceedings of the 40th International Conference on Machine Learning',
        'T3  - Proceedings of Machine Learning Research',
        'VL  - 202',
        'SP  - 2548',
        'EP  - 2576',
        'PB  - PMLR',
        'UR  - https://proceedings.mlr.press/v202/blake23a.html',
        'ER  - ',
      ].join('\n'),
    );
    expect(formatCitation(kgGraphTopology, 'ris').text).toMatch(
      /^TY {2}- JOUR\n(.*\n)*T2 {2}- Bioinformatics\nVL {2}- 41\nIS {2}- 10\nSP {2}- btaf547\nDO {2}- 10\.1093\/bioinformatics\/btaf547\nER {2}- $/,
    );
    expect(formatCitation(smallBatchTraining, 'ris').text).toMatch(
      /^TY {2}- UNPB\n(.*\n)*PB {2}- arXiv\nUR {2}- https:\/\/arxiv\.org\/abs\/1804\.07612\nER {2}- $/,
    );
  });

  it('makes CSL-JSON as a one-item array', () => {
    expect(JSON.parse(formatCitation(smallBatchTraining, 'csl-json').text)).toEqual([
      {
        id: 'masters2018revisiting',
        type: 'article',
        title: 'Revisiting small batch training for deep neural networks',
        author: [
          { family: 'Masters', given: 'Dominic' },
          { family: 'Luschi', given: 'Carlo' },
        ],
        issued: { 'date-parts': [[2018]] },
        publisher: 'arXiv',
        number: 'arXiv:1804.07612',
        URL: 'https://arxiv.org/abs/1804.07612',
      },
    ]);
    expect(JSON.parse(formatCitation(unitScaling, 'csl-json').text)[0]).toMatchObject({
      type: 'paper-conference',
      'container-title': 'Proceedings of the 40th International Conference on Machine Learning',
      'collection-title': 'Proceedings of Machine Learning Research',
      volume: '202',
      page: '2548-2576',
      publisher: 'PMLR',
    });
  });

  it('marks title words that must keep their case with nocase spans in CSL-JSON', () => {
    expect(JSON.parse(formatCitation(uMuP, 'csl-json').text)[0].title).toBe(
      '<span class="nocase">u-\u03bcP</span>: the unit-scaled maximal update parametrization',
    );
    expect(JSON.parse(formatCitation(kgGraphTopology, 'csl-json').text)[0].title).toBe(
      'The role of graph topology in the performance of biomedical <span class="nocase">Knowledge</span> <span class="nocase">Graph</span> <span class="nocase">Completion</span> models',
    );
  });

  it('makes a plain one-line reference', () => {
    expect(formatCitation(unitScaling, 'plain').text).toBe(
      'Charlie Blake, Douglas Orr, and Carlo Luschi. Unit Scaling: Out-of-the-Box Low-Precision Training. Proceedings of the 40th International Conference on Machine Learning, vol. 202, pp. 2548–2576, 2023. https://proceedings.mlr.press/v202/blake23a.html',
    );
    expect(formatCitation(smallBatchTraining, 'plain').text).toBe(
      'Dominic Masters and Carlo Luschi. Revisiting Small Batch Training for Deep Neural Networks. arXiv preprint arXiv:1804.07612, 2018. https://arxiv.org/abs/1804.07612',
    );
    expect(formatCitation(kgGraphTopology, 'plain').text).toMatch(
      /, and Daniel Justus\. The role of .* models\. Bioinformatics, vol\. 41, no\. 10, 2025\. https:\/\/doi\.org\/10\.1093\/bioinformatics\/btaf547$/,
    );
  });

  it('makes a Markdown link with authors, venue and year', () => {
    expect(formatCitation(unitScaling, 'markdown').text).toBe(
      '[Unit Scaling: Out-of-the-Box Low-Precision Training](https://proceedings.mlr.press/v202/blake23a.html) — Charlie Blake, Douglas Orr, Carlo Luschi (ICML 2023)',
    );
    expect(formatCitation(smallBatchTraining, 'markdown').text).toBe(
      '[Revisiting Small Batch Training for Deep Neural Networks](https://arxiv.org/abs/1804.07612) — Dominic Masters, Carlo Luschi (arXiv 2018)',
    );
    expect(formatCitation(scalify, 'markdown').text).toMatch(
      /— Paul Balança et al\. \(WANT@ICML 2024\)$/,
    );
    expect(formatCitation({ ...scalify, title: 'PySCF_IPU [beta]' }, 'markdown').text).toMatch(
      /^\[PySCF\\_IPU \\\[beta\\\]\]\(/,
    );
  });

  it('uses a given key', () => {
    expect(formatCitation(unitScaling, 'bibtex', { key: 'blake2023unitb' }).text).toMatch(
      /^@inproceedings\{blake2023unitb,/,
    );
  });
});

describe('renderCitations', () => {
  const list = realIndex();
  const rendered = renderCitations(list);

  it('renders every format of every paper, with HTML for the CSL styles', () => {
    expect(Object.keys(rendered)).toEqual(list.papers.map((paper) => paper.id));
    const styled = new Set(['apa', 'mla', 'chicago', 'ieee', 'harvard', 'vancouver']);
    for (const [id, citations] of Object.entries(rendered)) {
      expect(Object.keys(citations), id).toEqual(COPY_FORMATS.map((format) => format.id));
      for (const [format, citation] of Object.entries(citations)) {
        expect(citation.text.trim(), `${id} ${format}`).not.toBe('');
        expect(citation.html !== undefined, `${id} ${format}`).toBe(styled.has(format));
      }
    }
  });

  it('uses the same index-unique key in BibTeX, BibLaTeX, RIS and CSL-JSON', () => {
    for (const citations of Object.values(rendered)) {
      const key = /^@\w+\{([^,]+),/.exec(citations.bibtex.text)?.[1];
      expect(citations.biblatex.text).toContain(`{${key},`);
      expect(citations.ris.text).toContain(`ID  - ${key}\n`);
      expect(JSON.parse(citations['csl-json'].text)[0].id).toBe(key);
    }
  });

  it('cites the same version in every format', () => {
    const kg = rendered['kg-graph-topology'];
    for (const format of [
      'bibtex',
      'apa',
      'mla',
      'chicago',
      'ieee',
      'harvard',
      'vancouver',
      'ris',
      'plain',
    ] as const) {
      expect(kg?.[format].text, format).toMatch(/Bioinformatics/);
      expect(kg?.[format].text, format).toMatch(/2025/);
    }
  });
});
