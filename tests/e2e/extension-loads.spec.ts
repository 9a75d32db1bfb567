import { LISTING } from '../fixtures/expectations';
import { badgeText, collectErrors, expect, servePages, showListing, test } from './fixtures';
import { PopupPage } from './pages/popup';

test('every context loads without errors, and the demo listing is detected', async ({
  context,
  extensionId,
  worker,
}) => {
  await servePages(context, { [LISTING.url]: LISTING.html() });

  const page = await context.newPage();
  const pageErrors = await collectErrors(page);
  const tabId = await showListing(page, worker);
  await expect.poll(() => badgeText(worker, tabId)).toBe('5');

  const popup = await PopupPage.open(context, extensionId, tabId);
  const popupErrors = await collectErrors(popup.page);
  // Loaded again with the errors collected from the start.
  await popup.page.reload();
  await expect(popup.onPage).toHaveCount(5);

  const options = await context.newPage();
  const optionsErrors = await collectErrors(options);
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByRole('heading', { level: 1 })).toHaveText(/settings/);

  // The service worker answers, so it started without throwing.
  expect(await worker.evaluate(() => chrome.runtime.getManifest().manifest_version)).toBe(3);
  for (const errors of [pageErrors, popupErrors, optionsErrors]) {
    expect(errors.errors).toEqual([]);
    await errors.detach();
  }
});
