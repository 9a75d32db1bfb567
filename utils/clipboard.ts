import type { CitationFormat } from '../lib/citation/formats';

interface RenderedCitation {
  text: string;
  html?: string;
}

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

/** The citations of `paperIds` in `format`, joined as a researcher would paste a list. */
export async function citationText(
  paperIds: readonly string[],
  format: CitationFormat,
): Promise<RenderedCitation> {
  const all = await citations();
  const rendered = paperIds.map((id) => {
    const citation = all[id]?.[format];
    if (!citation) throw new Error(`no ${format} citation for ${id}`);
    return citation;
  });
  const separator =
    format === 'bibtex' || format === 'biblatex' || format === 'ris' ? '\n\n' : '\n';
  const text =
    format === 'csl-json' && rendered.length > 1
      ? `[\n${rendered
          .map((c) =>
            c.text
              .trim()
              .replace(/^\[|\]$/g, '')
              .trim(),
          )
          .join(',\n')}\n]`
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
  format: CitationFormat,
): Promise<void> {
  const { text, html } = await citationText(paperIds, format);
  if (!navigator.clipboard) throw new Error('the clipboard is unavailable here');
  if (html && typeof ClipboardItem !== 'undefined') {
    await navigator.clipboard.write([
      new ClipboardItem({
        'text/plain': new Blob([text], { type: 'text/plain' }),
        'text/html': new Blob([html], { type: 'text/html' }),
      }),
    ]);
  } else {
    await navigator.clipboard.writeText(text);
  }
}
