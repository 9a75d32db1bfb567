import { describe, expect, it } from 'vitest';
import { normalizeTitle } from './normalize-title';

const UMUP = 'u μp the unit scaled maximal update parametrization';

describe('normalizeTitle', () => {
  it.each([
    ['list spelling with micro sign', 'u-µP: The Unit-Scaled Maximal Update Parametrization'],
    ['arXiv spelling with Greek mu', 'u-μP: The Unit-Scaled Maximal Update Parametrization'],
    ['raw TeX from citation_title', 'u-$\\mu$P: The Unit-Scaled Maximal Update Parametrization'],
    ['tex2utf output keeping dollars', 'u-$μ$P: The Unit-Scaled Maximal Update Parametrization'],
    ['upper case', 'U-ΜP: THE UNIT-SCALED MAXIMAL UPDATE PARAMETRIZATION'],
    [
      'line breaks and indentation',
      '\n          u-µP: The Unit-Scaled\n   Maximal Update Parametrization\n        ',
    ],
    [
      'non-breaking hyphen and en dash',
      'u\u2011µP: The Unit\u2013Scaled Maximal Update Parametrization',
    ],
    ['trailing period (dblp)', 'u-µP: The Unit-Scaled Maximal Update Parametrization.'],
    ['braces protecting case', '{u-$\\mu$P}: The {Unit-Scaled} Maximal Update Parametrization'],
  ])('folds the %s', (_label, variant) => {
    expect(normalizeTitle(variant)).toBe(UMUP);
  });

  it('drops diacritics, including letters NFD keeps whole', () => {
    expect(normalizeTitle('Kläser Błażej Rampášek Ørsted')).toBe('klaser blazej rampasek orsted');
  });

  it('turns TeX accents into their base letters', () => {
    expect(normalizeTitle('Kl\\"aser and B{\\l}a\\.zej')).toBe(normalizeTitle('Kläser and Blazej'));
  });

  it('folds quote variants and keeps words apart', () => {
    expect(normalizeTitle('Don’t “Stop” Pre-training')).toBe(
      normalizeTitle('Don\'t "Stop" Pre-training'),
    );
  });

  it('keeps "++" so GPS++ differs from GPS', () => {
    expect(normalizeTitle('GPS++: Reviving')).toBe('gps++ reviving');
    expect(normalizeTitle('GPS: Reviving')).not.toBe(normalizeTitle('GPS++: Reviving'));
  });

  it('treats underscores as word breaks (PySCF_IPU)', () => {
    expect(normalizeTitle('Generating QM1B with PySCF_IPU')).toBe('generating qm1b with pyscf ipu');
  });

  it('removes control characters and lone surrogates without throwing', () => {
    expect(normalizeTitle('Unit\u0000 Scaling\u0007 \ud800')).toBe('unit scaling');
  });

  it('returns an empty string for text with no words', () => {
    expect(normalizeTitle(' — $\\,$ … ')).toBe('');
  });
});
