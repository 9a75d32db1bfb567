import { browser, defineContentScript } from '#imports';
import { contentScriptMatches } from '../../lib/sites';
import { isMessage, sendToBackground, type PageDetections } from '../../utils/messages';
import { disabledSitesItem, markersEnabledItem } from '../../utils/settings';
import { Detector } from './detector';
import { Markers } from './markers';

/** Set on the isolated world, so a second injection (Scan this page) reuses the first. */
const RUNNING = Symbol.for('graphcore-papers.detector');

export default defineContentScript({
  matches: contentScriptMatches(),
  runAt: 'document_idle',
  main(ctx) {
    const scope = globalThis as { [RUNNING]?: Detector };
    if (scope[RUNNING]) {
      scope[RUNNING].scan();
      return;
    }
    // Settings are read on the first scan that finds something: pages without the group's
    // papers make no extension call beyond the message listener.
    let settingsLoaded = false;
    let disabled = false;
    let markersOn = true;
    let reported = false;
    const unwatch: (() => void)[] = [];
    const markers = new Markers({
      loadCard: (paperId) => sendToBackground({ type: 'cs-bg/paper-card', paperId }),
      copy: async (text) => {
        try {
          await navigator.clipboard.writeText(text);
          return true;
        } catch {
          return false;
        }
      },
    });
    const report = (paperIds: string[]): void => {
      void sendToBackground({ type: 'cs-bg/detections', paperIds }).catch(() => undefined);
    };
    const detector = new Detector({
      isOwnNode: (node) => markers.isOwnNode(node),
      onScan: (detections) => {
        if (settingsLoaded && !disabled && markersOn) markers.update(detections);
      },
      onChange: (paperIds) => {
        if (!settingsLoaded) {
          if (paperIds.length > 0) void applySettings();
        } else if (!disabled && (reported || paperIds.length > 0)) {
          reported = true;
          report(paperIds);
        }
      },
    });
    scope[RUNNING] = detector;

    const applySettings = async (): Promise<void> => {
      const [disabledSites, markersEnabled] = await Promise.all([
        disabledSitesItem.getValue(),
        markersEnabledItem.getValue(),
      ]);
      if (!settingsLoaded) {
        settingsLoaded = true;
        unwatch.push(disabledSitesItem.watch(() => void applySettings()));
        unwatch.push(markersEnabledItem.watch(() => void applySettings()));
      }
      disabled = Array.isArray(disabledSites) && disabledSites.includes(detector.siteId);
      markersOn = markersEnabled !== false;
      if (disabled || !markersOn) markers.removeAll();
      if (disabled) {
        if (reported) report([]);
        reported = false;
      } else {
        detector.scan();
        reported = detector.paperIds.length > 0;
        if (reported) report(detector.paperIds);
      }
    };

    browser.runtime.onMessage.addListener((message: unknown) => {
      if (!isMessage(message) || message.type !== 'popup-cs/get-detections') return undefined;
      const reply: PageDetections = {
        paperIds: disabled ? [] : detector.paperIds,
        siteId: detector.siteId,
        disabled,
      };
      return Promise.resolve(reply);
    });

    detector.scan();
    detector.watch();

    ctx.onInvalidated(() => {
      detector.stop();
      markers.removeAll();
      for (const stop of unwatch) stop();
      delete scope[RUNNING];
    });
  },
});
