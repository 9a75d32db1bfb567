import { readdirSync } from 'node:fs';
import { validateStyle } from 'csl-validator-wasm';
import { describe, expect, it } from 'vitest';
import { citedWork } from './cited-version';
import { styleItem } from './csl-data';
import { CSL_STYLES, readStyleFile, renderCsl, type CslFormat } from './csl-styles';
import { kgGraphTopology, scalify, smallBatchTraining, uMuP, unitScaling } from './test-fixtures';
import type { Paper } from '../papers/model';

function render(paper: Paper, format: CslFormat) {
  return renderCsl(styleItem(citedWork(paper), 'key', format), format);
}

const STYLE_FILES = readdirSync(new URL('../../data/styles/', import.meta.url)).filter((file) =>
  file.endsWith('.csl'),
);

describe('our CSL style files', () => {
  it('cover every style the plugin does not ship', () => {
    const files = Object.values(CSL_STYLES).flatMap((style) => (style.file ? [style.file] : []));
    expect(files.sort()).toEqual([...STYLE_FILES].sort());
  });

  it.each(STYLE_FILES)('%s is valid CSL 1.0.2', async (file) => {
    expect(await validateStyle(readStyleFile(file))).toBe('');
  });

  it('the validator does reject a broken style', async () => {
    const broken = readStyleFile('mla.csl').replace(
      '<text macro="title"/>',
      '<text macro-name="title"/>',
    );
    expect(await validateStyle(broken)).toMatch(/error/);
  });
});

