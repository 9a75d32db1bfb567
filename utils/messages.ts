/**
 * The extension's one message protocol: every message type, its payload and its reply, typed
 * send functions, and the one way every context answers (`handleMessages`). Names say the
 * direction: content script → background ("cs-bg/…"), popup → background ("popup-bg/…"),
 * popup or background → content script ("to-cs/…").
 *
 * @module
 */
import { browser, type Browser } from '#imports';
import type { PaperRecords } from '../lib/papers/records';
import type { PageContent } from '../lib/sites/page-paper';
import type { PageDetections } from '../lib/sites/page-state';

/** What the on-page card shows; prepared by the background, which holds the full index. */
export interface PaperCardData {
  id: string;
  title: string;
  authors: string;
  venue: string;
  abstract: string;
  /** The citation in the user's default format; null if it could not be prepared. */
  citation: { label: string; text: string } | null;
}

/** A listing entry to label as related to the group's work (see RelatedMarks). */
export interface RelatedMark {
  arxivId: string;
  /** "Related to SparQ Attention: … (both: KV cache, sparse attention)". */
  label: string;
}

/** How the content script should show its detections, from the user's settings. */
export interface DisplaySettings {
  /** False when the user turned detection off on this site. */
  enabled: boolean;
  markers: boolean;
}

export type Message =
  | { type: 'cs-bg/detections'; siteId: string; paperIds: string[]; citedIds: string[] }
  | { type: 'cs-bg/paper-card'; paperId: string }
  | { type: 'popup-bg/papers'; paperIds: string[] }
  | { type: 'to-cs/get-detections' }
  | { type: 'to-cs/page-content' }
  | { type: 'to-cs/mark-related'; marks: RelatedMark[] }
  | { type: 'to-cs/copy-citation'; text: string; announcement: string }
  | { type: 'to-cs/settings-changed' };

interface Replies {
  'cs-bg/detections': DisplaySettings;
  'cs-bg/paper-card': PaperCardData | null;
  'popup-bg/papers': PaperRecords;
  'to-cs/get-detections': PageDetections;
  /** What the page says about the papers on it (read when asked, for related work). */
  'to-cs/page-content': PageContent;
  /** How many entries were labelled. */
  'to-cs/mark-related': number;
  /** Whether the text reached the clipboard. */
  'to-cs/copy-citation': boolean;
  /** Whether the tab's content script showed anything the settings change. */
  'to-cs/settings-changed': boolean;
}

export type MessageType = Message['type'];
export type Reply<T extends MessageType> = Replies[T];
type MessageOf<T extends MessageType> = Extract<Message, { type: T }>;

/** The messages the background answers, and those a tab's content script answers. */
export type BackgroundMessageType = Extract<MessageType, `cs-bg/${string}` | `popup-bg/${string}`>;
export type ContentMessageType = Extract<MessageType, `to-cs/${string}`>;

/**
 * Sends to the background. Rejects when nothing answers, or the handler failed (its reply is
 * then none).
 */
export async function sendToBackground<M extends MessageOf<BackgroundMessageType>>(
  message: M,
): Promise<Reply<M['type']>> {
  return replyTo(message, await browser.runtime.sendMessage(message));
}

/** Sends to the content script of tab `tabId`; rejects as {@link sendToBackground} does. */
export async function sendToTab<M extends MessageOf<ContentMessageType>>(
  tabId: number,
  message: M,
): Promise<Reply<M['type']>> {
  return replyTo(message, await browser.tabs.sendMessage(tabId, message));
}

/**
 * Where a tab's content script leaves its wake function, in its isolated world (which scripts
 * the extension injects there share): calling it makes the content script answer messages, and
 * rescans the page.
 */
export const CONTENT_SCRIPT_KEY = 'graphcore-papers.content-script';

/**
 * Sends to the content script of tab `tabId`, waking it first when it is not listening: a
 * content script that has found nothing answers no one, since a message listener costs every
 * page the extension's bindings. Needs access to the tab (the declared sites, or `activeTab`);
 * rejects as {@link sendToTab} does where no content script runs.
 */
export async function askTab<M extends MessageOf<ContentMessageType>>(
  tabId: number,
  message: M,
): Promise<Reply<M['type']>> {
  try {
    return await sendToTab(tabId, message);
  } catch (error) {
    if (!(await wakeContentScript(tabId))) throw error;
    return sendToTab(tabId, message);
  }
}

/** Calls the wake function of the tab's content script; false where there is none. */
async function wakeContentScript(tabId: number): Promise<boolean> {
  try {
    const [frame] = await browser.scripting.executeScript({
      target: { tabId },
      func: (key: string) => {
        const wake = (globalThis as Record<symbol, unknown>)[Symbol.for(key)];
        if (typeof wake !== 'function') return false;
        wake();
        return true;
      },
      args: [CONTENT_SCRIPT_KEY],
    });
    return frame?.result === true;
  } catch {
    return false; // a page the extension may not script
  }
}

function replyTo<M extends Message>(message: M, reply: unknown): Reply<M['type']> {
  if (reply === undefined) throw new Error(`no reply to ${message.type}`);
  return reply as Reply<M['type']>;
}

/** The handler of one message type: its reply, now or later. */
type Handler<T extends MessageType> = (
  message: MessageOf<T>,
  sender: Browser.runtime.MessageSender,
) => Reply<T> | Promise<Reply<T>>;

type AnyHandler = (message: Message, sender: Browser.runtime.MessageSender) => unknown;

/** One handler per message type in `T`, each replying as `Replies` says. */
export type Handlers<T extends MessageType> = { [K in T]: Handler<K> };

/**
 * Answers the messages of the types in `T`, one handler each, in any context. Replies always
 * go through `sendResponse`, with the listener returning `true`: the one way Chrome, Firefox
 * and webextension-polyfill all support (only the polyfill lets a listener return a promise,
 * and content scripts go without it; see modules/content-scripts-without-polyfill.ts). A
 * handler that throws replies nothing, so its sender rejects. Returns a function that stops
 * answering.
 *
 * @example
 * const stop = handleMessages<ContentMessageType>({
 *   'to-cs/page-content': () => detector.describe(),
 *   …
 * });
 */
export function handleMessages<T extends MessageType>(handlers: Handlers<T>): () => void {
  const listener = (
    message: unknown,
    sender: Browser.runtime.MessageSender,
    sendResponse: (reply?: unknown) => void,
  ): true | undefined => {
    // Only our message types have a handler; anything else is left to other listeners.
    const type = (message as { type?: unknown } | null)?.type;
    if (typeof type !== 'string' || !Object.hasOwn(handlers, type)) return undefined;
    // The handler of the message's own type: TypeScript cannot pair them through the index.
    const handler = (handlers as unknown as Record<string, AnyHandler>)[type]!;
    void new Promise((resolve) => resolve(handler(message as Message, sender))).then(
      sendResponse,
      () => sendResponse(),
    );
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
