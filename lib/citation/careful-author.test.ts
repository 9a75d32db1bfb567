/**
 * The citations of the real index that issue #14 corrected, pinned as a careful author would
 * paste them: APA's sentence-case titles and proceedings, the cited version's names and
 * spelling (u-μP at ICLR 2025), an article number (Bioinformatics' btaf547), a DOI that is not
 * confirmed left out, and the proper nouns and subscripts BibTeX must keep. These strings
 * follow data/papers.json: a change there that changes them is a change to review.
 */
import { describe, expect, it } from 'vitest';
import { renderCitations, type CitationFormat } from './index';
import { bibEntry } from './bibtex';
import { citedWork } from './cited-version';
import { kgGraphTopology, realIndex } from './test-fixtures';

const list = realIndex();
const rendered = renderCitations(list);

function cite(id: string, format: CitationFormat): string {
  const citation = rendered[id]?.[format];
  if (!citation) throw new Error(`no ${format} citation of ${id}`);
  return citation.text;
}

describe('citations a careful author pastes without editing', () => {
  it('APA: sentence case, "In *Proceedings*" with volume, pages and publisher', () => {
    expect(cite('unit-scaling', 'apa')).toBe(
      `Blake, C., Orr, D., & Luschi, C. (2023). Unit scaling: Out-of-the-box low-precision training. In Proceedings of the 40th International Conference on Machine Learning (Vol. 202, pp. 2548–2576). PMLR. https://proceedings.mlr.press/v202/blake23a.html`,
    );
    expect(cite('sparq-attention', 'apa')).toBe(
      `Ribar, L., Chelombiev, I., Hudlass-Galley, L., Blake, C., Luschi, C., & Orr, D. (2024). SparQ attention: Bandwidth-efficient LLM inference. In Proceedings of the 41st International Conference on Machine Learning (Vol. 235, pp. 42558–42583). PMLR. https://proceedings.mlr.press/v235/ribar24a.html`,
    );
    expect(cite('proxy-normalizing-activations', 'apa')).toBe(
      `Labatie, A., Masters, D., Eaton-Rosen, Z., & Luschi, C. (2021). Proxy-normalizing activations to match batch normalization while removing batch dependence. In Advances in Neural Information Processing Systems (Vol. 34). https://papers.neurips.cc/paper_files/paper/2021/hash/8d2a5f7d4afa5d0530789d3066945330-Abstract.html`,
    );
    expect(cite('manycore-sparse-recurrent', 'apa')).toBe(
      `Finkbeiner, J., Gmeinder, T., Pupilli, M., Titterton, A., & Neftci, E. (2024). Harnessing manycore processors with distributed memory for accelerated training of sparse and recurrent models. In Proceedings of the 38th AAAI Conference on Artificial Intelligence (pp. 11996–12005). https://arxiv.org/abs/2311.04386`,
    );
    expect(cite('scalify', 'apa')).toBe(
      `Balança, P., Hosegood, S., Luschi, C., & Fitzgibbon, A. (2024). Scalify: Scale propagation for efficient low-precision LLM training [Paper presentation]. ICML 2024 Workshop on Advancing Neural Network Training (WANT): Computational Efficiency, Scalability, and Resource Optimization. https://openreview.net/forum?id=4IWCHWlb6K`,
    );
  });

  it("u-µP at ICLR 2025: the proceedings' names and the Greek μ", () => {
    expect(cite('u-mup', 'apa')).toBe(
      `Blake, C., Eichenberg, C., Dean, J., Balles, L., Prince, L., Deiseroth, B., Cruz Salinas, A. F., Luschi, C., Weinbach, S., & Orr, D. (2025). u-μP: The unit-scaled maximal update parametrization. In Proceedings of the 13th International Conference on Learning Representations. https://proceedings.iclr.cc/paper_files/paper/2025/hash/e3130a164f5c724e37271b93bc76dd28-Abstract-Conference.html`,
    );
    expect(cite('u-mup', 'bibtex')).toBe(
      `@inproceedings{blake2024umup,
  title = {u-{$\\mu$P}: The Unit-Scaled Maximal Update Parametrization},
  author = {Blake, Charles and Eichenberg, Constantin and Dean, Josef and Balles, Lukas and Prince, Luke and Deiseroth, Bj{\\"o}rn and Cruz Salinas, Andres Felipe and Luschi, Carlo and Weinbach, Samuel and Orr, Douglas},
  booktitle = {Proceedings of the 13th International Conference on Learning Representations},
  year = {2025},
  eprint = {2407.17465},
  archivePrefix = {arXiv},
  url = {https://proceedings.iclr.cc/paper_files/paper/2025/hash/e3130a164f5c724e37271b93bc76dd28-Abstract-Conference.html}
}`,
    );
    expect(cite('u-mup', 'ris')).toBe(
      `TY  - CPAPER
ID  - blake2024umup
TI  - u-μP: the unit-scaled maximal update parametrization
AU  - Blake, Charles
AU  - Eichenberg, Constantin
AU  - Dean, Josef
AU  - Balles, Lukas
AU  - Prince, Luke
AU  - Deiseroth, Björn
AU  - Cruz Salinas, Andres Felipe
AU  - Luschi, Carlo
AU  - Weinbach, Samuel
AU  - Orr, Douglas
PY  - 2025
T2  - Proceedings of the 13th International Conference on Learning Representations
UR  - https://proceedings.iclr.cc/paper_files/paper/2025/hash/e3130a164f5c724e37271b93bc76dd28-Abstract-Conference.html
ER  - `,
    );
  });

  it('Bioinformatics 2025: the article number btaf547', () => {
    expect(cite('kg-graph-topology', 'bibtex')).toContain('  pages = {btaf547},\n');
    expect(cite('kg-graph-topology', 'biblatex')).toContain('  eid = {btaf547},\n');
    expect(cite('kg-graph-topology', 'apa')).toBe(
      `Cattaneo, A., Bonner, S., Martynec, T., Morrissey, E., Luschi, C., Barrett, I. P., & Justus, D. (2025). The role of graph topology in the performance of biomedical Knowledge Graph Completion models. Bioinformatics, 41(10), Article btaf547. https://doi.org/10.1093/bioinformatics/btaf547`,
    );
    // The fixture's entry, which bibtex.test.ts pins line by line.
    expect(cite('kg-graph-topology', 'bibtex')).toBe(
      bibEntry(citedWork(kgGraphTopology), 'cattaneo2024role', 'bibtex'),
    );
    // The fixture's entry, which bibtex.test.ts pins line by line.
    expect(cite('kg-graph-topology', 'biblatex')).toBe(
      bibEntry(citedWork(kgGraphTopology), 'cattaneo2024role', 'biblatex'),
    );
    expect(cite('kg-graph-topology', 'ris')).toBe(
      `TY  - JOUR
ID  - cattaneo2024role
TI  - The role of graph topology in the performance of biomedical Knowledge Graph Completion models
AU  - Cattaneo, Alberto
AU  - Bonner, Stephen
AU  - Martynec, Thomas
AU  - Morrissey, Edward
AU  - Luschi, Carlo
AU  - Barrett, Ian P
AU  - Justus, Daniel
PY  - 2025
T2  - Bioinformatics
VL  - 41
IS  - 10
SP  - btaf547
DO  - 10.1093/bioinformatics/btaf547
ER  - `,
    );
  });

  it('QM1B: its unconfirmed DOI is not cited; the proceedings page is the link', () => {
    expect(cite('qm1b', 'apa')).toBe(
      `Mathiasen, A., Helal, H., Klaser, K., Balanca, P., Dean, J., Luschi, C., Beaini, D., Fitzgibbon, A., & Masters, D. (2023). Generating QM1B with PySCF_IPU. In Advances in Neural Information Processing Systems, Datasets and Benchmarks Track (Vol. 36, pp. 55036–55050). https://papers.nips.cc/paper_files/paper/2023/hash/ac7f98dd0b342edaf3be79844a180a6b-Abstract-Datasets_and_Benchmarks.html`,
    );
    expect(cite('qm1b', 'bibtex')).toBe(
      `@inproceedings{mathiasen2023generating,
  title = {Generating {QM1B} with {PySCF$_{\\mathrm{IPU}}$}},
  author = {Mathiasen, Alexander and Helal, Hatem and Klaser, Kerstin and Balanca, Paul and Dean, Josef and Luschi, Carlo and Beaini, Dominique and Fitzgibbon, Andrew and Masters, Dominic},
  booktitle = {Advances in Neural Information Processing Systems, Datasets and Benchmarks Track},
  volume = {36},
  pages = {55036--55050},
  year = {2023},
  eprint = {2311.01135},
  archivePrefix = {arXiv},
  url = {https://papers.nips.cc/paper_files/paper/2023/hash/ac7f98dd0b342edaf3be79844a180a6b-Abstract-Datasets_and_Benchmarks.html}
}`,
    );
    expect(cite('qm1b', 'ris')).toBe(
      `TY  - CPAPER
ID  - mathiasen2023generating
TI  - Generating QM1B with PySCF_IPU
AU  - Mathiasen, Alexander
AU  - Helal, Hatem
AU  - Klaser, Kerstin
AU  - Balanca, Paul
AU  - Dean, Josef
AU  - Luschi, Carlo
AU  - Beaini, Dominique
AU  - Fitzgibbon, Andrew
AU  - Masters, Dominic
PY  - 2023
T2  - Advances in Neural Information Processing Systems, Datasets and Benchmarks Track
VL  - 36
SP  - 55036
EP  - 55050
UR  - https://papers.nips.cc/paper_files/paper/2023/hash/ac7f98dd0b342edaf3be79844a180a6b-Abstract-Datasets_and_Benchmarks.html
ER  - `,
    );
  });

  it('BibTeX keeps the proper nouns and prints PySCF_IPU as the papers do', () => {
    expect(cite('gnn-quantum-chemistry-acceleration', 'bibtex')).toContain(
      'title = {Acceleration of Graph Neural Network-Based Prediction Models in Chemistry via Co-Design Optimization on {Intelligence} {Processing} {Units}},',
    );
    expect(cite('pyscf-ipu', 'bibtex')).toContain(
      'title = {{PySCF$_{\\mathrm{IPU}}$}: Repurposing Density Functional Theory to Suit Deep Learning},',
    );
    // The Unicode formats keep the list's and arXiv listing's "PySCF_IPU".
    expect(cite('pyscf-ipu', 'apa')).toContain('PySCF_IPU: Repurposing density functional theory');
  });

  it('cites no DOI that rests on one weak source, and links arXiv instead of it', () => {
    const jcim = cite('gnn-quantum-chemistry-acceleration', 'apa');
    expect(jcim).not.toContain('10.1021/acs.jcim.3c01312');
    expect(jcim).toMatch(/ https:\/\/arxiv\.org\/abs\/2211\.13853$/);
    for (const [id, citations] of Object.entries(rendered)) {
      const paper = list.papers.find((p) => p.id === id);
      const unconfirmed = [
        paper?.unconfirmed?.includes('doi') ? paper.doi : undefined,
        paper?.unconfirmed?.includes('archival.doi') ? paper.archival?.doi : undefined,
      ].filter((doi) => doi !== undefined);
      for (const doi of unconfirmed) {
        for (const [format, citation] of Object.entries(citations)) {
          expect(citation.text, `${id} ${format}`).not.toContain(doi);
        }
      }
    }
  });
});
