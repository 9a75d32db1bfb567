import type { Page } from 'puppeteer-core';
import {
  CARD_PAGE,
  expectBadge,
  expectMarksAndBadge,
  fixtureHtml,
  settle,
} from '../fixtures/expectations';
import { expect, markerIds, test } from './firefox';

/** Clicks the checkbox of the settings page's option whose label starts with `label`. */
async function toggle(options: Page, label: string): Promise<void> {
  await options.click(
    `::-p-xpath(//label[starts-with(normalize-space(.), "${label}")]//input[@type="checkbox"])`,
  );
}

const saved = (options: Page): Promise<string> =>
  options.$eval('.saved', (status) => status.textContent ?? '');

test('settings changed on the options page reach the open tab: markers, then the site', async ({
  firefox,
}) => {
  const page = await firefox.open(CARD_PAGE.url, { [CARD_PAGE.url]: fixtureHtml(CARD_PAGE.file) });
  const tab = firefox.markedTab(page);
  await expectMarksAndBadge(tab, ['u-mup']);

  const options = await firefox.openExtensionPage(await firefox.extensionUrl('options.html'));
  await options.waitForSelector('label.check');

  // Markers off: they go; the toolbar still counts the paper.
  await toggle(options, 'Mark the group');
  await expect.poll(() => saved(options)).toBe('Saved: markers hidden.');
  await expect.poll(() => markerIds(page)).toEqual([]);
  await settle();
  expect(await markerIds(page)).toEqual([]);
  await expectBadge(tab, '1');

  // Markers on again.
  await toggle(options, 'Mark the group');
  await expect.poll(() => saved(options)).toBe('Saved: markers shown.');
  await expectMarksAndBadge(tab, ['u-mup']);

  // arXiv off: no marker, no count.
  await toggle(options, 'arXiv');
  await expect.poll(() => saved(options)).toBe('Saved: arXiv off.');
  await expect.poll(() => markerIds(page)).toEqual([]);
  await expectBadge(tab, '');
  await settle();
  expect(await markerIds(page)).toEqual([]);
});
