/** The citation formats the extension offers, in menu order, with their labels. */
export const CITATION_FORMATS = [
  { id: 'bibtex', label: 'BibTeX' },
  { id: 'biblatex', label: 'BibLaTeX' },
  { id: 'apa', label: 'APA (7th ed.)' },
  { id: 'mla', label: 'MLA (9th ed.)' },
  { id: 'chicago', label: 'Chicago (author-date)' },
  { id: 'ieee', label: 'IEEE' },
  { id: 'harvard', label: 'Harvard (Cite Them Right)' },
  { id: 'vancouver', label: 'Vancouver' },
  { id: 'ris', label: 'RIS' },
  { id: 'csl-json', label: 'CSL-JSON' },
  { id: 'plain', label: 'Plain text' },
  { id: 'markdown', label: 'Markdown link' },
] as const;

/** Id of a citation format. */
export type CitationFormat = (typeof CITATION_FORMATS)[number]['id'];

/**
 * What an author pastes into the manuscript's text while writing, beside the reference itself:
 * LaTeX's `\cite{key}`, natbib's `\citep{key}` and `\citet{key}`, the key alone, and APA's
 * author–year citation "(Blake et al., 2023)" of the cited version. Several papers join into
 * one: `\cite{a,b}`, "(Blake et al., 2023; Orr et al., 2024)" ({@link joinInText}). They are
 * offered in the copy menu and by `npm run cite`, but never become the one-click default: that
 * button (and the page card and the shortcut) copies a reference.
 */
export const IN_TEXT_FORMATS = [
  { id: 'cite', label: '\\cite{…}' },
  { id: 'citep', label: '\\citep{…}' },
  { id: 'citet', label: '\\citet{…}' },
  { id: 'cite-key', label: 'Citation key' },
  { id: 'in-text', label: 'In-text (Author, year)' },
] as const;

/** Id of an in-text form. */
export type InTextFormat = (typeof IN_TEXT_FORMATS)[number]['id'];

/** Anything the copy menu and `npm run cite` offer: a reference format or an in-text form. */
export type CopyFormat = CitationFormat | InTextFormat;

/** A format as the copy menu offers it. */
export interface CopyFormatOption {
  id: CopyFormat;
  label: string;
  /** An in-text form (`\citep{…}`): listed after the reference formats, below a separator. */
  inText?: true;
}

/** The copy menu: the reference formats, then the in-text forms. */
export const COPY_FORMATS: readonly CopyFormatOption[] = [
  ...CITATION_FORMATS,
  ...IN_TEXT_FORMATS.map((format) => ({ ...format, inText: true as const })),
];

const IN_TEXT_IDS: ReadonlySet<string> = new Set(IN_TEXT_FORMATS.map((format) => format.id));

/** Whether `value` names an in-text form. */
export function isInTextFormat(value: string): value is InTextFormat {
  return IN_TEXT_IDS.has(value);
}

/** Whether `value` names a reference format or an in-text form. */
export function isCopyFormat(value: string): value is CopyFormat {
  return isCitationFormat(value) || isInTextFormat(value);
}

/** One paper's parts of its in-text forms. */
export interface InTextParts {
  /** Its citation key. */
  key: string;
  /** Its APA citation, "(Blake et al., 2023)". */
  inText: string;
}

/**
 * The in-text form of one or more papers, as an author writes it: one `\cite{a,b}` (natbib
 * alike), keys joined by commas, and one parenthetical APA citation with the works in
 * alphabetical order and separated by semicolons, as APA 7 (8.12) orders them.
 */
export function joinInText(format: InTextFormat, papers: readonly InTextParts[]): string {
  const keys = papers.map((paper) => paper.key).join(',');
  switch (format) {
    case 'cite':
    case 'citep':
    case 'citet':
      return `\\${format}{${keys}}`;
    case 'cite-key':
      return keys;
    case 'in-text': {
      const works = papers.map((paper) => paper.inText.replace(/^\((.*)\)$/s, '$1'));
      return `(${works.sort((a, b) => a.localeCompare(b, 'en')).join('; ')})`;
    }
  }
}

/** The format shown first and used when none is chosen. */
export const DEFAULT_CITATION_FORMAT: CitationFormat = 'bibtex';

const FORMAT_IDS: ReadonlySet<string> = new Set(CITATION_FORMATS.map((format) => format.id));

/** Whether `value` names a citation format (for command lines and stored settings). */
export function isCitationFormat(value: string): value is CitationFormat {
  return FORMAT_IDS.has(value);
}

/** One rendered citation: plain text, plus HTML for the styled (CSL) formats. */
export interface RenderedCitation {
  text: string;
  html?: string;
}

/** Every format of one paper's citation, and its in-text forms. */
export type CitationSet = Record<CopyFormat, RenderedCitation>;
