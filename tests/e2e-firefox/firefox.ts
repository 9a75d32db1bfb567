/**
 * The Firefox driver of the end-to-end tests: the built MV2 extension (.output/firefox-mv2) in
 * Debian's firefox-esr, driven by puppeteer-core over WebDriver BiDi.
 *
 * Why these tools: Playwright's own Firefox cannot load extensions (and its browser download
 * does not work here), while puppeteer-core drives the installed firefox-esr over BiDi and
 * installs the add-on as a temporary one. Playwright Test stays the runner, as for Chromium:
 * the same fixtures, `expect.poll`, reporter and the shared expectations of
 * tests/fixtures/expectations.ts, so the two suites differ only in how they reach the browser.
 *
 * What BiDi cannot do, the Remote Debugging Protocol does (./rdp.ts): evaluating in the
 * background page reads the badge, and `tabs.create` there opens the popup and options pages in
 * tabs (BiDi refuses to navigate a tab to moz-extension://).
 */
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base, expect } from '@playwright/test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { BidiElementHandle } from 'puppeteer-core/internal/bidi/ElementHandle.js';
import { servedAt, type MarkedTab } from '../fixtures/expectations';
import { BackgroundPage } from './rdp';

export const FIREFOX_EXTENSION_DIR = resolve(
  process.env.FIREFOX_EXTENSION_DIR ?? '.output/firefox-mv2',
);

export class FirefoxWithExtension {
  readonly browser: Browser;
  readonly background: BackgroundPage;
  /** The tab Firefox opened with: kept, so closing the tests' tabs never closes the window. */
  readonly #home: Page;
  readonly #dir: string;

  private constructor(browser: Browser, background: BackgroundPage, home: Page, dir: string) {
    this.browser = browser;
    this.background = background;
    this.#home = home;
    this.#dir = dir;
  }

