import { describe, expect, it } from 'vitest';
import { normalizeTitle } from '../matching/normalize-title';
import { foldTerm, wordForms } from './terms';

describe('foldTerm', () => {
  it.each(['Scaling', 'FP8', 'Kläser', 'u-µP', 'PySCF_IPU', 'GPS++', '$\\mu$P', 'ÉCOLE'])(
    'folds %s exactly as titles are normalised',
    (term) => {
      expect(foldTerm(term)).toEqual(normalizeTitle(term).split(' ').filter(Boolean));
    },
  );
});

describe('wordForms', () => {
  it('files μ words under "mu" too, and number formats under both names', () => {
    expect(wordForms('μp')).toEqual(['μp', 'mup']);
    expect(wordForms('float8')).toEqual(['float8', 'fp8']);
    expect(wordForms('scaling')).toEqual(['scaling']);
  });
});
