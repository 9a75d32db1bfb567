import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SOURCE_FILE, loadPaperList } from '../../data/build-index';
import type { Paper, Topic } from '../papers/model';
import { contentWords, relatedPapers, type RelatedPaper } from './related';

const list = loadPaperList(readFileSync(SOURCE_FILE, 'utf8'));
const related = relatedPapers(list.papers, list.topics);

function relatedTo(id: string): RelatedPaper[] {
  const found = related.get(id);
  if (!found) throw new Error(`no related work for ${id}`);
  return found;
}
const idsRelatedTo = (id: string): string[] => relatedTo(id).map((r) => r.id);
const reason = (from: string, to: string): string =>
  relatedTo(from).find((r) => r.id === to)?.reason ?? '';

describe('related group work for the real index: what a group member would name', () => {
  it('u-µP: Unit Scaling first, then the FP8 paper and the low-precision papers of its authors', () => {
    expect(idsRelatedTo('u-mup').slice(0, 4)).toEqual([
      'unit-scaling',
      'fp8-llm-training',
      // Low precision, with Douglas Orr; 1-Bit Wonder also with Constantin Eichenberg.
      'weight-quantisation-formats',
      '1-bit-wonder',
    ]);
    // Unit Scaling's own related work is still the FP8 and scaling papers.
    expect(idsRelatedTo('unit-scaling').slice(0, 4)).toEqual([
      'u-mup',
      'fp8-llm-training',
      'scalify',
      'eight-bit-formats',
    ]);
  });

  it('GPS++: MiniMol, the molecular foundation-model datasets and the GNN acceleration work', () => {
    expect(idsRelatedTo('gps-plus-plus').slice(0, 3).sort()).toEqual(
      ['gnn-quantum-chemistry-acceleration', 'minimol', 'molecular-foundation-datasets'].sort(),
    );
  });

  it('QM1B: PySCF_IPU first, the DFT back-propagation paper and MESS', () => {
    const ids = idsRelatedTo('qm1b');
    expect(ids[0]).toBe('pyscf-ipu');
    expect(ids.slice(0, 3)).toEqual(['pyscf-ipu', 'dft-backpropagation', 'mess']);
  });

  it('the physics papers name each other before anything else', () => {
    const physics = ['qm1b', 'pyscf-ipu', 'dft-backpropagation', 'mess'];
    for (const id of physics) {
      expect(idsRelatedTo(id).slice(0, 3).sort(), id).toEqual(
        physics.filter((p) => p !== id).sort(),
      );
    }
  });

  it('SparQ Attention ↔ GroupBERT and the structured sparse BERT work', () => {
    expect(idsRelatedTo('sparq-attention').slice(0, 2).sort()).toEqual(
      ['groupbert', 'structured-dynamic-sparse-bert'].sort(),
    );
    expect(idsRelatedTo('groupbert').slice(0, 2)).toContain('sparq-attention');
  });

  it('small-batch training ↔ proxy-normalizing activations and batch-independent EfficientNet', () => {
    expect(idsRelatedTo('small-batch-training').slice(0, 2).sort()).toEqual(
      ['efficientnet-more-efficient', 'proxy-normalizing-activations'].sort(),
    );
    expect(idsRelatedTo('proxy-normalizing-activations').slice(0, 2)).toContain(
      'small-batch-training',
    );
  });

  it('the two packing papers, and the two knowledge-graph papers, name each other first', () => {
    expect(idsRelatedTo('sequence-packing')[0]).toBe('tuple-packing');
    expect(idsRelatedTo('tuple-packing')[0]).toBe('sequence-packing');
    expect(idsRelatedTo('bess')[0]).toBe('kg-graph-topology');
    expect(idsRelatedTo('kg-graph-topology')[0]).toBe('bess');
  });

  it('every paper gets 3 to 5 other papers, best first, never itself and none twice', () => {
    for (const paper of list.papers) {
      const entries = relatedTo(paper.id);
      expect(entries.length, paper.id).toBeGreaterThanOrEqual(3);
      expect(entries.length, paper.id).toBeLessThanOrEqual(5);
      const ids = entries.map((r) => r.id);
      expect(ids, paper.id).not.toContain(paper.id);
      expect(new Set(ids).size, paper.id).toBe(ids.length);
      const scores = entries.map((r) => r.score);
      expect(scores, paper.id).toEqual([...scores].sort((a, b) => b - a));
    }
  });
});

