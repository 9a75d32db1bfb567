/**
 * Timings of the real toolbar popup, opened as a click opens it (Extensions.triggerAction), not
 * a popup page opened in a tab: Chromium creates a popup straight in the extension's process,
 * which a tab does not. Playwright cannot drive that popup, so this speaks DevTools to it.
 */
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { PAPERS_SHOWN_MARK } from '../../components/PopupView';
import { tabTargetId, withBrowserSession } from '../e2e/fixtures';

/** Milliseconds from the popup's navigation start. */
export interface PopupTiming {
  /** Chromium has parsed the page (no script of ours has run before it). */
  interactive: number;
  /** The tab's papers are in the document (the popup's User Timing mark). */
  papersShown: number;
  /** The tab's papers were painted (element timing of the list's heading). */
  papersPainted: number;
}

/** Runs in the popup: waits until its papers are painted, then reads the timings. */
const READ_TIMINGS = `new Promise((resolve) => {
  new PerformanceObserver((entries) => {
    const painted = entries.getEntries().find((e) => e.identifier === ${JSON.stringify(PAPERS_SHOWN_MARK)});
    if (!painted) return;
    resolve({
      interactive: performance.getEntriesByType('navigation')[0].domInteractive,
      papersShown: performance.getEntriesByName(${JSON.stringify(PAPERS_SHOWN_MARK)}, 'mark')[0].startTime,
      papersPainted: painted.renderTime,
    });
  }).observe({ type: 'element', buffered: true });
})`;

/** Evaluates `expression` in a target through a (non-flattened) session of the browser's. */
function evaluateIn(cdp: CDPSession, sessionId: string, expression: string): Promise<unknown> {
  const id = Math.floor(Math.random() * 1e9);
  return new Promise((resolve, reject) => {
    const onMessage = (event: { sessionId: string; message: string }): void => {
      const reply = JSON.parse(event.message) as {
        id?: number;
        result?: { result: { value: unknown }; exceptionDetails?: { text: string } };
        error?: { message: string };
      };
      if (event.sessionId !== sessionId || reply.id !== id) return;
      cdp.off('Target.receivedMessageFromTarget' as never, onMessage as never);
      if (reply.error || reply.result?.exceptionDetails) {
        reject(new Error(reply.error?.message ?? reply.result?.exceptionDetails?.text));
      } else resolve(reply.result?.result.value);
    };
    cdp.on('Target.receivedMessageFromTarget' as never, onMessage as never);
    void cdp.send(
      'Target.sendMessageToTarget' as never,
      {
        sessionId,
        message: JSON.stringify({
          id,
          method: 'Runtime.evaluate',
          params: { expression, awaitPromise: true, returnByValue: true },
        }),
      } as never,
    );
  });
}

/** Opens the toolbar popup for `tab` `opens` times, closing it in between; each one's timings. */
export async function actionPopupTimings(
  context: BrowserContext,
  tab: Page,
  extensionId: string,
  opens: number,
): Promise<PopupTiming[]> {
  return withBrowserSession(context, async (cdp) => {
    const tabId = await tabTargetId(cdp, tab);
    const timings: PopupTiming[] = [];
    for (let i = 0; i < opens; i++) {
      await cdp.send(
        'Extensions.triggerAction' as never,
        { id: extensionId, targetId: tabId } as never,
      );
      // Its timings are read from its own Performance entries, so there is no hurry to find it;
      // asking the browser for its targets in a loop while the popup loads slowed the load.
      let popup: { targetId: string } | undefined;
      while (!popup) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        const { targetInfos } = (await cdp.send('Target.getTargets')) as {
          targetInfos: { targetId: string; url: string }[];
        };
        popup = targetInfos.find((t) =>
          t.url.startsWith(`chrome-extension://${extensionId}/popup.html`),
        );
      }
      const { sessionId } = await cdp.send('Target.attachToTarget', {
        targetId: popup.targetId,
        flatten: false,
      });
      timings.push((await evaluateIn(cdp, sessionId, READ_TIMINGS)) as PopupTiming);
      await cdp.send('Target.closeTarget', { targetId: popup.targetId });
      // Let the popup's process settle, as between a user's clicks.
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    return timings;
  });
}
