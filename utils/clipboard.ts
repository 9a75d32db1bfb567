/**
 * The clipboard, for the extension's pages.
 *
 * @module
 */
import type { RenderedCitation } from '../lib/citation/formats';

/** Puts plain text on the clipboard; throws with a reason to show. */
export async function copyText(text: string): Promise<void> {
  if (!navigator.clipboard) throw new Error('the clipboard is unavailable here');
  await navigator.clipboard.writeText(text);
}

/**
 * Puts a citation on the clipboard: a styled one as both plain text and HTML, so a word
 * processor keeps its italics. Throws with a reason to show.
 */
export async function copyCitation({ text, html }: RenderedCitation): Promise<void> {
  if (!html || typeof ClipboardItem === 'undefined') return copyText(text);
  if (!navigator.clipboard) throw new Error('the clipboard is unavailable here');
  await navigator.clipboard.write([
    new ClipboardItem({
      'text/plain': new Blob([text], { type: 'text/plain' }),
      'text/html': new Blob([html], { type: 'text/html' }),
    }),
  ]);
}
