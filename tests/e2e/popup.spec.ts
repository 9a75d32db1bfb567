import type { BrowserContext, Worker } from '@playwright/test';
import { LISTING } from '../fixtures/expectations';
import {
  clickAction,
  expect,
  fixtureHtml,
  markedPaperIds,
  servePages,
  showListing,
  tabIdOf,
  test,
} from './fixtures';
import { PopupPage } from './pages/popup';

const LISTING_URL = LISTING.url;
const LISTING_IDS = LISTING.ids;
const READING_LIST_URL = 'https://example.org/reading-list.html';
const NO_PAPERS_URL = 'https://arxiv.org/abs/2203.03466';

/** The pages these tests open beside the demo listing. */
const otherPages = (): Record<string, string> => ({
  [READING_LIST_URL]: fixtureHtml('generic/reading-list.html'),
  [NO_PAPERS_URL]: fixtureHtml('arxiv/abs-tensor-programs-v.html'),
});

async function serveAll(context: BrowserContext): Promise<void> {
  await servePages(context, { [LISTING_URL]: LISTING.html(), ...otherPages() });
}

/** The popup for a tab showing the demo arXiv listing, once the content script marked it. */
const popupOnListing = (context: BrowserContext, worker: Worker, extensionId: string) =>
  PopupPage.onListing(context, worker, extensionId, otherPages());

