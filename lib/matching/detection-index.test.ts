import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { PaperListSchema } from '../papers/model';
import { PaperMatcher, buildDetectionIndex } from './detection-index';

const papers = v.parse(
  PaperListSchema,
  JSON.parse(readFileSync(new URL('../../data/papers.json', import.meta.url), 'utf8')),
).papers;
const matcher = new PaperMatcher(buildDetectionIndex(papers));

describe('PaperMatcher.titleWithin (references)', () => {
  it.each([
    [
      'Charlie Blake, Douglas Orr, and Carlo Luschi. Unit scaling: Out-of-the-box low-precision training. In ICML, 2023.',
      'unit-scaling',
    ],
    [
      'C. Blake et al. u-$\\mu$P: the unit-scaled maximal update parametrization. arXiv:2407.17465, 2024',
      'u-mup',
    ],
    [
      '[12] Kosec, M., Fu, S., Krell, M. M. Packing: Towards 2x NLP BERT acceleration. arXiv preprint, 2021.',
      'sequence-packing',
    ],
  ])('finds the cited title in "%s"', (reference, id) => {
    expect(matcher.titleWithin(reference)).toBe(id);
  });

  it.each([
    'Unit scaling revisited: a study of out-of-the-box low-precision training. 2025.',
    'G. Yang et al. Tensor programs V: tuning large neural networks via zero-shot hyperparameter transfer. NeurIPS 2021.',
    'Unit scaling: Out-of-the-box low-precision trainingsets for vision. 2024.',
    '',
  ])('finds nothing in "%s"', (reference) => {
    expect(matcher.titleWithin(reference)).toBeUndefined();
  });

  it('reads at most the start of a very long reference', () => {
    const padded = `${'word '.repeat(1000)}Unit scaling: Out-of-the-box low-precision training.`;
    expect(matcher.titleWithin(padded)).toBeUndefined();
  });
});
