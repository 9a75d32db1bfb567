/**
 * The citations of the index's papers, rendered at build time (`npm run data`), in any format
 * the copy menu offers, joined as a researcher pastes a list.
 *
 * @module
 */
import {
  isInTextFormat,
  joinInText,
  type CopyFormat,
  type RenderedCitation,
} from '../lib/citation/formats';

type CitationTable = Record<string, Record<string, RenderedCitation>>;

let table: Promise<CitationTable> | undefined;

/** The whole table, loaded on the first copy, so the popup's first render does not parse it. */
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
