import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { badgeText, expect, markedPaperIds, servePages, tabIdOf, test } from './fixtures';
import { PopupPage } from './pages/popup';

const DEMO_URL = 'https://arxiv.org/list/cs.LG/new';

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
  });
  return errors;
}

test('every context loads without errors, and the demo listing is detected', async ({
  context,
  extensionId,
  worker,
}) => {
  await servePages(context, {
    [DEMO_URL]: readFileSync('scripts/demo/arxiv-listing.html', 'utf8'),
  });

  const page = await context.newPage();
  const pageErrors = collectErrors(page);
  await page.goto(DEMO_URL);
  await expect
    .poll(() => markedPaperIds(page))
    .toEqual(['unit-scaling', 'u-mup', 'sparq-attention', 'gps-plus-plus', 'qm1b']);
  const tabId = await tabIdOf(page, worker);
  await expect.poll(() => badgeText(worker, tabId)).toBe('5');

  const popup = await PopupPage.open(context, extensionId, tabId);
  const popupErrors = collectErrors(popup.page);
  await expect(popup.onPage).toHaveCount(5);

  const options = await context.newPage();
  const optionsErrors = collectErrors(options);
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByRole('heading', { level: 1 })).toHaveText(/settings/);

  // The service worker answers, so it started without throwing.
  expect(await worker.evaluate(() => chrome.runtime.getManifest().manifest_version)).toBe(3);
  expect([...pageErrors, ...popupErrors, ...optionsErrors]).toEqual([]);
});
