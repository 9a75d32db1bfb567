import { Transform } from 'unicode2latex';
import { markProtectedParts } from './title-words';

/**
 * Unicode → LaTeX in BibTeX's preferred shape: every accented or special letter is one braced
 * group (`Kl{\"a}ser`, `B{\l}a{\.z}ej`, `Balan{\c c}a`), so BibTeX's name and case handling
 * treats it as one letter; `& % $ # _` are escaped. Micro sign and Greek mu both become
 * `$\mu$`, which needs no package in LaTeX and is left alone by Biber.
 */
const toLatex = new Transform('bibtex-creator', {
  charmap: { '\u00b5': { math: '\\mu' }, '\u03bc': { math: '\\mu' } },
});

/** `text` made safe for a BibTeX/BibLaTeX field value (not for url/doi, which stay verbatim). */
export function texEscape(text: string): string {
  return toLatex.tolatex(text);
}

/**
 * A title for BibTeX/BibLaTeX: escaped, with braces around the word parts that a sentence-
 * casing style (plain.bst, biblatex-apa…) must leave alone, chosen by rule, not from a word
 * list (see {@link markProtectedParts}).
 */
export function texTitle(title: string): string {
  return markProtectedParts(title)
    .map((token) => {
      if (typeof token === 'string') return token;
      const core = token.parts
        .map(({ text, keep }) => (keep ? `{${texEscape(text)}}` : texEscape(text)))
        .join('');
      return texEscape(token.word.lead) + core + texEscape(token.word.trail);
    })
    .join('');
}
