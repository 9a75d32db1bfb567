/**
 * The popup's address for a tab: the background puts the tab's papers in it, so the popup
 * draws them without first asking the tab.
 *
 * @module
 */
import type { PageDetections } from '../lib/sites/page-state';

const POPUP_PAGE = 'popup.html';

/**
 * The popup page for a tab whose content script found `detections`. The background makes it
 * the tab's popup whenever it updates the badge, so the popup reads the tab's papers from its
 * own address rather than asking the tab and waiting for the answer.
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

/** The `?tabId=` of a popup address, if it has a valid one. */
export function tabIdInPopupUrl(search: string): number | undefined {
  return tabIdIn(new URLSearchParams(search));
}

function tabIdIn(query: URLSearchParams): number | undefined {
  const tabId = Number.parseInt(query.get('tabId') ?? '', 10);
  return Number.isInteger(tabId) && tabId >= 0 ? tabId : undefined;
}
