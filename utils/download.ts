/**
 * Citations saved as a file, through the browser's download (the options page's export).
 *
 * @module
 */
import type { CopyFormat } from '../lib/citation/formats';
import { citationText } from './citations';

/** File name extension of each downloadable format. */
const EXTENSIONS: Partial<Record<CopyFormat, string>> = {
  bibtex: 'bib',
  biblatex: 'bib',
  ris: 'ris',
  'csl-json': 'json',
};

/** Saves the citations of `paperIds` as one file, e.g. the whole index as a .bib; its name. */
export async function downloadCitations(
  paperIds: readonly string[],
  format: CopyFormat,
): Promise<string> {
  const { text } = await citationText(paperIds, format);
  const name = `graphcore-research-papers.${EXTENSIONS[format] ?? 'txt'}`;
  const url = URL.createObjectURL(new Blob([`${text}\n`], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}
