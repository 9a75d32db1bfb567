import { describe, expect, it } from 'vitest';
import {
  RELATED_SETTINGS,
  RelatedScorer,
  buildRelatedModel,
  reasonLine,
  termFrequencies,
  type FieldFrequencies,
} from './model';

/** A field where "model", "training" and "language" are everywhere and the rest is rare. */
const FIELD: FieldFrequencies = {
  documents: 10_000,
  words: { model: 6000, training: 3000, language: 2500, precision: 300, graph: 500, fp8: 5 },
  bigrams: { 'language models': 2000, 'low precision': 150, 'kv cache': 40, 'message passing': 90 },
};

const model = buildRelatedModel(
  [
    {
      id: 'fp8',
      title: 'Training language models in FP8',
      abstract:
        'We train large language models with 8-bit floating point formats and loss scaling.',
      keyPhrases: ['FP8', 'loss scaling', 'low precision'],
    },
    {
      id: 'kv',
      title: 'Sparse attention for the KV cache',
      abstract: 'Language model inference is limited by reading the KV cache from memory.',
      keyPhrases: ['KV cache', 'sparse attention'],
    },
    {
      id: 'mpnn',
      title: 'Message passing for molecules',
      abstract: 'A graph neural network built on message passing predicts molecular properties.',
      keyPhrases: ['message passing', 'MPNN'],
    },
  ],
  termFrequencies(FIELD),
  { FP8: ['8-bit floating point', 'float8'], MPNN: ['message passing neural network'] },
);
const scorer = new RelatedScorer(model);

describe('RelatedScorer', () => {
  it('finds a key phrase under another spelling, and says so', () => {
    const [first] = scorer.related({
      title: 'Stable float8 training at scale',
      abstract: 'We study 8-bit floating point training of transformers with loss scaling.',
    });
    expect(first?.paperId).toBe('fp8');
    expect(reasonLine(first!)).toBe('both: FP8, loss scaling');
  });

  it('counts a spelling and its variant once: one concept', () => {
    const phrase = model.phrases.find((p) => p.label === 'message passing');
    expect(phrase).toBeDefined();
    expect(model.phrases.filter((p) => p.keys.includes('message passing'))).toHaveLength(1);
  });

  it('weighs phrases by how specific they are in the field', () => {
    const weight = (label: string) => model.phrases.find((p) => p.label === label)?.weight ?? 0;
    expect(weight('KV cache')).toBeGreaterThan(weight('low precision'));
  });

  it('counts a concept the paper keeps returning to more than one it names in passing', () => {
    // Phrases alone: the shared terms grow with repetition anyway.
    const phrasesOnly = new RelatedScorer(model, { ...RELATED_SETTINGS, textWeight: 0 });
    const score = (abstract: string): number =>
      phrasesOnly.relations({ title: 'Serving language models', abstract }, ['kv'])[0]?.score ?? 0;
    const inPassing = score('We serve language models; the KV cache is one of many buffers.');
    const central = score(
      'The KV cache grows with context. We compress the KV cache, so the KV cache fits in memory.',
    );
    expect(central).toBeGreaterThan(inPassing);
  });

  it('counts a phrase more for the paper it comes first in than for one it is a sub-area of', () => {
    const both = buildRelatedModel(
      [
        { id: 'rounding', title: 'A', abstract: '', keyPhrases: ['stochastic rounding', 'FP8'] },
        { id: 'formats', title: 'B', abstract: '', keyPhrases: ['FP8', 'stochastic rounding'] },
      ],
      termFrequencies(FIELD),
      {},
    );
    const phrasesOnly = new RelatedScorer(both, { ...RELATED_SETTINGS, textWeight: 0 });
    const ranked = (abstract: string): string[] =>
      phrasesOnly.relations({ title: '', abstract }, ['rounding', 'formats']).map((r) => r.paperId);
    expect(ranked('A multiplier with stochastic rounding.')).toEqual(['rounding', 'formats']);
    expect(ranked('Training in FP8.')).toEqual(['formats', 'rounding']);
  });

  it('finds a phrase under its other compound spelling, no more specific for it', () => {
    const compound = buildRelatedModel(
      [{ id: 'pre', title: 'A', abstract: '', keyPhrases: ['pretraining'] }],
      termFrequencies(FIELD),
      {},
    );
    expect(compound.phrases[0]?.keys).toEqual(['pretraining', 'pre training']);
    const found = new RelatedScorer(compound, { ...RELATED_SETTINGS, textWeight: 0 }).relations(
      { title: '', abstract: 'Pre-training at scale.' },
      ['pre'],
    );
    expect(found[0]?.shared).toEqual(['pretraining']);
  });

  it('stays silent when only words common in the field are shared', () => {
    expect(
      scorer.related({
        title: 'Training language models to follow instructions',
        abstract:
          'We fine-tune a language model with human feedback; the model follows instructions.',
      }),
    ).toEqual([]);
  });

  it('leaves out excluded papers, and reads nothing from an empty paper', () => {
    const paper = { title: 'Evicting tokens from the KV cache', abstract: 'KV cache eviction.' };
    expect(scorer.related(paper).map((r) => r.paperId)).toEqual(['kv']);
    expect(scorer.related(paper, { exclude: new Set(['kv']) })).toEqual([]);
    expect(scorer.related({ title: '', abstract: '' })).toEqual([]);
  });

  it('copes with hostile text: TeX, other scripts, a 200 KB abstract', () => {
    expect(() =>
      scorer.related({
        title: '量子化 $\\mathcal{O}(n^2)$ ⟨KV⟩',
        abstract: `${'\\frac{a}{b} '.repeat(20_000)} KV cache`,
      }),
    ).not.toThrow();
  });
});