  static async launch(): Promise<FirefoxWithExtension> {
    const dir = mkdtempSync(join(tmpdir(), 'gc-papers-firefox-'));
    const socket = join(dir, 'debugger.sock');
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
      headless: true,
      args: ['--start-debugger-server', socket],
      extraPrefsFirefox: {
        // The debugger server (./rdp.ts): Firefox opens it only with chrome debugging on; no
        // prompt asking to allow the connection.
        'devtools.chrome.enabled': true,
        'devtools.debugger.remote-enabled': true,
        'devtools.debugger.prompt-connection': false,
        // navigator.clipboard.readText() without the paste prompt: tests read what was copied.
        'dom.events.testing.asyncClipboard': true,
      },
    });
    try {
      const addonId = await browser.installExtension(FIREFOX_EXTENSION_DIR);
      const [home] = await browser.pages();
      if (!home) throw new Error('Firefox opened no tab');
      return new FirefoxWithExtension(
        browser,
        await BackgroundPage.attach(socket, addonId),
        home,
        dir,
      );
    } catch (error) {
      await browser.close();
      await rm(dir, { recursive: true, force: true });
      throw error;
    }
  }

  /**
   * A new tab that gets `served` (real URL → HTML) for its page loads and has every other
   * request refused, so tests never touch the network and a page's external scripts, styles and
   * images simply fail to load.
   */
  async newTab(served: Record<string, string> = {}): Promise<Page> {
    const page = await this.browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (!/^https?:/.test(request.url())) return void request.continue();
      const html = request.isNavigationRequest() ? servedAt(served, request.url()) : undefined;
      if (html === undefined) return void request.abort();
      void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    });
    return page;
  }

  /** A new tab showing `url`, served from `served`. */
  async open(url: string, served: Record<string, string>): Promise<Page> {
    const page = await this.newTab(served);
    await page.goto(url);
    return page;
  }

  /** The extension's id of `page`'s tab (the active tab, once `page` is brought to the front). */
  async tabIdOf(page: Page): Promise<number> {
    await page.bringToFront();
    return this.background.evaluate<number>(
      `browser.tabs.query({ active: true, lastFocusedWindow: true }).then(([tab]) => tab.id)`,
    );
  }

  async badgeText(tabId: number): Promise<string> {
    return this.background.evaluate<string>(
      `browser.browserAction.getBadgeText({ tabId: ${tabId} })`,
    );
  }

  /** `page`'s tab as the shared expectations read it. */
  markedTab(page: Page): MarkedTab {
    let tabId: Promise<number> | undefined;
    return {
      markerIds: () => markerIds(page),
      badgeText: async () => this.badgeText(await (tabId ??= this.tabIdOf(page))),
    };
  }

  /** The full address of the extension's page at `path` ("popup.html?tabId=3"). */
  async extensionUrl(path: string): Promise<string> {
    return this.background.evaluate<string>(`browser.runtime.getURL(${JSON.stringify(path)})`);
  }

  /**
   * Opens `url` (an extension page, e.g. from {@link extensionUrl}) in a new tab, as the
   * extension itself would with `tabs.create`, and returns that tab once it shows the page.
   */
  async openExtensionPage(url: string): Promise<Page> {
    await this.background.evaluate(`browser.tabs.create({ url: ${JSON.stringify(url)} })`);
    // Puppeteer learns of the tab, but not of its address (BiDi does not report navigations to
    // moz-extension:// pages): ask each tab where it is.
    const showing = async (): Promise<Page | undefined> => {
      for (const page of await this.browser.pages()) {
        const href = await page.evaluate(() => location.href).catch(() => '');
        if (href === url) return page;
      }
      return undefined;
    };
    let found: Page | undefined;
    await expect
      .poll(async () => (found = await showing()) !== undefined, { timeout: 20_000 })
      .toBe(true);
    if (!found) throw new Error(`no tab shows ${url}`);
    await found.waitForFunction(() => document.readyState === 'complete');
    return found;
  }

  /** Back to a clean state between tests: only the first tab left, default settings. */
  async reset(): Promise<void> {
    for (const page of await this.browser.pages()) {
      if (page !== this.#home) await page.close();
    }
    await this.background.evaluate('browser.storage.sync.clear()');
  }

  async close(): Promise<void> {
    this.background.close();
    await this.browser.close();
    await rm(this.#dir, { recursive: true, force: true });
  }
}

/** `data-paper-id`s of the markers on the page, in document order. */
export async function markerIds(page: Page): Promise<string[]> {
  return page.$$eval('gc-paper-mark', (hosts) =>
    hosts.map((host) => (host as HTMLElement).dataset.paperId ?? ''),
  );
}

/**
 * The closed shadow root of the first element matching `selector`. Page scripts cannot reach
 * it; WebDriver BiDi serializes an element's shadow root whatever its mode (as the DevTools
 * protocol's `pierce` does for the Chromium tests). Puppeteer keeps that reference in the
 * element's remote value without a public accessor, so it is wrapped in Puppeteer's own handle.
 */
async function shadowRoot(page: Page, selector: string): Promise<BidiElementHandle<ShadowRoot>> {
  const host = await page.$(selector);
  if (!(host instanceof BidiElementHandle)) throw new Error(`no ${selector} (in a BiDi page)`);
  const value = host.remoteValue();
  const root = value.type === 'node' ? value.value?.shadowRoot : undefined;
  if (!root) throw new Error(`${selector} has no shadow root`);
  return BidiElementHandle.from<ShadowRoot>(root, host.realm);
}

/** The visible text in the closed shadow root of the first element matching `selector`. */
export async function shadowText(page: Page, selector: string): Promise<string> {
  const root = await shadowRoot(page, selector);
  return root.evaluate((node) => {
    const hidden = NodeFilter.FILTER_REJECT;
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode: (n) =>
        n instanceof Element && n.hasAttribute('hidden') ? hidden : NodeFilter.FILTER_ACCEPT,
    });
    const parts: string[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.nodeType === Node.TEXT_NODE && n.nodeValue) parts.push(n.nodeValue);
    }
    return parts.join(' ').replace(/\s+/g, ' ').trim();
  });
}

/** The element matching `inner` in the closed shadow root of the first `selector` element. */
export async function shadowElement(
  page: Page,
  selector: string,
  inner: string,
): Promise<{ click(): Promise<void>; focus(): Promise<void> }> {
  const found = await (await shadowRoot(page, selector)).$(inner);
  if (!found) throw new Error(`no ${inner} in the shadow root of ${selector}`);
  return found;
}

/** What the page's clipboard holds (Firefox lets tests read it: see the launch prefs). */
export async function clipboardText(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

/** Empties the clipboard, so a test sees its own copy arrive. */
export async function clearClipboard(page: Page): Promise<void> {
  await page.evaluate(() => navigator.clipboard.writeText(''));
}

/**
 * One Firefox with the extension for all the tests of a worker (a launch takes seconds); each
 * test starts from one blank tab and the default settings. After a failed test Playwright
 * starts a new worker, so a new Firefox.
 */
export const test = base.extend<
  { firefox: FirefoxWithExtension },
  { launched: FirefoxWithExtension }
>({
  launched: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const firefox = await FirefoxWithExtension.launch();
      await use(firefox);
      await firefox.close();
    },
    { scope: 'worker' },
  ],
  firefox: async ({ launched }, use) => {
    await use(launched);
    await launched.reset();
  },
});

export { expect } from '@playwright/test';
