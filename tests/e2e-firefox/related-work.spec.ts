import { POPUP, pageHtml } from '../fixtures/expectations';
import { RELATED_PAGES } from '../fixtures/related-pages';
import { clearClipboard, clipboardText, expect, markerIds, test } from './firefox';
import { FirefoxPopup } from './pages/popup';

test.describe('what the popup shows beside the group’s own papers', () => {
  for (const fixture of RELATED_PAGES) {
    test(`${fixture.file}: ${fixture.note.split(':')[0]}`, async ({ firefox }) => {
      const page = await firefox.open(fixture.url, { [fixture.url]: pageHtml(fixture) });
      await expect.poll(() => markerIds(page)).toEqual(fixture.expected);
      const popup = await FirefoxPopup.forTab(firefox, await firefox.tabIdOf(page));
      const { page: related, listing, possiblyNew = [] } = fixture.related;
      await popup.page.waitForSelector(POPUP.pageRead);
      if (related) {
        expect(await popup.dataValues(POPUP.relatedPapers, 'relatedPaperId')).toEqual(related);
        if (related.length === 0) {
          expect(await popup.text(POPUP.relatedFor('page'))).toContain(
            "None of the group's papers is closely related to this one.",
          );
        }
      }
      if (listing) {
        expect(await popup.dataValues(POPUP.relatedEntries, 'relatedEntry')).toEqual(listing);
      }
      expect(await popup.dataValues(POPUP.possiblyNew, 'possiblyNew')).toEqual(possiblyNew);
      if (!related && !listing) {
        expect(await popup.page.$$('[data-related-for]')).toHaveLength(0);
      }
    });
  }
});

test('a possibly new paper’s BibTeX, built from the page, lands on the clipboard', async ({
  firefox,
}) => {
  const fixture = RELATED_PAGES.find((page) => page.related.possiblyNew?.length);
  if (!fixture) throw new Error('no page with possibly new papers');
  const page = await firefox.open(fixture.url, { [fixture.url]: pageHtml(fixture) });
  const popup = await FirefoxPopup.forTab(firefox, await firefox.tabIdOf(page));
  const button = `${POPUP.possiblyNew}[data-possibly-new="2612.01102"] button`;
  await popup.page.waitForSelector(button);
  await clearClipboard(popup.page);
  await popup.page.click(button);
  await expect.poll(() => popup.text(POPUP.announcement)).toBe('BibTeX citation copied.');
  await expect.poll(() => clipboardText(popup.page)).toMatch(/^@misc\{blake2026unitscaled,\n/);
});
