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

/** Every format of one paper's citation. */
export type CitationSet = Record<CitationFormat, RenderedCitation>;
