/**
 * Citations of the index's papers in every format the extension offers ({@link CITATION_FORMATS}).
 * Runs at build time: the extension ships the strings {@link renderCitations} returns.
 *
 * **Which version is cited.** When a paper has an archival version (`paper.archival`: the
 * conference version of a workshop paper, the journal version of a preprint), every format
 * cites that version: its venue, year, DOI and URL, and its title and authors where it gives
 * them (else the listed ones). Otherwise the version the list shows is cited, with the URL of
 * its proceedings page, else its OpenReview forum, else its arXiv abstract page (a preprint's is
 * always arXiv). The arXiv record goes with both, as `eprint` in BibTeX.
 *
 * **Citation keys** ({@link citationKey}, {@link citationKeys}) follow Google Scholar: first
 * author's family name + year + first significant title word, lower-case ASCII
 * (`blake2023unit`, `balanca2024scalify`, `blake2024umup` for "u-µP"). They are built from the
 * *listed* version only — its first author, its title and `paper.year` — so a key stays the
 * same when an archival version is added later, even if that version's year differs (u-µP is
 * ICLR 2025 but keeps `blake2024umup`). The whole family name is used ("Cruz-Salinas" →
 * `cruzsalinas`), accents and µ/μ are folded ("Balança" → `balanca`, µ → `mu`), and the title
 * word skips articles, common prepositions and question words but not "Towards", as Scholar
 * does. Clashes within the index get `a`, `b`, … in list-date order; the earliest keeps the
 * plain key.
 *
 * **BibTeX/BibLaTeX** ({@link bibEntry}): `@inproceedings` for conference and workshop
 * papers, `@article` for journals (TMLR included), `@misc` for preprints. Unicode is written as
 * LaTeX macros, one braced group per letter (`Kl{\"a}ser`); both µ (micro sign) and μ (Greek
 * mu) become `$\mu$`, which plain LaTeX and biblatex/Biber accept without extra packages.
 * Title words a style must not re-case are chosen by rule (see `title-words.ts`) and braced in
 * TeX, wrapped in `<span class="nocase">` in CSL-JSON.
 *
 * **Styled formats** come from CSL styles run by citeproc-js (through Citation.js), US English
 * locale: APA 7, Vancouver and Harvard (Cite Them Right) as shipped by @citation-js/plugin-csl;
 * MLA 9, Chicago author-date (17th ed.) and IEEE from this project's `data/styles/*.csl`.
 *
 * **Title case.** Each paper's title is curated in sentence case too (`sentenceCaseTitle`):
 * APA 7 and IEEE print it with a capital after a colon, Vancouver and Harvard as it is (lower-
 * case subtitle), MLA and Chicago title-case the title as printed. RIS and CSL-JSON carry the
 * sentence-case form, as reference managers store titles; BibTeX keeps the printed title and
 * braces what a sentence-casing `.bst` must not lower-case (acronyms, stylised names, and the
 * proper nouns the sentence-case form keeps). APA cites a paper in published proceedings as
 * "In *Proceedings* (Vol., pp.). Publisher." and a workshop paper without them as a paper
 * presentation (`styleItem`).
 *
 * **In-text forms** ({@link IN_TEXT_FORMATS}): `\cite{key}`, `\citep`, `\citet`, the key, and
 * APA's "(Blake et al., 2023)" from citeproc's citation mode; {@link joinInText} joins several.
 *
 * @module
 */
import type { Paper, PaperList } from '../papers/model';
import { bibEntry, type BibFlavour } from './bibtex';
import { citedWork, type CitedWork } from './cited-version';
import { cslItem, styleItem } from './csl-data';
import { isCslFormat, renderCsl, renderCslCitation } from './csl-styles';
import {
  COPY_FORMATS,
  joinInText,
  type CopyFormat,
  type CitationSet,
  type RenderedCitation,
} from './formats';
import { citationKey, citationKeys } from './keys';
import { markdownReference, plainReference } from './plain';
import { risRecord } from './ris';

export { bibEntry, bibEntryType, type BibFlavour } from './bibtex';
export { citedWork, type CitedWork } from './cited-version';
export { cslItem, type CslItem } from './csl-data';
export { CSL_STYLES, type CslFormat } from './csl-styles';
export {
  CITATION_FORMATS,
  COPY_FORMATS,
  DEFAULT_CITATION_FORMAT,
  IN_TEXT_FORMATS,
  isCitationFormat,
  isCopyFormat,
  isInTextFormat,
  joinInText,
  type CitationFormat,
  type CitationSet,
  type CopyFormat,
  type InTextFormat,
  type InTextParts,
  type RenderedCitation,
} from './formats';
export { citationKey, citationKeys, type KeySource } from './keys';
export { markdownReference, plainReference } from './plain';
export { risRecord } from './ris';
export { texEscape, texTitle } from './tex';

/** Options of {@link formatCitation}. */
export interface FormatOptions {
  /** Citation key to use; defaults to {@link citationKey} (not disambiguated against an index). */
  key?: string;
}

function renderWork(work: CitedWork, key: string, format: CopyFormat): RenderedCitation {
  if (isCslFormat(format)) return renderCsl(styleItem(work, key, format), format);
  switch (format) {
    case 'cite':
    case 'citep':
    case 'citet':
    case 'cite-key':
      return { text: joinInText(format, [{ key, inText: '' }]) };
    case 'in-text':
      return { text: renderCslCitation(styleItem(work, key, 'apa'), 'apa') };
    case 'bibtex':
    case 'biblatex':
      return { text: bibEntry(work, key, format) };
    case 'ris':
      return { text: risRecord(work, key) };
    case 'csl-json':
      return { text: JSON.stringify([cslItem(work, key)], null, 2) };
    case 'plain':
      return { text: plainReference(work) };
    case 'markdown':
      return { text: markdownReference(work) };
  }
}

/**
 * One paper's citation in one format. CSL-JSON is a one-item array, so it imports as a file.
 * Within an index, pass the key from {@link citationKeys} so clashing keys stay unique.
 */
export function formatCitation(
  paper: Paper,
  format: CopyFormat,
  options: FormatOptions = {},
): RenderedCitation {
  return renderWork(citedWork(paper), options.key ?? citationKey(paper), format);
}

/** Every format of one paper's citation, and its in-text forms. */
export function formatAllCitations(paper: Paper, options: FormatOptions = {}): CitationSet {
  const work = citedWork(paper);
  const key = options.key ?? citationKey(paper);
  const entries = COPY_FORMATS.map(({ id }) => [id, renderWork(work, key, id)] as const);
  return Object.fromEntries(entries) as CitationSet;
}

/** A .bib file of the whole index in one flavour, entries in list order, keys unique. */
export function bibFile(list: PaperList, flavour: BibFlavour): string {
  const keys = citationKeys(list.papers);
  const entries = list.papers.map((paper) =>
    bibEntry(citedWork(paper), keys.get(paper.id) ?? citationKey(paper), flavour),
  );
  return `${entries.join('\n\n')}\n`;
}

/** Every format of every paper's citation, by paper id, with keys unique across the index. */
export function renderCitations(list: PaperList): Record<string, CitationSet> {
  const keys = citationKeys(list.papers);
  return Object.fromEntries(
    list.papers.map((paper) => {
      const key = keys.get(paper.id) ?? citationKey(paper);
      return [paper.id, formatAllCitations(paper, { key })];
    }),
  );
}