// Expected strings checked against each style's rules (see the comments in data/styles/*.csl and
// the APA 7, Cite Them Right and Citing Medicine manuals for the plugin's styles). Titles: APA
// and IEEE in sentence case with a capital after a colon, Harvard and Vancouver in sentence case
// with a lower-case subtitle, MLA and Chicago in title case. APA: "In *Proceedings*" with the
// volume, pages and publisher; a workshop paper without proceedings is a paper presentation; an
// article number is "Article btaf547". The archival version of u-µP: its own names and Greek μ.
const EXPECTED: Record<CslFormat, Record<string, string>> = {
  apa: {
    conference:
      'Blake, C., Orr, D., & Luschi, C. (2023). Unit scaling: Out-of-the-box low-precision training. In Proceedings of the 40th International Conference on Machine Learning (Vol. 202, pp. 2548–2576). PMLR. https://proceedings.mlr.press/v202/blake23a.html',
    workshop:
      'Balança, P., Hosegood, S., Luschi, C., & Fitzgibbon, A. (2024). Scalify: Scale propagation for efficient low-precision LLM training [Paper presentation]. ICML 2024 Workshop on Advancing Neural Network Training (WANT): Computational Efficiency, Scalability, and Resource Optimization. https://openreview.net/forum?id=4IWCHWlb6K',
    journal:
      'Cattaneo, A., Bonner, S., Martynec, T., Morrissey, E., Luschi, C., Barrett, I. P., & Justus, D. (2025). The role of graph topology in the performance of biomedical Knowledge Graph Completion models. Bioinformatics, 41(10), Article btaf547. https://doi.org/10.1093/bioinformatics/btaf547',
    preprint:
      'Masters, D., & Luschi, C. (2018). Revisiting small batch training for deep neural networks (arXiv:1804.07612). arXiv. https://arxiv.org/abs/1804.07612',
    archival:
      'Blake, C., Eichenberg, C., & Orr, D. (2025). u-μP: The unit-scaled maximal update parametrization. In Proceedings of the 13th International Conference on Learning Representations. https://proceedings.iclr.cc/paper_files/paper/2025/hash/e3130a164f5c724e37271b93bc76dd28-Abstract-Conference.html',
  },
  mla: {
    conference:
      'Blake, Charlie, et al. “Unit Scaling: Out-of-the-Box Low-Precision Training.” Proceedings of the 40th International Conference on Machine Learning, vol. 202, PMLR, 2023, pp. 2548-76, https://proceedings.mlr.press/v202/blake23a.html.',
    workshop:
      'Balança, Paul, et al. “Scalify: Scale Propagation for Efficient Low-Precision LLM Training.” ICML 2024 Workshop on Advancing Neural Network Training (WANT): Computational Efficiency, Scalability, and Resource Optimization, 2024, https://openreview.net/forum?id=4IWCHWlb6K.',
    journal:
      'Cattaneo, Alberto, et al. “The Role of Graph Topology in the Performance of Biomedical Knowledge Graph Completion Models.” Bioinformatics, vol. 41, no. 10, 2025, https://doi.org/10.1093/bioinformatics/btaf547.',
    preprint:
      'Masters, Dominic, and Carlo Luschi. “Revisiting Small Batch Training for Deep Neural Networks.” arXiv, 2018, https://arxiv.org/abs/1804.07612.',
    archival:
      'Blake, Charles, et al. “u-μP: The Unit-Scaled Maximal Update Parametrization.” Proceedings of the 13th International Conference on Learning Representations, 2025, https://proceedings.iclr.cc/paper_files/paper/2025/hash/e3130a164f5c724e37271b93bc76dd28-Abstract-Conference.html.',
  },
  chicago: {
    conference:
      'Blake, Charlie, Douglas Orr, and Carlo Luschi. 2023. “Unit Scaling: Out-of-the-Box Low-Precision Training.” In Proceedings of the 40th International Conference on Machine Learning, 2548–76. Proceedings of Machine Learning Research 202. PMLR. https://proceedings.mlr.press/v202/blake23a.html.',
    workshop:
      'Balança, Paul, Sam Hosegood, Carlo Luschi, and Andrew Fitzgibbon. 2024. “Scalify: Scale Propagation for Efficient Low-Precision LLM Training.” In ICML 2024 Workshop on Advancing Neural Network Training (WANT): Computational Efficiency, Scalability, and Resource Optimization. https://openreview.net/forum?id=4IWCHWlb6K.',
    journal:
      'Cattaneo, Alberto, Stephen Bonner, Thomas Martynec, Edward Morrissey, Carlo Luschi, Ian P Barrett, and Daniel Justus. 2025. “The Role of Graph Topology in the Performance of Biomedical Knowledge Graph Completion Models.” Bioinformatics 41 (10): btaf547. https://doi.org/10.1093/bioinformatics/btaf547.',
    preprint:
      'Masters, Dominic, and Carlo Luschi. 2018. “Revisiting Small Batch Training for Deep Neural Networks.” Preprint, arXiv. https://arxiv.org/abs/1804.07612.',
    archival:
      'Blake, Charles, Constantin Eichenberg, and Douglas Orr. 2025. “u-μP: The Unit-Scaled Maximal Update Parametrization.” In Proceedings of the 13th International Conference on Learning Representations. https://proceedings.iclr.cc/paper_files/paper/2025/hash/e3130a164f5c724e37271b93bc76dd28-Abstract-Conference.html.',
  },
  ieee: {
    conference:
      'C. Blake, D. Orr, and C. Luschi, “Unit scaling: Out-of-the-box low-precision training,” in Proceedings of the 40th International Conference on Machine Learning, ser. Proceedings of Machine Learning Research, vol. 202, 2023, pp. 2548–2576. [Online]. Available: https://proceedings.mlr.press/v202/blake23a.html',
    workshop:
      'P. Balança, S. Hosegood, C. Luschi, and A. Fitzgibbon, “Scalify: Scale propagation for efficient low-precision LLM training,” in ICML 2024 Workshop on Advancing Neural Network Training (WANT): Computational Efficiency, Scalability, and Resource Optimization, 2024. [Online]. Available: https://openreview.net/forum?id=4IWCHWlb6K',
    journal:
      'A. Cattaneo et al., “The role of graph topology in the performance of biomedical Knowledge Graph Completion models,” Bioinformatics, vol. 41, no. 10, Art. no. btaf547, 2025, doi: 10.1093/bioinformatics/btaf547.',
    preprint:
      'D. Masters and C. Luschi, “Revisiting small batch training for deep neural networks,” 2018, arXiv:1804.07612.',
    archival:
      'C. Blake, C. Eichenberg, and D. Orr, “u-μP: The unit-scaled maximal update parametrization,” in Proceedings of the 13th International Conference on Learning Representations, 2025. [Online]. Available: https://proceedings.iclr.cc/paper_files/paper/2025/hash/e3130a164f5c724e37271b93bc76dd28-Abstract-Conference.html',
  },
  harvard: {
    conference:
      'Blake, C., Orr, D. and Luschi, C. (2023) “Unit scaling: out-of-the-box low-precision training,” Proceedings of the 40th International Conference on Machine Learning. PMLR (Proceedings of Machine Learning Research), pp. 2548–2576. Available at: https://proceedings.mlr.press/v202/blake23a.html.',
    workshop:
      'Balança, P. et al. (2024) “Scalify: scale propagation for efficient low-precision LLM training,” ICML 2024 Workshop on Advancing Neural Network Training (WANT): Computational Efficiency, Scalability, and Resource Optimization. Available at: https://openreview.net/forum?id=4IWCHWlb6K.',
    journal:
      'Cattaneo, A. et al. (2025) “The role of graph topology in the performance of biomedical Knowledge Graph Completion models,” Bioinformatics, 41(10). Available at: https://doi.org/10.1093/bioinformatics/btaf547.',
    preprint:
      'Masters, D. and Luschi, C. (2018) “Revisiting small batch training for deep neural networks.” arXiv. Available at: https://arxiv.org/abs/1804.07612.',
    archival:
      'Blake, C., Eichenberg, C. and Orr, D. (2025) “u-μP: the unit-scaled maximal update parametrization,” Proceedings of the 13th International Conference on Learning Representations. Available at: https://proceedings.iclr.cc/paper_files/paper/2025/hash/e3130a164f5c724e37271b93bc76dd28-Abstract-Conference.html.',
  },
  vancouver: {
    conference:
      'Blake C, Orr D, Luschi C. Unit scaling: out-of-the-box low-precision training. In: Proceedings of the 40th International Conference on Machine Learning [Internet]. PMLR; 2023. p. 2548–76. (Proceedings of Machine Learning Research). Available from: https://proceedings.mlr.press/v202/blake23a.html',
    workshop:
      'Balança P, Hosegood S, Luschi C, Fitzgibbon A. Scalify: scale propagation for efficient low-precision LLM training. In: ICML 2024 Workshop on Advancing Neural Network Training (WANT): Computational Efficiency, Scalability, and Resource Optimization [Internet]. 2024. Available from: https://openreview.net/forum?id=4IWCHWlb6K',
    journal:
      'Cattaneo A, Bonner S, Martynec T, Morrissey E, Luschi C, Barrett IP, et al. The role of graph topology in the performance of biomedical Knowledge Graph Completion models. Bioinformatics. 2025;41(10):btaf547. doi:10.1093/bioinformatics/btaf547',
    preprint:
      'Masters D, Luschi C. Revisiting small batch training for deep neural networks [Internet]. arXiv; 2018. Available from: https://arxiv.org/abs/1804.07612',
    archival:
      'Blake C, Eichenberg C, Orr D. u-μP: the unit-scaled maximal update parametrization. In: Proceedings of the 13th International Conference on Learning Representations [Internet]. 2025. Available from: https://proceedings.iclr.cc/paper_files/paper/2025/hash/e3130a164f5c724e37271b93bc76dd28-Abstract-Conference.html',
  },
};

