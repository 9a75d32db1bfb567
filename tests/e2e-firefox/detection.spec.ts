import {
  CARD_PAGE,
  FIXTURES_ON_DECLARED_SITES,
  expectMarksAndBadge,
  fixtureHtml,
  pageHtml,
} from '../fixtures/expectations';
import { test } from './firefox';

test.describe('marks exactly the group papers on each site', () => {
  for (const fixture of FIXTURES_ON_DECLARED_SITES) {
    test(`${fixture.file} at ${fixture.url}`, async ({ firefox }) => {
      const page = await firefox.open(fixture.url, { [fixture.url]: pageHtml(fixture) });
      await expectMarksAndBadge(firefox.markedTab(page), fixture.expected);
    });
  }
});

test('the badge clears when the tab leaves for a page without the group papers', async ({
  firefox,
}) => {
  const without = 'https://arxiv.org/abs/2203.03466';
  const page = await firefox.open(CARD_PAGE.url, {
    [CARD_PAGE.url]: fixtureHtml(CARD_PAGE.file),
    [without]: fixtureHtml('arxiv/abs-tensor-programs-v.html'),
  });
  const tab = firefox.markedTab(page);
  await expectMarksAndBadge(tab, ['u-mup']);
  await page.goto(without);
  await expectMarksAndBadge(tab, []);
});
