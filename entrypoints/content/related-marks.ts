import type { PaperEntry } from '../../lib/sites/site';
import type { RelatedMark } from '../../utils/messages';
import { sharedSheet } from './shared-sheet';

/** Tag of the small label the extension adds beside a listing entry related to the group's work. */
export const RELATED_MARK_TAG = 'gc-related-mark';

const STYLE = `:host{all:initial!important;display:inline-block!important;margin-inline-start:.4em!important;vertical-align:middle!important}
span{font:600 10px/1 system-ui,sans-serif;color:#1b5e9b;background:#eef3f8;border:1px solid #1b5e9b;border-radius:4px;padding:2px 4px}`;

/**
 * Labels the listing entries the background found related to the group's work (only when the
 * user asked for it in the settings), each saying which group paper it relates to and why.
 */
export class RelatedMarks {
  readonly #hosts = new Set<HTMLElement>();

  isOwnNode(node: Node): boolean {
    return this.#hosts.has(node as HTMLElement);
  }

  /** Draws `marks` on the entries among `entries` with the same arXiv id; returns how many. */
  update(entries: readonly PaperEntry[], marks: readonly RelatedMark[]): number {
    this.removeAll();
    const byId = new Map(marks.map((mark) => [mark.arxivId, mark]));
    for (const entry of entries) {
      const mark = entry.arxivId ? byId.get(entry.arxivId) : undefined;
      const title = mark && entry.title();
      if (!mark || !title) continue;
      const host = document.createElement(RELATED_MARK_TAG);
      host.dataset.relatedEntry = mark.arxivId;
      host.title = mark.label;
      const root = host.attachShadow({ mode: 'closed' });
      root.adoptedStyleSheets = [sharedSheet(STYLE)];
      const label = document.createElement('span');
      label.textContent = 'related';
      label.setAttribute('aria-label', mark.label);
      root.append(label);
      title.append(host);
      this.#hosts.add(host);
    }
    return this.#hosts.size;
  }

  removeAll(): void {
    for (const host of this.#hosts) host.remove();
    this.#hosts.clear();
  }
}