const PAPERS: Record<string, Paper> = {
  conference: unitScaling,
  workshop: scalify,
  journal: kgGraphTopology,
  preprint: smallBatchTraining,
  archival: uMuP,
};

describe.each(Object.keys(EXPECTED) as CslFormat[])('%s', (format) => {
  it.each(Object.keys(PAPERS))('formats a %s paper', (kind) => {
    const paper = PAPERS[kind];
    if (!paper) throw new Error(kind);
    expect(render(paper, format).text).toBe(EXPECTED[format][kind]);
  });
});

describe('title casing', () => {
  it('keeps stylised and mixed-case words when a style title-cases (nocase markup)', () => {
    expect(render(uMuP, 'mla').text).toMatch(/^Blake, Charles, et al\. “u-μP: The Unit-Scaled /);
    expect(render(uMuP, 'chicago').html).toContain(
      '“u-μP: The Unit-Scaled Maximal Update Parametrization.”',
    );
    const pyscf = {
      ...scalify,
      title: 'PySCF_IPU: repurposing DFT for the IPU',
      sentenceCaseTitle: 'PySCF_IPU: repurposing DFT for the IPU',
    };
    expect(render(pyscf, 'mla').text).toContain('“PySCF_IPU: Repurposing DFT for the IPU.”');
    expect(render(pyscf, 'apa').text).toContain('PySCF_IPU: Repurposing DFT for the IPU');
    expect(render(pyscf, 'vancouver').text).toContain('PySCF_IPU: repurposing DFT for the IPU.');
  });

  it('keeps the proper nouns the sentence-case title keeps, in every style', () => {
    const jcim = {
      ...scalify,
      title: 'Co-Design Optimization on Intelligence Processing Units',
      sentenceCaseTitle: 'Co-design optimization on Intelligence Processing Units',
    };
    expect(render(jcim, 'apa').text).toContain(
      '(2024). Co-design optimization on Intelligence Processing Units [Paper presentation].',
    );
    expect(render(jcim, 'chicago').text).toContain(
      '“Co-Design Optimization on Intelligence Processing Units.”',
    );
  });
});

