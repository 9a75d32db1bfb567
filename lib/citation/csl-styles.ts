import { readFileSync } from 'node:fs';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import type { CitationFormat, RenderedCitation } from './formats';
import type { CslItem } from './csl-data';

/** The citation formats rendered by a CSL style. */
export type CslFormat = Extract<
  CitationFormat,
  'apa' | 'mla' | 'chicago' | 'ieee' | 'harvard' | 'vancouver'
>;

interface CslStyle {
  /** Template name in Citation.js's CSL plugin. */
  template: string;
  /** Our own style file in data/styles, or undefined when the plugin ships the style. */
  file?: string;
  /** Numbered styles start each entry with its list number, which a lone entry drops. */
  numbered: boolean;
}

/**
 * Where each style comes from: APA 7, Vancouver and Harvard (Cite Them Right) ship with
 * @citation-js/plugin-csl; MLA 9, Chicago author-date and IEEE are this project's CSL files.
 */
export const CSL_STYLES: Readonly<Record<CslFormat, CslStyle>> = {
  apa: { template: 'apa', numbered: false },
  mla: { template: 'gc-mla', file: 'mla.csl', numbered: false },
  chicago: { template: 'gc-chicago-author-date', file: 'chicago-author-date.csl', numbered: false },
  ieee: { template: 'gc-ieee', file: 'ieee.csl', numbered: true },
  harvard: { template: 'harvard1', numbered: false },
  vancouver: { template: 'vancouver', numbered: true },
};

/** Whether a citation format is produced by a CSL style. */
export function isCslFormat(format: string): format is CslFormat {
  return format in CSL_STYLES;
}

const STYLES_DIR = new URL('../../data/styles/', import.meta.url);

/** The XML of one of this project's style files in data/styles. */
export function readStyleFile(file: string): string {
  return readFileSync(new URL(file, STYLES_DIR), 'utf8');
}

function ensureTemplate(style: CslStyle): void {
  const { styles: templates } = plugins.config.get('@csl');
  if (style.file !== undefined && !templates.has(style.template)) {
    templates.add(style.template, readStyleFile(style.file));
  }
}

// citeproc's text output leaves the list number ("[1]", "1.") in front of numbered entries.
const LEADING_NUMBER = /^\s*(?:\[1\]|1\.)\s*/;

/** The contents of the one entry of citeproc's HTML bibliography, without its number. */
function entryHtml(bibliography: string): string {
  const entry = /<div[^>]*class="csl-entry"[^>]*>([\s\S]*)<\/div>\s*<\/div>\s*$/.exec(bibliography);
  const inner = (entry?.[1] ?? bibliography).trim();
  const rightInline = /<div class="csl-right-inline">([\s\S]*)<\/div>$/.exec(inner);
  return (rightInline?.[1] ?? inner).trim();
}

/**
 * One CSL-JSON item formatted by a CSL style (US English locale), as plain text and as the
 * entry's HTML (`<i>` for italics, entities escaped, no wrapping `div`s). Numbered styles'
 * list numbers are dropped: a reference copied on its own has no place in a list yet.
 */
export function renderCsl(item: CslItem, format: CslFormat): RenderedCitation {
  const style = CSL_STYLES[format];
  ensureTemplate(style);
  const cite = new Cite(item);
  const options = { template: style.template, lang: 'en-US' } as const;
  let text = cite.format('bibliography', { ...options, format: 'text' }).trim();
  if (style.numbered) text = text.replace(LEADING_NUMBER, '');
  return { text, html: entryHtml(cite.format('bibliography', { ...options, format: 'html' })) };
}

/**
 * The in-text citation of one item in a style's citation mode (APA: "(Blake et al., 2023)"),
 * as plain text. Cited alone: a document citing several papers by the same first author would
 * have its citation manager disambiguate them ("2023a").
 */
export function renderCslCitation(item: CslItem, format: CslFormat): string {
  const style = CSL_STYLES[format];
  ensureTemplate(style);
  return new Cite(item).format('citation', {
    template: style.template,
    lang: 'en-US',
    format: 'text',
  });
}
