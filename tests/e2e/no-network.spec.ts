import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test as base, expect } from '@playwright/test';
import {
  EXTENSION_DIR,
  clickAction,
  extensionWorker,
  fixtureHtml,
  launchWithExtension,
  markedPaperIds,
  servePages,
  tabIdOf,
} from './fixtures';
import { PopupPage } from './pages/popup';
import { shippedScripts } from '../fixtures/build-checks';
import { LISTING } from '../fixtures/expectations';

/**
 * Every request that leaves Chromium goes through a proxy that records it and refuses it;
 * fixture pages are answered inside the browser (context.route) and never reach it. Requests
 * that pages make are recorded too; the pages' own subresources are removed first.
 */
const test = base.extend<{ recorder: { url: string; seen: string[] } }>({
  // eslint-disable-next-line no-empty-pattern
  recorder: async ({}, use) => {
    const seen: string[] = [];
    const server: Server = createServer((request, response) => {
      seen.push(`${request.method} ${request.url}`);
      response.writeHead(403).end();
    });
    server.on('connect', (request, socket) => {
      seen.push(`CONNECT ${request.url}`);
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    await use({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen });
    server.close();
  },
});

/** The page without what it would load itself, so every request left is the extension's. */
function withoutSubresources(html: string): string {
  return html
    .replace(/<script\b[^>]*\bsrc=[^>]*>\s*<\/script>/gi, '')
    .replace(/<(?:link|img|iframe|source)\b[^>]*>/gi, '');
}

test('the shipped code has no way to make a request', () => {
  // Complements the run below, which cannot tell a worker's request to a page's own host from
  // the browser's preconnect.
  for (const { file, text } of shippedScripts(EXTENSION_DIR)) {
    // `fetch(` as a call of the global, not a method (MiniSearch's map has a fetch method).
    const calls = text.match(
      /(?<![.\w}$])fetch\s*\(|\b(?:globalThis|window|self)\.fetch\b|\b(?:XMLHttpRequest|WebSocket|EventSource)\b|sendBeacon|importScripts\s*\(/g,
    );
    expect(calls, file).toBeNull();
  }
});

test('the extension makes no network request from any context while it is used', async ({
  recorder,
}) => {
  const context = await launchWithExtension({ proxy: recorder.url });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const listing = LISTING.url;
  const abs = 'https://arxiv.org/abs/2407.17465';
  const other = 'https://example.org/reading-list.html';
  const pages = {
    [listing]: withoutSubresources(LISTING.html()),
    [abs]: withoutSubresources(fixtureHtml('arxiv/abs-u-mup.html')),
    [other]: withoutSubresources(fixtureHtml('generic/reading-list.html')),
  };
  const pageRequests: string[] = [];
  context.on('request', (request) => {
    const url = request.url().replace(/#.*$/, '');
    if (!url.startsWith('chrome-extension://') && !(url in pages)) pageRequests.push(url);
  });
  // Fixture documents are answered here; anything else a page asks for is recorded by the
  // 'request' listener above and then refused.
  await servePages(context, pages);
  const worker = await extensionWorker(context);
  const extensionId = new URL(worker.url()).host;

  // Detection, the badge and the on-page card.
  const page = await context.newPage();
  await page.goto(listing);
  await expect.poll(() => markedPaperIds(page)).toHaveLength(5);
  await page.locator('gc-paper-mark').first().hover();
  const absPage = await context.newPage();
  await absPage.goto(abs);
  await expect.poll(() => markedPaperIds(absPage)).toEqual(['u-mup']);
  await absPage.locator('gc-paper-mark').focus();
  await absPage.keyboard.press('Tab');
  await absPage.keyboard.press('Enter');

  // The popup: list, search, copy, another format.
  const tabId = await tabIdOf(page, worker);
  const popup = await PopupPage.open(context, extensionId, tabId);
  await expect(popup.onPage).toHaveCount(5);
  await popup.search.fill('unit scaling');
  await expect(popup.results.first()).toBeVisible();
  await popup.onPage
    .first()
    .getByRole('button', { name: /^Copy BibTeX/ })
    .click();
  await expect(popup.announcement).toContainText('copied');

  // Scan this page on a site outside the declared ones.
  const otherPage = await context.newPage();
  await otherPage.goto(other);
  const otherTab = await tabIdOf(otherPage, worker);
  await clickAction(context, otherPage, extensionId);
  const otherPopup = await PopupPage.open(context, extensionId, otherTab);
  await otherPopup.page.getByRole('button', { name: 'Scan this page' }).click();
  await expect.poll(() => markedPaperIds(otherPage)).not.toEqual([]);

  // The options page, changing a setting.
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByRole('checkbox', { name: /Mark the group's papers/ }).uncheck();
  await expect(options.getByRole('status')).toContainText('Saved');

  await page.waitForTimeout(1500);
  await context.close();
  expect(pageRequests).toEqual([]);
  // Chromium itself still preconnects to the hosts of pages it navigates to, and calls its own
  // services (time and update checks); neither is the extension's doing.
  const navigated = Object.keys(pages).map((url) => new URL(url).host);
  const browserOwn =
    /^(?:CONNECT|GET|POST) (?:https?:\/\/)?[\w.-]*\b(?:google\.com|googleapis\.com|gvt1\.com)\b/;
  const extensionTraffic = recorder.seen.filter(
    (line) => !browserOwn.test(line) && !navigated.some((host) => line === `CONNECT ${host}:443`),
  );
  expect(extensionTraffic).toEqual([]);
});
