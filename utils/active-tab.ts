import { browser } from '#imports';
import type { PageDetections } from '../lib/sites/page-state';
import { sendToTab } from './messages';

const POPUP_PAGE = 'popup.html';

/**
 * The popup page for a tab whose content script found `detections`. The background makes it
 * the tab's popup whenever it updates the badge, so the popup reads the tab's papers from its
 * own address and draws them without first asking the tab (two round trips: ~10 ms).
 */
export function popupPageFor(tabId: number, detections: PageDetections): string {
  if (detections.disabled || detections.paperIds.length === 0) return POPUP_PAGE;
  const query = new URLSearchParams({
    tabId: String(tabId),
    site: detections.siteId,
    papers: [...new Set(detections.paperIds)].join(' '),
    cited: detections.citedIds.join(' '),
  });
  return `${POPUP_PAGE}?${query}`;
}

/** The tab and detections a popup address carries (see popupPageFor), if it carries them. */
export function detectionsInPopupUrl(
  search: string,
): { tabId: number; detections: PageDetections } | undefined {
  const query = new URLSearchParams(search);
  const tabId = tabIdIn(query);
  const ids = (name: string): string[] => (query.get(name) ?? '').split(' ').filter(Boolean);
  const paperIds = ids('papers');
  if (tabId === undefined || paperIds.length === 0) return undefined;
  const detections = { paperIds, citedIds: ids('cited'), siteId: query.get('site') ?? '' };
  return { tabId, detections: { ...detections, disabled: false } };
}

function tabIdIn(query: URLSearchParams): number | undefined {
  const tabId = Number.parseInt(query.get('tabId') ?? '', 10);
  return Number.isInteger(tabId) && tabId >= 0 ? tabId : undefined;
}

/**
 * The tab the popup speaks about: `?tabId=` when given (the background's popup address for a
 * tab with papers; tests open the popup as a page, which then is itself the active tab), else
 * the active tab of the current window.
 */
export async function getTargetTabId(search = location.search): Promise<number | undefined> {
  const fromQuery = tabIdIn(new URLSearchParams(search));
  if (fromQuery !== undefined) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** How long the popup waits for a busy page before showing what it has. */
const ASK_TIMEOUT_MS = 1500;

/**
 * The detections of the tab's content script, or null where none runs (a browser page, a site
 * outside the declared ones, a tab still loading) or it does not answer in time.
 */
export async function askTabDetections(tabId: number): Promise<PageDetections | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), ASK_TIMEOUT_MS);
  });
  try {
    const reply = await Promise.race([sendToTab(tabId, { type: 'to-cs/get-detections' }), timeout]);
    return reply && Array.isArray(reply.paperIds) ? reply : null;
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Runs the content script once on the tab the user is looking at ("Scan this page"). Needs
 * only `activeTab` + `scripting`: the user's click on the action grants access to this tab.
 */
export async function scanTab(tabId: number): Promise<PageDetections | null> {
  await browser.scripting.executeScript({
    target: { tabId },
    files: ['/content-scripts/content.js'],
  });
  return askTabDetections(tabId);
}