describe('the reason, in a few words', () => {
  const PART = /^(same topic: [^;]+|shared authors: [^;]+|also about [^;]+)$/;

  it('is made of "same topic", "shared authors" and "also about" parts, each at most once', () => {
    for (const [id, entries] of related) {
      for (const entry of entries) {
        const parts = entry.reason.split('; ');
        expect(parts.length, `${id} → ${entry.id}`).toBeGreaterThan(0);
        for (const part of parts) expect(part, `${id} → ${entry.id}`).toMatch(PART);
        const kinds = parts.map((p) => p.split(/[: ]/)[0]);
        expect(new Set(kinds).size, entry.reason).toBe(kinds.length);
        expect(entry.reason.length, entry.reason).toBeLessThanOrEqual(120);
      }
    }
  });

  it('names the topic as the list does', () => {
    expect(reason('u-mup', 'unit-scaling')).toMatch(/^same topic: Low Precision(;|$)/);
    expect(reason('qm1b', 'pyscf-ipu')).toMatch(/^same topic: Physics(;|$)/);
  });

  it('names at most two shared authors by initials, then how many more', () => {
    // u-µP and Unit Scaling share Charlie Blake, Douglas Orr and Carlo Luschi.
    expect(reason('u-mup', 'unit-scaling')).toMatch(
      /shared authors: (C\. Blake|D\. Orr|C\. Luschi), (C\. Blake|D\. Orr|C\. Luschi) \+1(;|$)/,
    );
    expect(reason('mess', 'qm1b')).toMatch(/shared authors: H\. Helal, A\. (W\. )?Fitzgibbon(;|$)/);
  });

  it('counts an author under every spelling of the name (Kläser, Klaser, Klaeser)', () => {
    // MiniMol spells her Kläser, GPS++ Klaser: still one shared author.
    expect(reason('minimol', 'gps-plus-plus')).toMatch(/shared authors: K\. Kl(ä|a|ae)ser/);
  });

  it('writes the shared subject words as the papers do ("FP8", not "fp8")', () => {
    expect(reason('u-mup', 'fp8-llm-training')).toContain('also about FP8');
    expect(reason('pyscf-ipu', 'dft-backpropagation')).toMatch(/also about (DFT|density)/);
    expect(reason('qm1b', 'dft-backpropagation')).not.toMatch(/\bdft\b/);
  });

  it('never gives function words, web addresses or the company name as the subject', () => {
    const noise = new Set(
      'out all any been become nearly showing shown github http https graphcore such their'.split(
        ' ',
      ),
    );
    for (const entries of related.values()) {
      for (const { reason: text } of entries) {
        const words = /also about ([^;]+)/.exec(text)?.[1]?.split(', ') ?? [];
        expect(words.length, text).toBeLessThanOrEqual(2);
        for (const word of words) expect(noise.has(word.toLowerCase()), text).toBe(false);
        // Never the same word twice ("graph, graphs", "IPUs, IPU").
        const stems = words.map((w) => w.toLowerCase().replace(/s$/, ''));
        expect(new Set(stems).size, text).toBe(stems.length);
      }
    }
  });
});

describe('relatedPapers on a small made-up list', () => {
  const topics: Topic[] = [
    { id: 'alpha', name: 'Alpha' },
    { id: 'beta', name: 'Beta' },
  ];
  const paper = (id: string, topic: string, people: string[], text: string): Paper => ({
    id,
    title: text,
    altTitles: [],
    abstract: text,
    authors: people.map((p) => {
      const [given = '', family = p] = p.split(' ');
      return { given, family, person: p.toLowerCase().replace(' ', '-') };
    }),
    topic,
    date: '2024-01',
    venue: { name: 'Venue', short: 'V', kind: 'conference' },
    year: 2024,
    arxiv: [],
    codeUrls: [],
  });
  const papers = [
    paper('a', 'alpha', ['Ada Lovelace'], 'Quantised tensors for training transformers'),
    paper('b', 'alpha', ['Ada Lovelace', 'Alan Turing'], 'Quantised tensors in transformers'),
    paper('c', 'beta', ['Grace Hopper'], 'Compilers for sparse kernels'),
    paper('d', 'beta', ['Grace Hopper'], 'Sparse kernels on accelerators'),
  ];

  it('relates by topic, shared people and shared words, and says so', () => {
    const result = relatedPapers(papers, topics, 3);
    expect(result.get('a')?.[0]).toMatchObject({
      id: 'b',
      reason: expect.stringMatching(
        /^same topic: Alpha; shared authors: A\. Lovelace; also about (quantised|tensors|transformers)/,
      ),
    });
    expect(result.get('c')?.[0]?.id).toBe('d');
  });

  it('computes only the papers asked for, and no more than `count` each', () => {
    const result = relatedPapers(papers, topics, 1, ['c']);
    expect([...result.keys()]).toEqual(['c']);
    expect(result.get('c')).toHaveLength(1);
  });

  it('contentWords drops stopwords, short words and numbers', () => {
    expect(contentWords('We show that the 8 new FP8 formats are all out of the box')).toEqual([
      'fp8',
      'formats',
    ]);
  });
});
