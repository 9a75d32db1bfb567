import {
  isInTextFormat,
  joinInText,
  type CopyFormat,
  type RenderedCitation,
} from '../lib/citation/formats';

type CitationTable = Record<string, Record<string, RenderedCitation>>;

let table: Promise<CitationTable> | undefined;

/**
 * The build-time rendered citations of the whole index. Loaded on the first copy, so the
 * popup's first render does not parse them.
 */
function citations(): Promise<CitationTable> {
  table ??= import('../data/generated/citations.json').then((m) => m.default as CitationTable);
  return table;
}

/**
 * The citations of `paperIds` in `format`, joined as a researcher would paste a list; in-text
 * forms join into one citation (`\cite{a,b}`, "(Blake et al., 2023; Orr et al., 2024)").
 */
export async function citationText(
  paperIds: readonly string[],
  format: CopyFormat,
): Promise<RenderedCitation> {
  const all = await citations();
  const find = (id: string, form: CopyFormat): RenderedCitation => {
    const citation = all[id]?.[form];
    if (!citation) throw new Error(`no ${form} citation for ${id}`);
    return citation;
  };
  if (isInTextFormat(format)) {
    const parts = paperIds.map((id) => ({
      key: find(id, 'cite-key').text,
      inText: find(id, 'in-text').text,
    }));
    return { text: joinInText(format, parts) };
  }
  const rendered = paperIds.map((id) => find(id, format));
  const separator =
    format === 'bibtex' || format === 'biblatex' || format === 'ris' ? '\n\n' : '\n';
  // CSL-JSON items join into one array; the other formats into the list a .bib or a
  // reference list would hold.
  const text =
    format === 'csl-json'
      ? JSON.stringify(
          rendered.flatMap((c) => JSON.parse(c.text) as unknown[]),
          null,
          2,
        )
      : rendered.map((c) => c.text.trimEnd()).join(separator);
  const html = rendered.every((c) => c.html) ? rendered.map((c) => c.html).join('\n') : undefined;
  return html ? { text, html } : { text };
}

/**
 * Puts the citations on the clipboard; styled formats go as both plain text and HTML, so a
 * word processor keeps the italics. Throws with a reason the popup can show.
 */
export async function copyCitations(
  paperIds: readonly string[],
  format: CopyFormat,
): Promise<void> {
  const { text, html } = await citationText(paperIds, format);
  if (html && typeof ClipboardItem !== 'undefined') {
    if (!navigator.clipboard) throw new Error('the clipboard is unavailable here');
    await navigator.clipboard.write([
      new ClipboardItem({
        'text/plain': new Blob([text], { type: 'text/plain' }),
        'text/html': new Blob([html], { type: 'text/html' }),
      }),
    ]);
  } else {
    await copyText(text);
  }
}

/** Puts plain text on the clipboard; throws with a reason the popup can show. */
export async function copyText(text: string): Promise<void> {
  if (!navigator.clipboard) throw new Error('the clipboard is unavailable here');
  await navigator.clipboard.writeText(text);
}

/** File name extension of each downloadable format. */
const EXTENSIONS: Partial<Record<CopyFormat, string>> = {
  bibtex: 'bib',
  biblatex: 'bib',
  ris: 'ris',
  'csl-json': 'json',
};

/**
 * Saves the citations of `paperIds` as a file (the browser's download), e.g. the whole index
 * as one .bib. Returns the file name.
 */
export async function downloadIndex(
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
