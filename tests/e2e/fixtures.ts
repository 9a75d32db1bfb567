/**
 * Playwright fixtures for the built extension in Debian's Chromium: a persistent context with
 * the extension loaded, its id and service worker, fixture pages served at their real URLs,
 * and the popup opened for a given tab.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  test as base,
  expect as baseExpect,
  chromium,
  type BrowserContext,
  type CDPSession,
  type Page,
  type Worker,
} from '@playwright/test';
import {
  LISTING,
  expectBadge as expectBadgeOf,
  expectMarksAndBadge,
  servedAt,
  type MarkedTab,
} from '../fixtures/expectations';

export const EXTENSION_DIR = resolve(process.env.EXTENSION_DIR ?? '.output/chrome-mv3');
export { FIXTURE_DIR, fixtureHtml, SETTLE_MS } from '../fixtures/expectations';

/** Flags that keep Chromium quiet on a machine without network, as root, without a GPU. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--dns-prefetch-disable',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-features=Translate,MediaRouter,OptimizationHints',
];

const userDataDirs = new WeakMap<BrowserContext, string>();

export async function launchWithExtension(
  options: {
    headless?: boolean;
    colorScheme?: 'light' | 'dark';
    extensionDir?: string;
    /** Send all network traffic through this proxy (e.g. one that records it). */
    proxy?: string;
  } = {},
): Promise<BrowserContext> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  const userDataDir = mkdtempSync(join(tmpdir(), 'gc-papers-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: options.headless ?? true,
    colorScheme: options.colorScheme ?? 'light',
    ...(options.proxy ? { proxy: { server: options.proxy } } : {}),
    args: [
      ...CHROMIUM_ARGS,
      // A browser-level DevTools connection can click the toolbar action (see clickAction).
      '--remote-debugging-port=0',
      '--enable-unsafe-extension-debugging',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
  userDataDirs.set(context, userDataDir);
  // Each launch makes a profile of ~20 MB, and a test run makes dozens. (Chromium may still be
  // writing to it as the context closes, hence the retries; a leftover is harmless.)
  context.on('close', () => {
    void rm(userDataDir, { recursive: true, force: true, maxRetries: 10 }).catch(() => undefined);
  });
  return context;
}

/**
 * Runs `use` with a browser-level DevTools session on `context`'s browser, for what a page's
 * session cannot do: clicking the toolbar action, reaching the popup it opens.
 */
export async function withBrowserSession<T>(
  context: BrowserContext,
  use: (cdp: CDPSession) => Promise<T>,
): Promise<T> {
  const userDataDir = userDataDirs.get(context);
  if (!userDataDir) throw new Error('needs a context from launchWithExtension');
  const port = readFileSync(join(userDataDir, 'DevToolsActivePort'), 'utf8').split('\n')[0];
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  try {
    return await use(await browser.newBrowserCDPSession());
  } finally {
    await browser.close();
  }
}

/** The DevTools target id of the tab showing `page`. */
export async function tabTargetId(cdp: CDPSession, page: Page): Promise<string> {
  const { targetInfos } = (await cdp.send('Target.getTargets', {
    filter: [{ type: 'tab' }],
  } as never)) as { targetInfos: { targetId: string; url: string }[] };
  const tab = targetInfos.find((t) => t.url === page.url());
  if (!tab) throw new Error(`no tab shows ${page.url()}`);
  return tab.targetId;
}

/**
 * Clicks the extension's toolbar button for the tab showing `page`, as a user would, which
 * grants the extension `activeTab` access to that tab. (The popup the click opens is not
 * scriptable from Playwright; tests drive the same popup page opened with `?tabId=`.)
 */
export async function clickAction(
  context: BrowserContext,
  page: Page,
  extensionId: string,
): Promise<void> {
  await withBrowserSession(context, async (cdp) => {
    const targetId = await tabTargetId(cdp, page);
    await cdp.send('Extensions.triggerAction' as never, { id: extensionId, targetId } as never);
  });
}

export async function extensionWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/** A document to serve: HTML text, or a body with its own content type (SVG, XML). */
export type ServedDocument = string | { body: string; contentType: string };

/**
 * Serves `documents` (real URL → document), for subframes too, and refuses every other
 * request, so tests never touch the network and a page's external scripts (MathJax,
 * analytics) simply fail to load. Call it once per context: a later call's refusals would hide
 * the earlier one's documents.
 */
export async function servePages(
  context: BrowserContext,
  documents: Record<string, ServedDocument>,
): Promise<void> {
  await context.route(
    (url) => url.protocol === 'http:' || url.protocol === 'https:',
    async (route) => {
      const doc = servedAt(documents, route.request().url());
      if (doc === undefined || route.request().resourceType() !== 'document') return route.abort();
      const { body, contentType } =
        typeof doc === 'string' ? { body: doc, contentType: 'text/html; charset=utf-8' } : doc;
      return route.fulfill({ status: 200, contentType, body });
    },
  );
}

/** The id Chromium gives `page`'s tab, read in the service worker. */
export async function tabIdOf(page: Page, worker: Worker): Promise<number> {
  await page.bringToFront();
  return worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) throw new Error('no active tab');
    return tab.id;
  });
}

