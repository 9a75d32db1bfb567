import { LISTING, POPUP, expectUmupBibtex, fixtureHtml } from '../fixtures/expectations';
import {
  clearClipboard,
  clipboardText,
  expect,
  markerIds,
  test,
  type FirefoxWithExtension,
} from './firefox';
import { FirefoxPopup } from './pages/popup';

/** A tab showing the demo arXiv listing, once the content script marked it, and its id. */
async function listingTab(firefox: FirefoxWithExtension) {
  const page = await firefox.open(LISTING.url, { [LISTING.url]: LISTING.html() });
  await expect.poll(() => markerIds(page)).toEqual(LISTING.ids);
  return { page, tabId: await firefox.tabIdOf(page) };
}

/** The page the toolbar button opens for the tab `tabId`. */
function toolbarPopupOf(firefox: FirefoxWithExtension, tabId: number): Promise<string> {
  return firefox.background.evaluate<string>(`browser.browserAction.getPopup({ tabId: ${tabId} })`);
}

test("the popup lists the tab's papers, searches the group's papers and copies BibTeX", async ({
  firefox,
}) => {
  const { tabId } = await listingTab(firefox);
  const popup = await FirefoxPopup.forTab(firefox, tabId);
  await expect.poll(() => popup.text(POPUP.onPageHeading)).toBe('On this page (5)');
  expect(await popup.paperIdsOnPage()).toEqual(LISTING.ids);
  expect(await popup.text(`${POPUP.paper('u-mup')} h3`)).toBe(
    'u-µP: The Unit-Scaled Maximal Update Parametrization',
  );

  await popup.search('sparq');
  await expect.poll(() => popup.text(POPUP.resultsSummary)).toBe('1 paper matches “sparq”.');
  expect(await popup.resultIds()).toEqual(['sparq-attention']);

  await clearClipboard(popup.page);
  await popup.page.click(POPUP.copyButton('u-mup'));
  await expect.poll(() => popup.text(POPUP.announcement)).toBe('BibTeX citation copied.');
  await expect.poll(() => clipboardText(popup.page)).not.toBe('');
  expectUmupBibtex(await clipboardText(popup.page));
});

test("the toolbar's popup for a tab carries its papers, and forgets them when the tab moves on", async ({
  firefox,
}) => {
  const { page, tabId } = await listingTab(firefox);
  await expect.poll(() => toolbarPopupOf(firefox, tabId)).toContain('papers=');

  // The page Firefox's toolbar button opens for the tab draws the papers from its address,
  // without asking the tab: even once the tab is gone.
  const url = await toolbarPopupOf(firefox, tabId);
  await page.close();
  const popup = await FirefoxPopup.at(firefox, url);
  await expect.poll(() => popup.text(POPUP.onPageHeading)).toBe('On this page (5)');
  expect(await popup.paperIdsOnPage()).toEqual(LISTING.ids);

  const noPapers = 'https://arxiv.org/abs/2203.03466';
  const next = await firefox.open(LISTING.url, {
    [LISTING.url]: LISTING.html(),
    [noPapers]: fixtureHtml('arxiv/abs-tensor-programs-v.html'),
  });
  await expect.poll(() => markerIds(next)).toEqual(LISTING.ids);
  const nextTabId = await firefox.tabIdOf(next);
  await expect.poll(() => toolbarPopupOf(firefox, nextTabId)).toContain('papers=');
  await next.goto(noPapers);
  await expect
    .poll(() => toolbarPopupOf(firefox, nextTabId))
    .toBe(await firefox.extensionUrl('popup.html'));
});
