import { browser, defineBackground } from '#imports';
import { popupPageFor } from '../utils/popup-address';
import {
  askTab,
  handleMessages,
  sendToTab,
  type BackgroundMessageType,
  type DisplaySettings,
} from '../utils/messages';
import type { PageDetections } from '../lib/sites/page-state';
import { paperCard, paperRecords } from '../utils/paper-card';
import { citationText } from '../utils/citations';
import { defaultCitationFormat, readSettings, watchSettings } from '../utils/settings';
import { askPageContent, pageRelationsFor } from '../utils/related-work';
import { reasonLine } from '../lib/related/model';
import { papersById } from '../lib/papers/records';
import { paperList } from '../data/index';

const DEFAULT_TITLE = 'Graphcore Research Papers';

/** The toolbar button: `action` in MV3, `browserAction` in Firefox's MV2 build. */
function toolbarButton(): typeof browser.action {
  return (
    browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction
  );
}

async function displaySettings(siteId: string): Promise<DisplaySettings> {
  const { disabledSites, markers } = await readSettings();
  return { enabled: !disabledSites.includes(siteId), markers };
}

/**
 * The toolbar button for a tab: the number of papers found on it, a title saying so, and the
 * popup page, which carries the papers (see popupPageFor).
 */
async function showDetections(tabId: number, detections: PageDetections): Promise<void> {
  const count = detections.disabled ? 0 : new Set(detections.paperIds).size;
  await Promise.all([
    toolbarButton().setBadgeText({ tabId, text: count > 0 ? String(count) : '' }),
    toolbarButton().setTitle({
      tabId,
      title:
        count > 0 ? `${DEFAULT_TITLE}: ${count} of the group's papers on this page` : DEFAULT_TITLE,
    }),
    toolbarButton().setPopup({ tabId, popup: popupPageFor(tabId, detections) }),
  ]);
}

const NOTHING_FOUND: PageDetections = { paperIds: [], citedIds: [], siteId: '', disabled: false };

/**
 * The "copy citation" keyboard command: the first paper the active tab's content script found
 * (the paper of an abstract page) goes to the clipboard in the default format; the page shows
 * what was copied, or why nothing was.
 */
async function copyCitationOfActiveTab(): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  const tabId = tab.id;
  const detections = await askTab(tabId, { type: 'to-cs/get-detections' }).catch(() => null);
  // The page's own paper, not one its references cite.
  const paperId = detections?.paperIds.find((id) => !detections.citedIds.includes(id));
  if (!paperId) {
    await askTab(tabId, {
      type: 'to-cs/copy-citation',
      text: '',
      announcement: 'No Graphcore Research paper on this page to cite.',
    }).catch(() => undefined);
    return;
  }
  const format = await defaultCitationFormat();
  const { text } = await citationText([paperId], format.id);
  await sendToTab(tabId, {
    type: 'to-cs/copy-citation',
    text,
    announcement: `${format.label} citation copied.`,
  });
}

/**
 * Labels the entries of the tab's listing that relate to the group's work, when the user asked
 * for it: scored here, off the page's main thread, after the page has loaded.
 */
async function markRelatedEntries(tabId: number): Promise<void> {
  const { markRelated, disabledSites } = await readSettings();
  if (!markRelated) return;
  const detections = await askTab(tabId, { type: 'to-cs/get-detections' }).catch(() => null);
  if (!detections || disabledSites.includes(detections.siteId)) return;
  const content = await askPageContent(tabId);
  if (!content || content.listing.length === 0) return;
  const relations = await pageRelationsFor(content, [], paperList.papers);
  if (relations?.kind !== 'listing') return;
  const byId = papersById(paperList.papers);
  const marks = relations.entries.flatMap(({ paper, relation }) => {
    if (!paper.arxivId) return [];
    const reason = reasonLine(relation);
    const title = byId.get(relation.paperId)?.title ?? relation.paperId;
    const label = `Related to ${title}${reason ? ` (${reason})` : ''}`;
    return [{ arxivId: paper.arxivId, label }];
  });
  await sendToTab(tabId, { type: 'to-cs/mark-related', marks });
}

/**
 * After a load, the badge from what the tab's content script found (one that found nothing
 * does not answer, and the badge stays clear), then the related entries if the user asked.
 */
async function pageLoaded(tabId: number): Promise<void> {
  const detections = await sendToTab(tabId, { type: 'to-cs/get-detections' }).catch(() => null);
  if (detections) await showDetections(tabId, detections);
  await markRelatedEntries(tabId);
}

/**
 * Keeps the toolbar badge in step with each tab's detections, tells content scripts how to
 * show them (the settings live here, so content scripts stay small), and serves the on-page
 * card's data.
 */
export default defineBackground(() => {
  void toolbarButton().setBadgeBackgroundColor({ color: '#1b5e9b' });

  handleMessages<BackgroundMessageType>({
    'cs-bg/detections': async ({ siteId, paperIds, citedIds }, sender) => {
      const settings = await displaySettings(siteId);
      const tabId = sender.tab?.id;
      // Only a tab's top frame speaks for the tab.
      if (tabId !== undefined && sender.frameId === 0) {
        await showDetections(tabId, { paperIds, citedIds, siteId, disabled: !settings.enabled });
      }
      return settings;
    },
    'cs-bg/paper-card': ({ paperId }) => paperCard(paperId),
    'popup-bg/papers': ({ paperIds }) => paperRecords(paperIds),
  });

  // Content scripts never read the settings themselves (the storage API would cost every page
  // its bindings): a change is announced to every tab, and those showing something ask again.
  watchSettings(() => {
    void browser.tabs.query({}).then((tabs) => {
      for (const { id } of tabs) {
        if (id !== undefined)
          sendToTab(id, { type: 'to-cs/settings-changed' }).catch(() => undefined);
      }
    });
  });

  browser.commands.onCommand.addListener((command) => {
    if (command === 'copy-citation') void copyCitationOfActiveTab();
  });

  // A navigation starts from zero. Once it completes, the tab's content script (if any) says
  // what it has: a new document's, or the same one's after an in-app navigation.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void showDetections(tabId, NOTHING_FOUND);
    if (change.status === 'complete') void pageLoaded(tabId);
  });
});
