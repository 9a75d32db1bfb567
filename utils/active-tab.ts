/**
 * The tab the popup speaks about: which it is, what its content script found, and a scan of it
 * when no content script runs there.
 *
 * @module
 */
import { browser } from '#imports';
import type { PageDetections } from '../lib/sites/page-state';
import { askTab } from './messages';
import { tabIdInPopupUrl } from './popup-address';

/**
 * The tab the popup speaks about: `?tabId=` when given (the background's popup address for a
 * tab with papers; tests open the popup as a page, which then is itself the active tab), else
 * the active tab of the current window.
 */
export async function getTargetTabId(search = location.search): Promise<number | undefined> {
  const fromQuery = tabIdInPopupUrl(search);
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
    const reply = await Promise.race([askTab(tabId, { type: 'to-cs/get-detections' }), timeout]);
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
