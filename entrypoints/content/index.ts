import { defineContentScript } from '#imports';
import { contentScriptMatches } from '../../lib/sites';
import {
  CONTENT_SCRIPT_KEY,
  handleMessages,
  sendToBackground,
  type ContentMessageType,
  type DisplaySettings,
} from '../../utils/messages';
import { Detector } from './detector';
import { Markers } from './markers';
import { RelatedMarks } from './related-marks';
import { TOAST_TAG, showToast } from './toast';

/** The wake function, set on the isolated world: a second injection (Scan this page) calls it. */
const WAKE = Symbol.for(CONTENT_SCRIPT_KEY);

/**
 * XML documents other than XHTML: SVG files, feeds, and whatever Chrome's XML viewer shows
 * (it puts an XHTML root in front of the XML, so only the content type tells). They are never
 * pages of papers, and their `document.createElement` makes namespace-less elements that have
 * no `dataset` and cannot host a shadow root, so no marker could show what the badge counted.
 * PDFs (application/pdf) are still read.
 */
function isXmlDocument(doc: Document): boolean {
  const type = doc.contentType;
  return /[/+]xml$/.test(type) && type !== 'application/xhtml+xml';
}

/** Puts `text` on the clipboard; whether it got there. */
async function writeClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export default defineContentScript({
  matches: contentScriptMatches(),
  runAt: 'document_idle',
  // WXT tells a newer copy of the script from an older one by a DOM event; its extra
  // window.postMessage would reach every page's own message listeners.
  noScriptStartedPostMessage: true,
  main(ctx) {
    if (isXmlDocument(document)) return;
    const scope = globalThis as { [WAKE]?: () => void };
    if (scope[WAKE]) {
      scope[WAKE]();
      return;
    }
    // Pages without the group's papers never touch the extension's APIs: the background is
    // told (and the settings learnt) once something is found, and messages are answered from
    // then on, or once the popup or background wakes this script (see askTab).
    let settings: DisplaySettings | undefined;
    let reported = false;
    let stopAnswering: (() => void) | undefined;
    const markers = new Markers({
      loadCard: (paperId) => sendToBackground({ type: 'cs-bg/paper-card', paperId }),
      copy: writeClipboard,
    });

    const report = async (paperIds: string[]): Promise<void> => {
      answer();
      reported = paperIds.length > 0;
      settings = await sendToBackground({
        type: 'cs-bg/detections',
        siteId: detector.siteId,
        paperIds,
        citedIds: detector.citedIds,
      });
      if (settings.enabled && settings.markers) markers.update(detector.detections);
      else markers.removeAll();
    };

    const relatedMarks = new RelatedMarks();
    const detector = new Detector({
      isOwnNode: (node) =>
        markers.isOwnNode(node) ||
        relatedMarks.isOwnNode(node) ||
        node.nodeName.toLowerCase() === TOAST_TAG,
      onScan: (detections) => {
        if (settings?.enabled && settings.markers) markers.update(detections);
      },
      onChange: (paperIds) => {
        if (paperIds.length > 0 || reported) void report(paperIds).catch(() => undefined);
      },
    });

    const answer = (): void => {
      stopAnswering ??= handleMessages<ContentMessageType>({
        'to-cs/get-detections': () => {
          const enabled = settings?.enabled ?? true;
          return {
            paperIds: enabled ? detector.paperIds : [],
            citedIds: enabled ? detector.citedIds : [],
            siteId: detector.siteId,
            disabled: !enabled,
          };
        },
        'to-cs/page-content': () => detector.describe(),
        'to-cs/mark-related': ({ marks }) => relatedMarks.update(detector.entries(), marks),
        'to-cs/settings-changed': () => {
          // Only a page that has shown something has anything to change.
          if (!reported && !settings) return false;
          void report(detector.paperIds).catch(() => undefined);
          return true;
        },
        'to-cs/copy-citation': async ({ text, announcement }) => {
          const ok = text ? await writeClipboard(text) : false;
          showToast(
            ok || !text
              ? announcement
              : 'Could not copy: the clipboard is unavailable on this page.',
          );
          return ok;
        },
      });
    };
    scope[WAKE] = () => {
      answer();
      detector.scan();
    };

    detector.scan();
    detector.watch();

    ctx.onInvalidated(() => {
      detector.stop();
      markers.removeAll();
      relatedMarks.removeAll();
      stopAnswering?.();
      delete scope[WAKE];
    });
  },
});
