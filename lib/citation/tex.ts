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

// "PySCF_IPU": the group's list writes the subscript of the papers' PySCF$_{IPU}$ as "_".
const SUBSCRIPTED = /^(\p{L}[\p{L}\p{N}]*)_(\p{Lu}+)$/u;

/**
 * A word part in TeX: escaped, except that a name with a capitalised subscript written as an
 * underscore ("PySCF_IPU") is typeset as the papers print it, `PySCF$_{\mathrm{IPU}}$`
 * (`\mathrm`, not amsmath's `\text`, so that plain LaTeX needs no package).
 */
function texPart(text: string): string {
  const subscripted = SUBSCRIPTED.exec(text);
  if (!subscripted) return texEscape(text);
  const [, base = '', subscript = ''] = subscripted;
  return `${texEscape(base)}$_{\\mathrm{${subscript}}}$`;
}

/**
 * A title for BibTeX/BibLaTeX: escaped, with braces around the word parts that a sentence-
 * casing style (plain.bst, biblatex-apa…) must leave alone: acronyms and stylised names by
 * rule, proper nouns as the title's curated sentence-case form has them (see
 * {@link markProtectedParts}).
 */
export function texTitle(title: string, sentenceCase?: string): string {
  return markProtectedParts(title, sentenceCase)
    .map((token) => {
      if (typeof token === 'string') return token;
      const core = token.parts
        .map(({ text, keep }) => (keep ? `{${texPart(text)}}` : texPart(text)))
        .join('');
      return texEscape(token.word.lead) + core + texEscape(token.word.trail);
    })
    .join('');
}