export async function badgeText(worker: Worker, tabId: number): Promise<string> {
  return worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** `data-paper-id`s of the markers on the page, in document order. */
export async function markedPaperIds(page: Page): Promise<string[]> {
  return page
    .locator('gc-paper-mark')
    .evaluateAll((hosts) => hosts.map((h) => (h as HTMLElement).dataset.paperId ?? ''));
}

/**
 * Shows the demo arXiv listing (LISTING, which the context must serve) in `page`, waits until
 * the content script has marked its papers, and returns the tab's id.
 */
export async function showListing(page: Page, worker: Worker): Promise<number> {
  await page.goto(LISTING.url);
  await baseExpect.poll(() => markedPaperIds(page)).toEqual(LISTING.ids);
  return tabIdOf(page, worker);
}

interface CdpNode {
  nodeType: number;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

/**
 * The visible text in the closed shadow root of the first element matching `selector`. Page
 * scripts (and Playwright's locators) cannot see inside; the DevTools protocol can.
 */
export async function shadowText(page: Page, selector: string): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    const { node } = (await cdp.send('DOM.describeNode', { nodeId, depth: -1, pierce: true })) as {
      node: CdpNode;
    };
    const parts: string[] = [];
    const visit = (n: CdpNode): void => {
      if (n.attributes?.includes('hidden')) return;
      if (n.nodeType === 3 && n.nodeValue) parts.push(n.nodeValue);
      for (const child of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) visit(child);
    };
    for (const shadow of node.shadowRoots ?? []) visit(shadow);
    return parts.join(' ').replace(/\s+/g, ' ').trim();
  } finally {
    await cdp.detach();
  }
}

interface Fixtures {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const context = await launchWithExtension();
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await use(context);
    await context.close();
  },
  worker: async ({ context }, use) => {
    await use(await extensionWorker(context));
  },
  extensionId: async ({ worker }, use) => {
    await use(new URL(worker.url()).host);
  },
});

export { expect } from '@playwright/test';

/** An uncaught exception or console error seen in one of a page's execution contexts. */
export interface PageError {
  kind: 'exception' | 'console';
  text: string;
  /** 'main' (the page), 'isolated' (a content script or other isolated world), 'other'. */
  world: 'main' | 'isolated' | 'other';
  /** The context's security origin: chrome-extension://… for the extension's content script. */
  origin: string;
  frameId: string;
}

export interface ExecutionContextSeen {
  id: number;
  world: PageError['world'];
  origin: string;
  name: string;
  frameId: string;
}

export interface ErrorCollector {
  /** The DevTools session that listens (Runtime enabled), for tests that drive worlds. */
  readonly session: CDPSession;
  readonly errors: PageError[];
  readonly contexts: ExecutionContextSeen[];
  /** Errors from isolated worlds (the content script lives in one). */
  isolated(): PageError[];
  /** Execution contexts the extension (chrome-extension://…) created in the page's frames. */
  extensionWorlds(): ExecutionContextSeen[];
  detach(): Promise<void>;
}

/**
 * Collects uncaught exceptions (and console.error/assert calls) from EVERY execution context
 * of `page` through the DevTools protocol, including the isolated world the content script runs
 * in, which `page.on('pageerror')` never reports. Attach before `page.goto`. Covers the top
 * frame and same-process iframes; out-of-process (cross-site) iframes have their own targets.
 */
export async function collectErrors(page: Page): Promise<ErrorCollector> {
  const cdp = await page.context().newCDPSession(page);
  const errors: PageError[] = [];
  const contexts: ExecutionContextSeen[] = [];
  const byId = new Map<number, ExecutionContextSeen>();
  const unknown: ExecutionContextSeen = {
    id: -1,
    world: 'other',
    origin: '',
    name: '',
    frameId: '',
  };
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    const aux = (context.auxData ?? {}) as { type?: string; isDefault?: boolean; frameId?: string };
    const seen: ExecutionContextSeen = {
      id: context.id,
      world: aux.isDefault ? 'main' : aux.type === 'isolated' ? 'isolated' : 'other',
      origin: context.origin,
      name: context.name,
      frameId: aux.frameId ?? '',
    };
    byId.set(context.id, seen);
    contexts.push(seen);
  });
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails: d }) => {
    const where = byId.get(d.executionContextId ?? -1) ?? unknown;
    const text = [d.text, d.exception?.description ?? d.exception?.value, d.url]
      .filter((part) => part !== undefined && part !== '')
      .join(' ');
    errors.push({ kind: 'exception', text, ...pick(where) });
  });
  cdp.on('Runtime.consoleAPICalled', ({ type, args, executionContextId }) => {
    if (type !== 'error' && type !== 'assert') return;
    const text = args.map((a) => a.description ?? String(a.value ?? '')).join(' ');
    errors.push({ kind: 'console', text, ...pick(byId.get(executionContextId) ?? unknown) });
  });
  await cdp.send('Runtime.enable');
  return {
    session: cdp,
    errors,
    contexts,
    isolated: () => errors.filter((e) => e.world === 'isolated'),
    extensionWorlds: () => contexts.filter((c) => c.origin.startsWith('chrome-extension://')),
    detach: () => cdp.detach().catch(() => undefined),
  };
}

