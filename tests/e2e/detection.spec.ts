import {
  CARD_COPIED,
  CARD_PAGE,
  CARD_TITLE,
  CLOSED_CARD_TEXT,
  FIXTURES_ON_DECLARED_SITES,
  expectUmupBibtex,
  expectUmupCard,
  pageHtml,
  withoutFragment,
} from '../fixtures/expectations';
import { expect, expectMarksSettled, fixtureHtml, servePages, shadowText, test } from './fixtures';

test.describe('marks exactly the group papers on each site', () => {
  for (const fixture of FIXTURES_ON_DECLARED_SITES) {
    test(`${fixture.file} at ${fixture.url}`, async ({ context, worker }) => {
      await servePages(context, { [withoutFragment(fixture.url)]: pageHtml(fixture) });
      const page = await context.newPage();
      await page.goto(fixture.url);
      await expectMarksSettled(page, worker, fixture.expected);
    });
  }
});

test('an OpenReview tab switch adds the new list without losing or doubling markers', async ({
  context,
  worker,
}) => {
  const url = 'https://openreview.net/group?id=ICML.cc/2024/Workshop/WANT';
  await servePages(context, { [url]: fixtureHtml('openreview/group-want-tabs.html') });
  const page = await context.newPage();
  await page.goto(url);
  await expectMarksSettled(page, worker, ['scalify']);
  await page
    .getByRole('tab', { name: /Poster/ })
    .or(page.locator('a[href="#tab-accept-poster"]'))
    .first()
    .click();
  await expectMarksSettled(page, worker, ['scalify', 'u-mup']);
});

test('in-app navigation from an OpenReview venue to a forum rescans, and Back restores', async ({
  context,
  worker,
}) => {
  const url = 'https://openreview.net/group?id=ICLR.cc/2024/Conference';
  await servePages(context, { [url]: fixtureHtml('openreview/group-iclr2024-navigation.html') });
  const page = await context.newPage();
  await page.goto(`${url}#tab-accept-poster`);
  await expectMarksSettled(page, worker, ['molecular-foundation-datasets']);
  await page.locator('.note h4 > a[href*="Zc2aIcucwc"]').first().click();
  await expect(page).toHaveURL(/\/forum\?id=Zc2aIcucwc/);
  await expect(page.locator('h2.citation_title gc-paper-mark')).toHaveCount(1);
  await expectMarksSettled(page, worker, ['molecular-foundation-datasets']);
  await page.goBack();
  await expectMarksSettled(page, worker, ['molecular-foundation-datasets']);
});

test('MathJax typesetting after load keeps one marker on the title', async ({
  context,
  worker,
}) => {
  const url = 'https://arxiv.org/abs/2407.17465v3';
  await servePages(context, { [url]: fixtureHtml('arxiv/abs-u-mup-typeset-late.html') });
  const page = await context.newPage();
  await page.goto(url);
  await expect(page.locator('h1.title .MathJax, h1.title mjx-container').first()).toBeAttached();
  await expectMarksSettled(page, worker, ['u-mup']);
  await expect(page.locator('h1.title gc-paper-mark')).toHaveCount(1);
});

test('the badge clears when the tab leaves for a page without the group papers', async ({
  context,
  worker,
}) => {
  const withPaper = 'https://arxiv.org/abs/2407.17465';
  const without = 'https://arxiv.org/abs/2203.03466';
  await servePages(context, {
    [withPaper]: fixtureHtml('arxiv/abs-u-mup.html'),
    [without]: fixtureHtml('arxiv/abs-tensor-programs-v.html'),
  });
  const page = await context.newPage();
  await page.goto(withPaper);
  await expectMarksSettled(page, worker, ['u-mup']);
  await page.goto(without);
  await expectMarksSettled(page, worker, []);
});

test('the marker opens on focus a card that shows the paper and copies its BibTeX', async ({
  context,
  worker,
}) => {
  await servePages(context, { [CARD_PAGE.url]: fixtureHtml(CARD_PAGE.file) });
  const page = await context.newPage();
  await page.goto(CARD_PAGE.url);
  await expectMarksSettled(page, worker, ['u-mup']);
  const marker = page.locator('gc-paper-mark[data-paper-id="u-mup"]');
  // Focus goes into the closed shadow root (delegatesFocus), as it would by Tab.
  await marker.focus();
  await expect.poll(() => shadowText(page, 'gc-paper-mark')).toContain(CARD_TITLE);
  expectUmupCard(await shadowText(page, 'gc-paper-mark'));
  await page.keyboard.press('Tab'); // the card's copy button
  await page.keyboard.press('Enter');
  await expect.poll(() => shadowText(page, 'gc-paper-mark')).toContain(CARD_COPIED);
  expectUmupBibtex(await page.evaluate(() => navigator.clipboard.readText()));
  await page.keyboard.press('Escape');
  await expect.poll(() => shadowText(page, 'gc-paper-mark')).toBe(CLOSED_CARD_TEXT);
});