describe('HTML output', () => {
  it('is the entry alone, with italics and escaped entities', () => {
    expect(render(unitScaling, 'apa').html).toBe(
      'Blake, C., Orr, D., &#38; Luschi, C. (2023). Unit scaling: Out-of-the-box low-precision training. In <i>Proceedings of the 40th International Conference on Machine Learning</i> (Vol. 202, pp. 2548–2576). PMLR. https://proceedings.mlr.press/v202/blake23a.html',
    );
    expect(render(scalify, 'apa').html).toBe(
      'Balança, P., Hosegood, S., Luschi, C., &#38; Fitzgibbon, A. (2024). <i>Scalify: Scale propagation for efficient low-precision LLM training</i> [Paper presentation]. ICML 2024 Workshop on Advancing Neural Network Training (WANT): Computational Efficiency, Scalability, and Resource Optimization. https://openreview.net/forum?id=4IWCHWlb6K',
    );
    expect(render(smallBatchTraining, 'mla').html).toBe(
      'Masters, Dominic, and Carlo Luschi. “Revisiting Small Batch Training for Deep Neural Networks.” <i>arXiv</i>, 2018, https://arxiv.org/abs/1804.07612.',
    );
    expect(render(kgGraphTopology, 'chicago').html).toContain(
      'Models.” <i>Bioinformatics</i> 41 (10): btaf547. https://doi.org/10.1093/bioinformatics/btaf547.',
    );
  });

  it('drops the list number of numbered styles', () => {
    expect(render(kgGraphTopology, 'ieee').html).toBe(
      'A. Cattaneo <i>et al.</i>, “The role of graph topology in the performance of biomedical Knowledge Graph Completion models,” <i>Bioinformatics</i>, vol. 41, no. 10, Art. no. btaf547, 2025, doi: 10.1093/bioinformatics/btaf547.',
    );
    expect(render(smallBatchTraining, 'vancouver').html).toMatch(/^Masters D, Luschi C\. /);
  });
});
