import { browser, defineBackground } from '#imports';
import { paperCard } from '../utils/paper-card';
import { isMessage } from '../utils/messages';

/**
 * Keeps the toolbar badge in step with each tab's detections and serves the on-page card's
 * data, so content scripts carry only the small detection index.
 */
export default defineBackground(() => {
  void browser.action.setBadgeBackgroundColor({ color: '#1b5e9b' });

  browser.runtime.onMessage.addListener(async (message: unknown, sender) => {
    if (!isMessage(message)) return undefined;
    switch (message.type) {
      case 'cs-bg/detections': {
        const tabId = sender.tab?.id;
        // Only a tab's top frame speaks for the tab; frames report nothing.
        if (tabId === undefined || sender.frameId !== 0) return undefined;
        const count = message.paperIds.length;
        await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
        await browser.action.setTitle({
          tabId,
          title:
            count > 0
              ? `${count} Graphcore Research paper${count === 1 ? '' : 's'} on this page`
              : '',
        });
        return undefined;
      }
      case 'cs-bg/paper-card':
        return paperCard(message.paperId);
      default:
        return undefined;
    }
  });

  // A new document in the tab starts from zero; its content script reports again if it finds any.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void browser.action.setBadgeText({ tabId, text: '' });
  });
});
