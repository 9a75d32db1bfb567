/**
 * What the popup learns about its tab: the content script's detections, or why there are none.
 *
 * @module
 */
import { browser } from '#imports';
import type { PageState } from '../../lib/sites/page-state';
import { askTabDetections, getTargetTabId } from '../../utils/active-tab';
import { detectionsInPopupUrl } from '../../utils/popup-address';

/** Sites where browsers let no extension run scripts: their add-on stores. */
const STORE_PAGES = [
  /^https:\/\/chromewebstore\.google\.com\//,
  /^https:\/\/chrome\.google\.com\/webstore/,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons/,
  /^https:\/\/addons\.mozilla\.org\//,
];

/**
 * Whether "Scan this page" can work on a tab showing `url`: not on the browser's own pages
 * (chrome://, about:, other extensions, the stores). The browser shows the extension a tab's
 * address only where it may read the tab: opening the popup grants that (activeTab) on web
 * pages, never on the browser's own. So an unknown address is one of those.
 */
export function canScanUrl(url: string | undefined): boolean {
  if (!url) return false;
  if (!/^(https?|file):/.test(url)) return false;
  return !STORE_PAGES.some((page) => page.test(url));
}

async function tabUrl(tabId: number): Promise<string | undefined> {
  try {
    return (await browser.tabs.get(tabId)).url;
  } catch {
    return undefined;
  }
}

/** The tab's papers as the popup's address carries them (see popupPageFor), if it does. */
export function pageStateInUrl(search = location.search): PageState | undefined {
  const carried = detectionsInPopupUrl(search);
  return carried && { kind: 'ready', ...carried };
}

/**
 * The tab's detections when its content script answers; else whether it could be scanned
 * (`tabId` kept) or not (a browser page: no tab id).
 */
export async function loadPageState(search = location.search): Promise<PageState> {
  const tabId = await getTargetTabId(search).catch(() => undefined);
  if (tabId === undefined) return { kind: 'unreachable', tabId };
  const [detections, url] = await Promise.all([askTabDetections(tabId), tabUrl(tabId)]);
  if (detections) return { kind: 'ready', tabId, detections };
  return { kind: 'unreachable', tabId: canScanUrl(url) ? tabId : undefined };
}
