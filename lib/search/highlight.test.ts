import { describe, expect, it } from 'vitest';
import { highlightSegments } from './highlight';

describe('highlightSegments', () => {
  it('marks words that start with a matched term, keeping the rest', () => {
    expect(highlightSegments('Unit Scaling: Out-of-the-Box', ['scal', 'box'])).toEqual([
      { text: 'Unit ', match: false },
      { text: 'Scaling', match: true },
      { text: ': Out-of-the-', match: false },
      { text: 'Box', match: true },
    ]);
  });

  it('folds case, accents and µ/μ like the index', () => {
    expect(
      highlightSegments('Kläser and u-µP', ['klaser', 'μp'])
        .filter((s) => s.match)
        .map((s) => s.text),
    ).toEqual(['Kläser', 'µP']);
  });

  it('returns the text whole when nothing matches or no terms are given', () => {
    expect(highlightSegments('GroupBERT', [])).toEqual([{ text: 'GroupBERT', match: false }]);
    expect(highlightSegments('GroupBERT', ['fp8'])).toEqual([{ text: 'GroupBERT', match: false }]);
  });
});
