import { bundledMatcher } from './bundled-matcher';
import { findPapers, type Detection } from '../../lib/matching/find-papers';
import { siteForUrl } from '../../lib/sites';
import { describePage, type PageContent } from '../../lib/sites/page-paper';
import type { PaperEntry, Site } from '../../lib/sites/site';

/** Wait for a quiet moment after page changes before rescanning, but never longer than this. */
const QUIET_MS = 150;
const MAX_WAIT_MS = 1000;

export interface DetectorHooks {
  /** Called after each scan whose set of papers differs from the previous one. */
  onChange(paperIds: string[], detections: Detection[]): void;
  /** Called after every scan, for the markers. */
  onScan(detections: Detection[]): void;
  /** True for DOM changes the extension made itself (its markers), which must not trigger scans. */
  isOwnNode(node: Node): boolean;
}

/**
 * Scans the page once now and again after it changes: client-rendered lists, tab switches,
 * in-app navigation, MathJax typesetting. Bursts of changes cost one scan, at most one per
 * MAX_WAIT_MS however busy the page is.
 */
export class Detector {
  readonly #hooks: DetectorHooks;
  readonly #site: () => Site;
  #observer: MutationObserver | undefined;
  #quietTimer: ReturnType<typeof setTimeout> | undefined;
  #maxWaitTimer: ReturnType<typeof setTimeout> | undefined;
  #paperIds: string[] = [];
  #citedIds: string[] = [];
  #detections: Detection[] = [];

  constructor(hooks: DetectorHooks, site: () => Site = () => siteForUrl(new URL(location.href))) {
    this.#hooks = hooks;
    this.#site = site;
  }

  /** Distinct papers found by the last scan, in page order. */
  get paperIds(): string[] {
    return this.#paperIds;
  }

  /** Of `paperIds`, those found only in the page's references (cited by the page's paper). */
  get citedIds(): string[] {
    return this.#citedIds;
  }

  /** The last scan's detections. */
  get detections(): Detection[] {
    return this.#detections;
  }

  get siteId(): string {
    return this.#site().id;
  }

  /** The page's entries as the site's rules read them now. */
  entries(): PaperEntry[] {
    return this.#site().entries(document, new URL(location.href));
  }

  /** What the page says about its papers (see describePage); read only when asked. */
  describe(): PageContent {
    return describePage(this.#site(), document, new URL(location.href));
  }

  scan(): Detection[] {
    this.#clearTimers();
    const matcher = bundledMatcher();
    const url = new URL(location.href);
    const detections = findPapers(this.#site().entries(document, url, matcher), matcher);
    const paperIds = [...new Set(detections.map((d) => d.paperId))];
    const changed =
      paperIds.length !== this.#paperIds.length ||
      paperIds.some((id, i) => id !== this.#paperIds[i]);
    this.#paperIds = paperIds;
    const uncited = new Set(detections.flatMap((d) => (d.cited ? [] : [d.paperId])));
    this.#citedIds = paperIds.filter((id) => !uncited.has(id));
    this.#detections = detections;
    this.#hooks.onScan(detections);
    if (changed) this.#hooks.onChange(paperIds, detections);
    return detections;
  }

  /** Rescan after DOM changes other than the extension's own. */
  watch(): void {
    if (this.#observer || !document.documentElement) return;
    this.#observer = new MutationObserver((records) => {
      if (records.some((record) => !this.#isOwnChange(record))) this.#schedule();
    });
    this.#observer.observe(document.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
    });
    addEventListener('popstate', this.#onNavigation);
    addEventListener('hashchange', this.#onNavigation);
  }

  stop(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#clearTimers();
    removeEventListener('popstate', this.#onNavigation);
    removeEventListener('hashchange', this.#onNavigation);
  }

  readonly #onNavigation = (): void => this.#schedule();

  #isOwnChange(record: MutationRecord): boolean {
    if (record.type !== 'childList') return false;
    const nodes = [...record.addedNodes, ...record.removedNodes];
    return nodes.length > 0 && nodes.every((node) => this.#hooks.isOwnNode(node));
  }

  #schedule(): void {
    clearTimeout(this.#quietTimer);
    this.#quietTimer = setTimeout(() => this.scan(), QUIET_MS);
    this.#maxWaitTimer ??= setTimeout(() => this.scan(), MAX_WAIT_MS);
  }

  #clearTimers(): void {
    clearTimeout(this.#quietTimer);
    clearTimeout(this.#maxWaitTimer);
    this.#quietTimer = undefined;
    this.#maxWaitTimer = undefined;
  }
}
