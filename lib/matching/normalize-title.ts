/**
 * The one normalisation of paper titles, shared by the index build and the content script.
 * Two spellings of a title that a reader would call "the same title" normalise to the same
 * string: case, diacritics, µ/μ, TeX markup, dash and quote variants, punctuation and
 * whitespace are all folded away. Words and their order are kept, so a different title
 * (or the title inside a longer sentence) stays different.
 *
 * @module
 */

/** TeX commands that arXiv and authors put in titles, mapped to the letters they print. */
const TEX_SYMBOLS: Record<string, string> = {
  alpha: 'α',
  beta: 'β',
  gamma: 'γ',
  delta: 'δ',
  epsilon: 'ε',
  varepsilon: 'ε',
  zeta: 'ζ',
  eta: 'η',
  theta: 'θ',
  kappa: 'κ',
  lambda: 'λ',
  mu: 'μ',
  nu: 'ν',
  xi: 'ξ',
  pi: 'π',
  rho: 'ρ',
  sigma: 'σ',
  tau: 'τ',
  phi: 'φ',
  varphi: 'φ',
  chi: 'χ',
  psi: 'ψ',
  omega: 'ω',
  Gamma: 'γ',
  Delta: 'δ',
  Theta: 'θ',
  Lambda: 'λ',
  Pi: 'π',
  Sigma: 'σ',
  Phi: 'φ',
  Omega: 'ω',
  times: '×',
  infty: '∞',
  ell: 'l',
  textmu: 'μ',
  textendash: '-',
  textemdash: '-',
  l: 'l',
  L: 'l',
  o: 'o',
  O: 'o',
  ss: 'ss',
  ae: 'ae',
  oe: 'oe',
  i: 'i',
};

const TEX_COMMAND = /\\([A-Za-z]+)\s*/g;
// \"o, \'e, \v{s}, \k{a}, \L …: accent commands before one letter, braced or not.
const TEX_ACCENT = /\\[`'^"~=.uvHckbdrt]\s*\{?([A-Za-z])\}?/g;
// Math delimiters and grouping braces join what they enclose to its neighbours: u-$\mu$P is "uμP".
const TEX_GROUPING = /[${}]/g;
const COMBINING_MARKS = /\p{M}+/gu;
// Letters that NFD does not decompose but readers treat as their base letter.
const FOLDED_LETTERS: Record<string, string> = {
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
};
const FOLDED_LETTER = /[łøđßæœı]/g;
const NON_ASCII = /[\u0080-\uffff]/;
/** Words are runs of letters, digits and "+" ("GPS++" keeps its pluses); the rest separates. */
const WORDS = /[\p{L}\p{N}+]+/gu;
const ASCII_WORDS = /[a-z0-9+]+/g;

/**
 * The words of a title (or of any text) in the one normal form: what {@link normalizeTitle}
 * joins with spaces, for readers of long texts that want the words themselves.
 */
export function normalWordsOf(text: string): string[] {
  let s = text;
  if (s.includes('\\')) {
    s = s
      .replace(TEX_ACCENT, '$1')
      .replace(TEX_COMMAND, (_command, name: string) => TEX_SYMBOLS[name] ?? ' ');
  }
  s = s.replace(TEX_GROUPING, '');
  // Plain ASCII (most text) has nothing for the Unicode steps to change.
  if (!NON_ASCII.test(s)) return s.toLowerCase().match(ASCII_WORDS) ?? [];
  // NFKC folds µ (micro sign) into μ and full-width or ligature forms into plain letters;
  // NFD then splits accents off so they can be dropped.
  s = s.normalize('NFKC').toLowerCase().normalize('NFD').replace(COMBINING_MARKS, '');
  s = s.replace(FOLDED_LETTER, (c) => FOLDED_LETTERS[c] ?? c);
  return s.match(WORDS) ?? [];
}

/**
 * Normalises a title (or any text that may be one) for comparison.
 *
 * @example
 * normalizeTitle('u-$\\mu$P: The Unit-Scaled  Maximal Update Parametrization')
 * // → 'u μp the unit scaled maximal update parametrization'
 * normalizeTitle('u-µP: The Unit-Scaled Maximal Update Parametrization') // same
 */
export function normalizeTitle(text: string): string {
  return normalWordsOf(text).join(' ');
}