test.describe('the popup on a page with detections', () => {
  test('lists the papers in page order with authors, venue, topic, abstract and related work', async ({
    context,
    worker,
    extensionId,
  }) => {
    const { popup } = await popupOnListing(context, worker, extensionId);
    await expect(popup.onPageHeading).toHaveText('On this page (5)');
    expect(await popup.paperIdsOnPage()).toEqual(LISTING_IDS);
    // Not the search box: the page's papers come first.
    await expect(popup.search).not.toBeFocused();

    const umup = popup.paper('u-mup');
    await expect(umup.getByRole('heading', { level: 3 })).toHaveText(
      'u-µP: The Unit-Scaled Maximal Update Parametrization',
    );
    await expect(umup.locator('.paper-authors')).toContainText(
      'Charlie Blake, Constantin Eichenberg, Josef Dean et al.',
    );
    await umup.getByRole('button', { name: 'Show all 10 authors' }).click();
    await expect(umup.locator('.paper-authors')).toContainText('Samuel Weinbach, Douglas Orr');
    await expect(umup.locator('.venue')).toHaveText('ICLR 2025 (WANT@ICML 2024)');
    await expect(umup.locator('.topic')).toHaveText('Low Precision');
    await expect(umup.getByRole('link', { name: 'arXiv' })).toHaveAttribute(
      'href',
      'https://arxiv.org/abs/2407.17465',
    );
    await expect(umup.getByRole('link', { name: 'PDF' })).toHaveAttribute(
      'href',
      'https://arxiv.org/pdf/2407.17465',
    );

    // The abstract's first lines, then all of it.
    const abstract = popup.abstractOf('u-mup');
    await expect(abstract).not.toContainText('working out-of-the-box in FP8');
    await abstract.getByRole('button', { name: 'Read the whole abstract' }).click();
    await expect(abstract).toContainText('working out-of-the-box in FP8.');
    await expect(abstract.getByRole('button', { name: 'Show less' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );

    // Related group work, with reasons.
    const related = await popup.openRelated('u-mup');
    await expect(related.first()).toBeVisible();
    // Low-precision papers sharing its authors, since the list added the 2025–2026 ones.
    expect((await popup.relatedIds('u-mup')).slice(0, 4)).toEqual([
      'unit-scaling',
      'fp8-llm-training',
      'weight-quantisation-formats',
      '1-bit-wonder',
    ]);
    await expect(related.first().locator('.related-title')).toHaveText(
      'Unit Scaling: Out-of-the-Box Low-Precision Training',
    );
    await expect(related.first().locator('.related-reason')).toContainText(
      'same topic: Low Precision',
    );
    await expect(
      popup.paper('u-mup').locator('li[data-related-id="fp8-llm-training"] .related-reason'),
    ).toContainText('also about FP8');
    expect(await popup.relatedIds('qm1b')).toEqual(
      expect.arrayContaining(['pyscf-ipu', 'dft-backpropagation', 'mess']),
    );
    expect((await popup.relatedIds('gps-plus-plus')).slice(0, 3).sort()).toEqual(
      ['gnn-quantum-chemistry-acceleration', 'minimol', 'molecular-foundation-datasets'].sort(),
    );

    // A related paper opens on its own below.
    await related.first().getByRole('button').click();
    await expect(popup.results).toHaveCount(1);
    expect(await popup.resultIds()).toEqual(['unit-scaling']);
  });

  test('copies BibTeX in one click and APA from the menu, and announces each copy', async ({
    context,
    worker,
    extensionId,
  }) => {
    const { popup } = await popupOnListing(context, worker, extensionId);
    await popup.clearClipboard();
    await popup.copyButton('u-mup').click();
    await expect(popup.announcement).toHaveText('BibTeX citation copied.');
    await expect(popup.announcement).toHaveAttribute('aria-live', 'polite');
    await expect.poll(() => popup.clipboard()).toMatch(/^@inproceedings\{blake2024umup,\n/);
    expect(await popup.clipboard()).toContain('eprint = {2407.17465}');

    // The menu, by keyboard: open, move to APA, Enter.
    await popup.formatsButton('qm1b').click();
    const menu = popup.paper('qm1b').getByRole('menu');
    await expect(menu).toBeVisible();
    await expect(popup.formatItem('qm1b', 'BibTeX')).toBeFocused();
    await popup.page.keyboard.press('ArrowDown');
    await popup.page.keyboard.press('ArrowDown');
    await expect(popup.formatItem('qm1b', /^APA/)).toBeFocused();
    await popup.page.keyboard.press('Enter');
    await expect(menu).toBeHidden();
    await expect(popup.formatsButton('qm1b')).toBeFocused();
    await expect(popup.announcement).toHaveText(
      'APA (7th ed.) citation copied. APA (7th ed.) is now the default.',
    );
    // APA: "Family, I., … & Family, I. (year). Title. Venue."
    await expect
      .poll(() => popup.clipboard())
      .toMatch(
        /^Mathiasen, A\., Helal, H\., Klaser, K\., .*, & Masters, D\. \(2023\)\. Generating QM1B with PySCF_IPU\. /,
      );
    expect(await popup.clipboard()).not.toContain('@');

    // Escape closes the menu without copying; the focus goes back to its button.
    await popup.formatsButton('u-mup').click();
    await expect(popup.paper('u-mup').getByRole('menu')).toBeVisible();
    await popup.page.keyboard.press('Escape');
    await expect(popup.paper('u-mup').getByRole('menu')).toBeHidden();
    await expect(popup.formatsButton('u-mup')).toBeFocused();
    await expect(popup.announcement).toHaveText(
      'APA (7th ed.) citation copied. APA (7th ed.) is now the default.',
    );
    // The one-click button now copies APA, here and after the popup is opened again.
    await expect(popup.paper('u-mup').getByRole('button', { name: /^Copy APA/ })).toBeVisible();
    await popup.page.reload();
    await expect(popup.paper('u-mup').getByRole('button', { name: /^Copy APA/ })).toBeVisible();
  });

  test('copies \\citep{…} of a paper and of all the papers, and keeps BibTeX the default', async ({
    context,
    worker,
    extensionId,
  }) => {
    const { popup } = await popupOnListing(context, worker, extensionId);
    await popup.clearClipboard();
    await popup.formatsButton('u-mup').click();
    const citep = popup.formatItem('u-mup', '\\citep{…}');
    await expect(citep).toBeVisible();
    await citep.click();
    await expect(popup.announcement).toHaveText('\\citep{…} copied.');
    await expect.poll(() => popup.clipboard()).toBe('\\citep{blake2024umup}');
    // An in-text form is no default: the one-click button still copies BibTeX.
    await expect(popup.paper('u-mup').getByRole('button', { name: /^Copy BibTeX/ })).toBeVisible();

    // "Copy all" joins the page's papers into one citation, in page order.
    await popup.page
      .getByRole('button', { name: /^Other citation formats for all 5 papers/ })
      .click();
    await popup.page.getByRole('menuitem', { name: '\\citep{…}' }).click();
    await expect(popup.announcement).toHaveText('\\citep{…} of 5 papers copied.');
    await expect
      .poll(() => popup.clipboard())
      .toBe(
        '\\citep{blake2023unit,blake2024umup,ribar2024sparq,masters2023gps,mathiasen2023generating}',
      );
  });

  test('works from the keyboard: arrows between papers, Enter opens the abstract, "c" copies', async ({
    context,
    worker,
    extensionId,
  }) => {
    const { popup } = await popupOnListing(context, worker, extensionId);
    await expect(popup.onPage).toHaveCount(5);
    await popup.clearClipboard();
    const keyboard = popup.page.keyboard;

    await keyboard.press('ArrowDown');
    await expect(popup.paper('unit-scaling')).toBeFocused();
    await keyboard.press('ArrowDown');
    await expect(popup.paper('u-mup')).toBeFocused();
    // The focus is visible.
    const outline = await popup.paper('u-mup').evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
    await keyboard.press('ArrowDown');
    await keyboard.press('ArrowUp');
    await expect(popup.paper('u-mup')).toBeFocused();

    await keyboard.press('Enter');
    await expect(popup.abstractOf('u-mup')).toContainText('working out-of-the-box in FP8.');

    await keyboard.press('c');
    await expect(popup.announcement).toHaveText('BibTeX citation copied.');
    await expect.poll(() => popup.clipboard()).toMatch(/^@inproceedings\{blake2024umup,/);

    // The same copy again is announced again (a new live-region node).
    const node = await popup.announcement.locator('span').elementHandle();
    await keyboard.press('ArrowDown');
    await expect(popup.paper('sparq-attention')).toBeFocused();
    await keyboard.press('c');
    await expect
      .poll(() => popup.announcement.locator('span').evaluate((span, old) => span !== old, node))
      .toBe(true);
    await expect.poll(() => popup.clipboard()).toMatch(/^@inproceedings\{ribar2024sparq/i);
  });
});

test('long titles wrap and nothing is clipped, in the light and the dark theme', async ({
  context,
  worker,
  extensionId,
}) => {
  const { popup } = await popupOnListing(context, worker, extensionId);
  // The size of the real popup.
  await popup.page.setViewportSize({ width: 420, height: 600 });
  await popup.search.fill('graph');
  await expect(popup.results.first()).toBeVisible();
  // Every abstract open, so their whole text is laid out too.
  await popup.page
    .locator('.paper-abstract .link-button')
    .evaluateAll((buttons) => buttons.forEach((b) => (b as HTMLButtonElement).click()));
  await expect(popup.page.getByRole('button', { name: 'Read the whole abstract' })).toHaveCount(0);
  const colours: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await popup.page.emulateMedia({ colorScheme });
    colours.push(await popup.page.evaluate(() => getComputedStyle(document.body).backgroundColor));
    const overflowing = await popup.page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('h1, h2, h3, p, li, a, button, summary, span')]
        .filter((el) => el.offsetParent !== null && !el.closest('.copy-status'))
        .filter(
          (el) => el.scrollWidth > el.clientWidth + 1 || el.getBoundingClientRect().right > 421,
        )
        .map((el) => el.textContent?.slice(0, 60)),
    );
    expect(overflowing, colorScheme).toEqual([]);
    expect(
      await popup.page.evaluate(() => document.documentElement.scrollWidth),
    ).toBeLessThanOrEqual(420);
  }
  // The dark theme is dark, the light one light.
  expect(colours[0]).toBe('rgb(255, 255, 255)');
  expect(colours[1]).not.toBe(colours[0]);
  const title = popup.paper('gps-plus-plus').locator('.paper-title');
  const box = await title.boundingBox();
  // "GPS++: Reviving the Art of Message Passing for Molecular Property Prediction" wraps.
  expect(box?.height ?? 0).toBeGreaterThan(30);
});

test.describe('search and browse', () => {
  test('results come as you type, with the matched words marked', async ({
    context,
    worker,
    extensionId,
  }) => {
    const { popup } = await popupOnListing(context, worker, extensionId);
    await popup.search.click();
    await popup.search.pressSequentially('spar', { delay: 20 });
    await expect(popup.resultsSummary).toHaveText(/(papers match|paper matches) “spar”\./);
    await expect(popup.results.first()).toBeVisible();
    expect(await popup.resultIds()).toContain('sparq-attention');
    await popup.search.pressSequentially('q');
    await expect(popup.resultsSummary).toHaveText('1 paper matches “sparq”.');
    expect(await popup.resultIds()).toEqual(['sparq-attention']);
    const title = popup.results.first().locator('.paper-title');
    expect(await popup.marked(title)).toEqual(['SparQ']);
    await expect(title).toHaveText('SparQ Attention: Bandwidth-Efficient LLM Inference');

    await popup.search.fill('klaser');
    await expect(popup.resultsSummary).toHaveText('5 papers match “klaser”.');
    const authors = popup.results.locator('.paper-authors mark');
    await expect(authors.first()).toBeVisible();
    for (const word of await authors.allTextContents()) expect(word).toMatch(/^Kl(ä|a|ae)ser$/);

    await popup.search.fill('mup');
    await expect(popup.resultsSummary).toHaveText('1 paper matches “mup”.');
    expect(await popup.marked(popup.results.first().locator('.paper-title'))).toEqual(['µP']);

    // Escape clears the search.
    await popup.search.press('Escape');
    await expect(popup.search).toHaveValue('');
    await expect(popup.results).toHaveCount(0);
  });

  test('browses by topic and by year', async ({ context, worker, extensionId }) => {
    const { popup } = await popupOnListing(context, worker, extensionId);
    await expect(
      popup.page.getByRole('group', { name: 'Browse by topic' }).getByRole('button'),
    ).toHaveText([
      'Low Precision',
      'Sparsity',
      'Graph Learning',
      'Physics',
      'Graphics',
      'General ML',
    ]);
    await popup.topic('Physics').click();
    await expect(popup.topic('Physics')).toHaveAttribute('aria-pressed', 'true');
    await expect(popup.resultsSummary).toHaveText('4 papers in Physics.');
    expect((await popup.resultIds()).sort()).toEqual(
      ['dft-backpropagation', 'mess', 'pyscf-ipu', 'qm1b'].sort(),
    );

    await popup.year.selectOption('2018');
    await expect(popup.topic('Physics')).toHaveAttribute('aria-pressed', 'false');
    await expect(popup.resultsSummary).toHaveText('1 paper in 2018.');
    expect(await popup.resultIds()).toEqual(['small-batch-training']);
    await popup.year.selectOption('2021');
    await expect(popup.resultsSummary).toHaveText(/^\d+ papers in 2021\.$/);
    expect(await popup.resultIds()).toEqual(
      expect.arrayContaining(['sequence-packing', 'proxy-normalizing-activations']),
    );
  });
});

test("the toolbar's popup for a tab carries its papers, and forgets them when the tab moves on", async ({
  context,
  worker,
  extensionId,
}) => {
  await serveAll(context);
  const page = await context.newPage();
  const tabId = await showListing(page, worker);
  const popupOf = (): Promise<string> =>
    worker.evaluate((id) => chrome.action.getPopup({ tabId: id }), tabId);
  await expect.poll(popupOf).toContain('papers=');

  // The popup the toolbar opens draws the papers from its address, without asking the tab:
  // even once the tab is gone.
  const url = await popupOf();
  await page.close();
  const popup = await PopupPage.openAt(context, url);
  await expect(popup.onPageHeading).toHaveText('On this page (5)');
  expect(await popup.paperIdsOnPage()).toEqual(LISTING_IDS);

  const next = await context.newPage();
  const nextTabId = await showListing(next, worker);
  await next.goto(NO_PAPERS_URL);
  await expect
    .poll(() => worker.evaluate((id) => chrome.action.getPopup({ tabId: id }), nextTabId))
    .toBe(`chrome-extension://${extensionId}/popup.html`);
});

test('a page without the group papers: says so, and the search box has the focus', async ({
  context,
  worker,
  extensionId,
}) => {
  await serveAll(context);
  const page = await context.newPage();
  await page.goto(NO_PAPERS_URL);
  const popup = await PopupPage.open(context, extensionId, await tabIdOf(page, worker));
  await expect(popup.status).toHaveText('No Graphcore Research papers found on this page.');
  await expect(popup.search).toBeFocused();
  await expect(popup.onPage).toHaveCount(0);
  await expect(popup.scanButton).toHaveCount(0);
  // Typing goes straight into the search.
  await popup.page.keyboard.type('packing');
  await expect(popup.resultsSummary).toHaveText('2 papers match “packing”.');
});

test('"Scan this page" on a site the extension does not read by itself', async ({
  context,
  worker,
  extensionId,
}) => {
  await serveAll(context);
  const page = await context.newPage();
  await page.goto(READING_LIST_URL);
  const tabId = await tabIdOf(page, worker);
  // Nothing runs there until the user asks.
  expect(await markedPaperIds(page)).toEqual([]);
  await clickAction(context, page, extensionId);

  const popup = await PopupPage.open(context, extensionId, tabId);
  await expect(popup.status).toContainText('This site is not one the extension reads by itself.');
  await expect(popup.search).toBeFocused();
  await popup.scanButton.click();
  await expect(popup.onPage).toHaveCount(3);
  expect(await popup.paperIdsOnPage()).toEqual(['unit-scaling', 'u-mup', 'fp8-llm-training']);
  await expect(popup.scanButton).toHaveCount(0);
  await expect
    .poll(() => markedPaperIds(page))
    .toEqual(['unit-scaling', 'u-mup', 'fp8-llm-training']);
});

test('a browser page: says extensions cannot read it, with no scan button', async ({
  context,
  worker,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto('chrome://version/');
  const tabId = await tabIdOf(page, worker);
  await clickAction(context, page, extensionId);
  const popup = await PopupPage.open(context, extensionId, tabId);
  await expect(popup.status).toContainText('This page cannot be read by extensions.');
  await expect(popup.scanButton).toHaveCount(0);
  await expect(popup.search).toBeFocused();
});
