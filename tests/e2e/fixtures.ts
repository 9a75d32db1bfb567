/**
 * Playwright fixtures for the built extension in Debian's Chromium: a persistent context with
 * the extension loaded, its id and service worker, fixture pages served at their real URLs,
 * and the popup opened for a given tab.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  test as base,
  chromium,
  type BrowserContext,
  type Page,
  type Worker,
} from '@playwright/test';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');
export const FIXTURE_DIR = resolve('tests/fixtures/pages');

/** Flags that keep Chromium quiet on a machine without network, as root, without a GPU. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-features=Translate,MediaRouter,OptimizationHints',
];

export async function launchWithExtension(
  options: { headless?: boolean; colorScheme?: 'light' | 'dark'; extensionDir?: string } = {},
): Promise<BrowserContext> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'gc-papers-')), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: options.headless ?? true,
    colorScheme: options.colorScheme ?? 'light',
    args: [
      ...CHROMIUM_ARGS,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
}

export async function extensionWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/**
 * Serves `pages` (real URL → HTML) and refuses every other request, so tests never touch the
 * network and a page's external scripts (MathJax, analytics) simply fail to load.
 */
export async function servePages(
  context: BrowserContext,
  pages: Record<string, string>,
): Promise<void> {
  await context.route(
    (url) => url.protocol === 'http:' || url.protocol === 'https:',
    async (route) => {
      const url = route.request().url();
      const html = pages[url] ?? pages[url.replace(/#.*$/, '')];
      if (html === undefined || route.request().resourceType() !== 'document') return route.abort();
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    },
  );
}

export function fixtureHtml(file: string): string {
  return readFileSync(join(FIXTURE_DIR, file), 'utf8');
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
