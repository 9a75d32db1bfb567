/**
 * What the extension knows of a tab's page: what its content script found there, and what the
 * popup makes of it.
 *
 * @module
 */

/** What a page's content script found, in page order (distinct ids). */
export interface PageDetections {
  paperIds: string[];
  /** Of `paperIds`, those found in the page's references: cited by the page's paper. */
  citedIds: string[];
  /** Id of the site rules that read the page ("generic" after Scan this page). */
  siteId: string;
  /** True when detection is switched off for this site in the settings. */
  disabled: boolean;
}

/** What the popup knows about the tab it was opened on. */
export type PageState =
  | { kind: 'loading' }
  /** No content script answers; `tabId` is kept where Scan this page can reach the tab. */
  | { kind: 'unreachable'; tabId: number | undefined }
  | { kind: 'ready'; tabId: number; detections: PageDetections };
