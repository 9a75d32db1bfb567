import { describe, expect, it } from 'vitest';
import { texEscape, texTitle } from './tex';
import {
  capitalizeSubtitles,
  hasProtectedCapitals,
  isSentenceCase,
  suggestSentenceCase,
} from './title-words';

describe('texEscape', () => {
  it.each([
    ['Kläser', 'Kl{\\"a}ser'],
    ['Błażej', 'B{\\l}a{\\.z}ej'],
    ['Rampášek', "Ramp{\\'a}{\\v s}ek"],
    ['Balança', 'Balan{\\c c}a'],
    ['Hvilshøj', 'Hvilsh{\\o}j'],
    ['Müller', 'M{\\"u}ller'],
  ])('writes the letters of %s as braced TeX macros', (name, tex) => {
    expect(texEscape(name)).toBe(tex);
  });

  it('escapes the characters TeX treats specially', () => {
    expect(texEscape('R&D 100% PySCF_IPU #1 $5')).toBe('R\\&D 100\\% PySCF\\_IPU \\#1 \\$5');
  });

  it('writes both the micro sign and Greek mu as $\\mu$', () => {
    expect(texEscape('\u00b5P and \u03bcP')).toBe('$\\mu$P and $\\mu$P');
  });

  it('leaves ++ and ASCII text alone', () => {
    expect(texEscape('GPS++ and C++')).toBe('GPS++ and C++');
  });
});

describe('hasProtectedCapitals', () => {
  it.each([
    'IPU',
    'FP8',
    'LLM',
    'BERT',
    'GPS++',
    'DFT',
    'SRAM',
    'MiniMol',
    'JAX',
    'QM1B',
    'PySCF_IPU',
    'GNN',
    'µP',
    'A100',
  ])('protects %s', (word) => expect(hasProtectedCapitals(word)).toBe(true));
  it.each(['Unit', 'scaling', 'Llama', '8', 'bit', 'A', 'x2'])('leaves %s to the style', (word) =>
    expect(hasProtectedCapitals(word)).toBe(false),
  );
});

describe('isSentenceCase', () => {
  it('tells sentence case from title case by the ordinary words', () => {
    expect(
      isSentenceCase('Scalify: scale propagation for efficient low-precision LLM training'),
    ).toBe(true);
    expect(isSentenceCase('Unit Scaling: Out-of-the-Box Low-Precision Training')).toBe(false);
    expect(isSentenceCase('Generating QM1B with PySCF_IPU')).toBe(false);
  });
});

describe('texTitle', () => {
  it('braces acronyms, mixed-case words and digit/capital mixes', () => {
    expect(texTitle('GPS++: Reviving the Art of Message Passing')).toBe(
      '{GPS++}: Reviving the Art of Message Passing',
    );
    expect(texTitle('Generating QM1B with PySCF_IPU')).toBe(
      'Generating {QM1B} with {PySCF$_{\\mathrm{IPU}}$}',
    );
    expect(texTitle('PopSparse: Accelerated block sparse matrix multiplication on IPU')).toBe(
      '{PopSparse}: Accelerated block sparse matrix multiplication on {IPU}',
    );
    expect(texTitle('Training FP8 LLMs with JAX on a GNN (DFT, SRAM)')).toBe(
      'Training {FP8} {LLMs} with {JAX} on a {GNN} ({DFT}, {SRAM})',
    );
  });

  it('braces only the part of a hyphenated word that needs it', () => {
    expect(texTitle('u-µP: The Unit-Scaled Maximal Update Parametrization')).toBe(
      'u-{$\\mu$P}: The Unit-Scaled Maximal Update Parametrization',
    );
    expect(texTitle('Pre-Training of BERT-Large')).toBe('Pre-Training of {BERT}-Large');
  });

  it('leaves Title Case words to the style', () => {
    expect(texTitle('Unit Scaling: Out-of-the-Box Low-Precision Training')).toBe(
      'Unit Scaling: Out-of-the-Box Low-Precision Training',
    );
    expect(texTitle('8-bit Numerical Formats for Deep Neural Networks')).toBe(
      '8-bit Numerical Formats for Deep Neural Networks',
    );
  });

  it('braces capitalised words inside a sentence-case title: they are proper nouns', () => {
    expect(texTitle('Fine-tuning Llama models with low-rank adapters: a study')).toBe(
      'Fine-tuning {Llama} models with low-rank adapters: a study',
    );
    expect(
      texTitle(
        'The role of graph topology in the performance of biomedical Knowledge Graph models',
      ),
    ).toBe(
      'The role of graph topology in the performance of biomedical {Knowledge} {Graph} models',
    );
  });

  it('braces the proper nouns that the curated sentence-case title keeps capitalised', () => {
    expect(
      texTitle(
        'Co-Design Optimization on Intelligence Processing Units: A Study of Out-of-the-Box BERT',
        'Co-design optimization on Intelligence Processing Units: a study of out-of-the-box BERT',
      ),
    ).toBe(
      'Co-Design Optimization on {Intelligence} {Processing} {Units}: A Study of Out-of-the-Box {BERT}',
    );
    // Without a curated form, capitals of a title-case title say nothing: no braces.
    expect(texTitle('Co-Design Optimization on Intelligence Processing Units')).toBe(
      'Co-Design Optimization on Intelligence Processing Units',
    );
  });

  it('typesets a capitalised subscript written with an underscore as the papers print it', () => {
    expect(texTitle('PySCF_IPU: Repurposing DFT')).toBe(
      '{PySCF$_{\\mathrm{IPU}}$}: Repurposing {DFT}',
    );
  });

  it('escapes special characters inside and outside braces', () => {
    expect(texTitle('Fast & Cheap: 100% of MiniMol_v2 #1')).toBe(
      'Fast \\& Cheap: 100\\% of {MiniMol\\_v2} \\#1',
    );
  });
});

describe('sentence case', () => {
  it('suggests a sentence-case form, keeping acronyms and stylised names', () => {
    expect(suggestSentenceCase('MiniMol: A Parameter-Efficient Foundation Model for FP8')).toBe(
      'MiniMol: a parameter-efficient foundation model for FP8',
    );
    expect(suggestSentenceCase('Scalify: scale propagation for efficient LLM training')).toBe(
      'Scalify: scale propagation for efficient LLM training',
    );
  });

  it('capitalises the first word of a subtitle for APA and IEEE, not a stylised one', () => {
    expect(capitalizeSubtitles('Unit scaling: out-of-the-box low-precision training')).toBe(
      'Unit scaling: Out-of-the-box low-precision training',
    );
    expect(capitalizeSubtitles('Scaling laws: u-\u03bcP and beyond')).toBe(
      'Scaling laws: u-\u03bcP and beyond',
    );
  });
});
