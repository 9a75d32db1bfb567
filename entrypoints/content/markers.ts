import type { Detection } from '../../lib/matching/find-papers';
import type { PaperCardData } from '../../utils/messages';
import MARKER_CSS from './markers.css?inline';
import { sharedSheet } from './shared-sheet';

/** Tag of the element the extension adds beside a detected title; carries `data-paper-id`. */
export const MARKER_TAG = 'gc-paper-mark';

export interface MarkerActions {
  loadCard(paperId: string): Promise<PaperCardData | null>;
  copy(text: string): Promise<boolean>;
}

/**
 * How often a marker is drawn again on a title that is still in the page after the page
 * removed the marker: enough for a title that MathJax or a framework re-renders once or twice,
 * while a page that removes every marker it sees does not keep the extension redrawing.
 */
const MAX_REDRAWS = 3;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * Draws one marker per detected title, in a closed shadow root the page can neither read nor
 * restyle, and keeps them in step with the detections: markers a page re-render removed come
 * back, markers of titles no longer detected go, and no title ever gets two.
 */
export class Markers {
  readonly #actions: MarkerActions;
  readonly #byTitle = new Map<Element, HTMLElement>();
  readonly #hosts = new WeakSet<Node>();
  /** Per title: how many of its markers the page removed while the title stayed. */
  readonly #removedByPage = new WeakMap<Element, number>();

  constructor(actions: MarkerActions) {
    this.#actions = actions;
  }

  isOwnNode(node: Node): boolean {
    return this.#hosts.has(node);
  }

  update(detections: readonly Detection[]): void {
    const wanted = new Map<Element, string>();
    for (const { title, paperId } of detections) if (title) wanted.set(title, paperId);
    for (const [title, host] of this.#byTitle) {
      if (wanted.get(title) !== host.dataset.paperId || !host.isConnected) {
        if (!host.isConnected && title.isConnected && wanted.get(title) === host.dataset.paperId) {
          this.#removedByPage.set(title, (this.#removedByPage.get(title) ?? 0) + 1);
        }
        host.remove();
        this.#byTitle.delete(title);
      }
    }
    for (const [title, paperId] of wanted) {
      if (this.#byTitle.has(title)) continue;
      if ((this.#removedByPage.get(title) ?? 0) > MAX_REDRAWS) continue; // the page won't have it
      const host = this.#createMarker(paperId);
      // Beside a link rather than inside it, so clicking the marker does not follow the link.
      const link = title.closest('a');
      if (link) link.after(host);
      else title.append(host);
      this.#byTitle.set(title, host);
    }
  }

  removeAll(): void {
    for (const host of this.#byTitle.values()) host.remove();
    this.#byTitle.clear();
  }

  #createMarker(paperId: string): HTMLElement {
    const host = document.createElement(MARKER_TAG);
    host.dataset.paperId = paperId;
    this.#hosts.add(host);
    // delegatesFocus: focusing the marker (host.focus(), a click on it) focuses its button.
    const root = host.attachShadow({ mode: 'closed', delegatesFocus: true });
    root.adoptedStyleSheets = [sharedSheet(MARKER_CSS)];
    const button = el('button', 'mark', 'GC');
    button.type = 'button';
    button.setAttribute('aria-label', 'Graphcore Research paper: show details');
    button.setAttribute('aria-expanded', 'false');
    const card = el('div', 'card');
    card.setAttribute('role', 'dialog');
    card.setAttribute('aria-label', 'Paper details');
    card.hidden = true;
    root.append(button, card);

    let closeTimer: ReturnType<typeof setTimeout> | undefined;
    // Opened by a click (rather than by hover or focus). A mouse or touch click first hovers
    // (mouseenter) and focuses (mousedown) the marker, which open the card: the click then
    // must keep it open, not toggle it shut. Only a click on a card a click opened closes it.
    let pinned = false;
    const open = (): void => {
      clearTimeout(closeTimer);
      if (!card.hidden) return;
      card.hidden = false;
      button.setAttribute('aria-expanded', 'true');
      if (!card.hasChildNodes()) void this.#fillCard(card, paperId);
    };
    const close = (): void => {
      pinned = false;
      card.hidden = true;
      button.setAttribute('aria-expanded', 'false');
    };
    const closeSoon = (): void => {
      clearTimeout(closeTimer);
      closeTimer = setTimeout(close, 300);
    };
    button.addEventListener('click', (event) => {
      event.preventDefault();
      event.stopPropagation();
      if (card.hidden || !pinned) {
        open();
        pinned = true;
      } else close();
    });
    host.addEventListener('mouseenter', open);
    host.addEventListener('mouseleave', closeSoon);
    // Focus opens the card, except when Escape just closed it and handed focus back.
    let returningFocus = false;
    button.addEventListener('focus', () => {
      if (!returningFocus) open();
    });
    host.addEventListener('focusout', (event) => {
      if (!(event.relatedTarget instanceof Node) || !root.contains(event.relatedTarget))
        closeSoon();
    });
    root.addEventListener('keydown', (event) => {
      if ((event as KeyboardEvent).key === 'Escape' && !card.hidden) {
        close();
        returningFocus = true;
        button.focus();
        returningFocus = false;
      }
    });
    return host;
  }

  async #fillCard(card: HTMLElement, paperId: string): Promise<void> {
    card.append(el('p', 'status', 'Loading…'));
    const data = await this.#actions.loadCard(paperId).catch(() => null);
    card.replaceChildren();
    if (!data) {
      card.append(
        el('p', 'status', 'Paper details are unavailable. Reload the page to try again.'),
      );
      return;
    }
    card.append(
      el('p', 'title', data.title),
      el('p', 'authors', data.authors),
      el('p', 'venue', data.venue),
      el('p', 'abstract', data.abstract),
    );
    const citation = data.citation;
    if (!citation) return;
    const status = el('p', 'status');
    status.setAttribute('aria-live', 'polite');
    const copy = el('button', 'copy', `Copy ${citation.label}`);
    copy.type = 'button';
    copy.addEventListener('click', async (event) => {
      event.stopPropagation();
      const ok = await this.#actions.copy(citation.text);
      status.textContent = ok
        ? `${citation.label} copied to the clipboard.`
        : 'Could not copy: the clipboard is unavailable on this page. Use the toolbar popup instead.';
    });
    card.append(copy, status);
  }
}
