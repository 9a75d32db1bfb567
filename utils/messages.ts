/**
 * The extension's one message protocol: every message type, its payload and its reply, and
 * typed send functions. Names say the direction: content script → background ("cs-bg/…"),
 * popup → background ("popup-bg/…"), popup or background → content script ("to-cs/…").
 *
 * @module
 */
import { browser } from '#imports';
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
  | { type: 'to-cs/copy-citation'; text: string; announcement: string };

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
}

export type Reply<T extends Message['type']> = Replies[T];

/** Whether `value` is one of our messages (other extensions and pages can send anything). */
export function isMessage(value: unknown): value is Message {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { type?: unknown }).type === 'string'
  );
}

export function sendToBackground<M extends Message>(message: M): Promise<Reply<M['type']>> {
  return browser.runtime.sendMessage(message) as Promise<Reply<M['type']>>;
}

export function sendToTab<M extends Message>(tabId: number, message: M): Promise<Reply<M['type']>> {
  return browser.tabs.sendMessage(tabId, message) as Promise<Reply<M['type']>>;
}