function pick({ world, origin, frameId }: ExecutionContextSeen): Omit<PageError, 'kind' | 'text'> {
  return { world, origin, frameId };
}

/**
 * The on-screen box (CSS pixels) of the first element with class `className` inside the
 * closed shadow root of the first element matching `hostSelector`; null when it has no box
 * (display: none, or absent).
 */
export async function shadowElementBox(
  page: Page,
  hostSelector: string,
  className: string,
): Promise<{ width: number; height: number } | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', {
      nodeId: root.nodeId,
      selector: hostSelector,
    });
    const { node } = (await cdp.send('DOM.describeNode', { nodeId, depth: -1, pierce: true })) as {
      node: CdpNode & { backendNodeId: number };
    };
    const find = (n: CdpNode & { backendNodeId?: number }): number | undefined => {
      const classIndex = n.attributes?.indexOf('class') ?? -1;
      const classes = classIndex >= 0 ? (n.attributes?.[classIndex + 1] ?? '').split(/\s+/) : [];
      if (n.nodeType === 1 && classes.includes(className)) return n.backendNodeId;
      for (const child of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) {
        const found = find(child);
        if (found !== undefined) return found;
      }
      return undefined;
    };
    let backendNodeId: number | undefined;
    for (const shadow of node.shadowRoots ?? []) backendNodeId ??= find(shadow);
    if (backendNodeId === undefined) return null;
    const box = await cdp.send('DOM.getBoxModel', { backendNodeId }).catch(() => null);
    return box ? { width: box.model.width, height: box.model.height } : null;
  } finally {
    await cdp.detach();
  }
}

/** Milliseconds for a page-side setTimeout(0) round trip, seen from the test (for logs). */
export async function roundTripMs(page: Page): Promise<number> {
  const start = Date.now();
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
  return Date.now() - start;
}

/** `text` as HTML text (for building fixture pages). */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A minimal OpenReview group (venue) page in the API-v2 note-list markup; `notes` are
 * `[forumId, titleHtml]`. Forum ids the index does not know make the detector read titles.
 * `extra` is appended to the body (scripts, more markup).
 */
export function openreviewGroupPage(notes: [string, string][], extra = ''): string {
  const items = notes
    .map(
      ([id, title]) => `<li><div class="note"><h4><a href="/forum?id=${id}">${title}</a></h4>
  <div class="note-authors"><span><a href="/profile?id=~Ana_Smith1">Ana Smith</a></span></div></div></li>`,
    )
    .join('\n');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Venue | OpenReview</title></head>
<body><div id="__next"><main id="content"><div id="notes"><div class="submissions-list">
<ul class="list-unstyled list-paginated" id="papers">
${items}
</ul></div></div></main></div>
${extra}
</body></html>`;
}

/**
 * `data-paper-id`s of the markers, read by Playwright's own isolated utility world, so it still
 * works on pages whose scripts broke the main world's built-ins (markedPaperIds runs there).
 */
export async function markerIdsIsolated(page: Page): Promise<string[]> {
  const markers = page.locator('gc-paper-mark');
  const ids: string[] = [];
  for (let i = 0, n = await markers.count(); i < n; i++) {
    ids.push((await markers.nth(i).getAttribute('data-paper-id')) ?? '');
  }
  return ids;
}

/** `page`'s tab as the shared expectations read it: its markers (by `read`) and its badge. */
export function markedTab(
  page: Page,
  worker: Worker,
  read: (page: Page) => Promise<string[]> = markedPaperIds,
): MarkedTab {
  let tabId: Promise<number> | undefined;
  return {
    markerIds: () => read(page),
    badgeText: async () => badgeText(worker, await (tabId ??= tabIdOf(page, worker))),
  };
}

/** {@link expectMarksAndBadge} on `page`'s tab. */
export async function expectMarksSettled(
  page: Page,
  worker: Worker,
  expected: string[],
  read: (page: Page) => Promise<string[]> = markedPaperIds,
): Promise<void> {
  await expectMarksAndBadge(markedTab(page, worker, read), expected);
}

/** Waits until the toolbar badge of `page`'s tab reads `text`. */
export async function expectBadge(page: Page, worker: Worker, text: string): Promise<void> {
  await expectBadgeOf(markedTab(page, worker), text);
}

/** No uncaught exception or console error in any world, and the content script did run. */
export function expectCleanRun(errors: ErrorCollector): void {
  baseExpect(errors.errors, 'uncaught exceptions / console errors in the page').toEqual([]);
  baseExpect(
    errors.extensionWorlds().length,
    'the content script ran in this page',
  ).toBeGreaterThan(0);
}
