// Letters that Unicode decomposition does not reduce to ASCII; µ/μ become "mu" as in "muP".
const FOLDS: Readonly<Record<string, string>> = {
  ł: 'l',
  Ł: 'L',
  ø: 'o',
  Ø: 'O',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  þ: 'th',
  Þ: 'Th',
  ß: 'ss',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ı: 'i',
  µ: 'mu',
  μ: 'mu',
  Μ: 'Mu',
};

/** `text` with accents removed and the letters above spelt in ASCII; other characters stay. */
export function foldToAscii(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\P{ASCII}/gu, (char) => FOLDS[char] ?? char);
}

/** Lower-case ASCII letters and digits of `text`, everything else dropped. */
export function asciiAlphanumerics(text: string): string {
  return foldToAscii(text)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}
