/**
 * The group's work beside other people's papers: related group work for a paper's page (cited
 * or not), the entries of a listing related to the group's work, papers that may be new from
 * the group, and papers new since the popup was last opened.
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { POPUP } from '../fixtures/expectations';
import {
  POSSIBLY_NEW_ENTRIES,
  RELATED_PAGES,
  type RelatedPageFixture,
} from '../fixtures/related-pages';
import {
  expect,
  expectMarksSettled,
  fixtureHtml,
  markedPaperIds,
  servePages,
  tabIdOf,
  test,
} from './fixtures';
import { PopupPage } from './pages/popup';

const pageOf = (file: string): RelatedPageFixture => {
  const found = RELATED_PAGES.find((page) => page.file === file);
  if (!found) throw new Error(`no related page ${file}`);
  return found;
};
const LISTING = pageOf('arxiv/list-related (template)');
const POSSIBLY_NEW_IDS = POSSIBLY_NEW_ENTRIES.map((entry) => entry.id);

/** Opens `fixture` in a tab, waits for its markers, and opens the popup for that tab. */
async function popupFor(
  context: BrowserContext,
  worker: Worker,
  extensionId: string,
  fixture: RelatedPageFixture,
): Promise<{ page: Page; popup: PopupPage }> {
  await servePages(context, { [fixture.url]: fixture.html ?? fixtureHtml(fixture.file) });
  const page = await context.newPage();
  await page.goto(fixture.url);
  await expectMarksSettled(page, worker, fixture.expected);
  const popup = await PopupPage.open(context, extensionId, await tabIdOf(page, worker));
  return { page, popup };
}

test.describe('what the popup shows beside the group’s own papers', () => {
  for (const fixture of RELATED_PAGES) {
    test(`${fixture.file}: ${fixture.note.split(':')[0]}`, async ({
      context,
      worker,
      extensionId,
    }) => {
      const { popup } = await popupFor(context, worker, extensionId, fixture);
      const { page, cited = [], listing, possiblyNew = [] } = fixture.related;
      await expect(popup.page.locator(POPUP.pageRead)).toBeAttached();
      if (page) {
        const section = popup.relatedFor('page');
        await expect(section).toBeVisible();
        expect(await popup.relatedPaperIds()).toEqual(page);
        if (page.length === 0) {
          await expect(section).toContainText(
            "None of the group's papers is closely related to this one.",
          );
        }
        for (const item of await section.locator('[data-related-paper-id]').all()) {
          await expect(item.locator('.related-reason')).toHaveText(/^both: \S/);
        }
        if (cited.length > 0) {
          await expect(section.getByRole('heading', { level: 3 }).first()).toHaveText(
            `Cited by this paper (${cited.length})`,
          );
          await expect(section.getByRole('heading', { level: 3 }).nth(1)).toHaveText(
            `Related, not cited (${page.length - cited.length})`,
          );
        }
      }
      if (listing) expect(await popup.relatedEntryIds()).toEqual(listing);
      if (!page && !listing) {
        await expect(popup.page.locator('[data-related-for]')).toHaveCount(0);
      }
      expect(await popup.possiblyNewIds()).toEqual(possiblyNew);
    });
  }
});

test('a related group paper is one click from its citation', async ({
  context,
  worker,
  extensionId,
}) => {
  const { popup } = await popupFor(
    context,
    worker,
    extensionId,
    pageOf('arxiv/abs-fp8-formats (template)'),
  );
  const first = popup.relatedFor('page').locator('[data-related-paper-id]').first();
  await expect(first).toHaveAttribute('data-related-paper-id', 'eight-bit-formats');
  await expect(first.locator('.related-reason')).toContainText('FP8');
  await popup.clearClipboard();
  await first.locator('.copy-main').click();
  await expect(popup.announcement).toHaveText('BibTeX citation copied.');
  await expect.poll(() => popup.clipboard()).toMatch(/^@misc\{noune20228bit,/);
  // Its title opens the paper itself below.
  await first.locator('.related-title').click();
  await expect(popup.results).toHaveCount(1);
  expect(await popup.resultIds()).toEqual(['eight-bit-formats']);
});

test('group papers a page cites are marked in its references', async ({ context, worker }) => {
  const fixture = pageOf('arxiv/html-fp8-lm (template)');
  await servePages(context, { [fixture.url]: fixture.html ?? '' });
  const page = await context.newPage();
  await page.goto(fixture.url);
  await expectMarksSettled(page, worker, ['fp8-llm-training', 'unit-scaling']);
  await expect(page.locator('li.ltx_bibitem gc-paper-mark')).toHaveCount(2);
});

test.describe('possibly new from the group', () => {
  test('lists the entries by two of the group’s authors, unmarked and uncounted, with BibTeX from the page', async ({
    context,
    worker,
    extensionId,
  }) => {
    const { page, popup } = await popupFor(context, worker, extensionId, LISTING);
    await expect.poll(() => popup.possiblyNewIds()).toEqual(['2612.01101', '2612.01102']);
    const section = popup.page.locator('section.possibly-new');
    await expect(section.getByRole('heading', { level: 2 })).toHaveText(
      'Possibly new from the group (2)',
    );
    await expect(section.locator('li').first().locator('strong')).toHaveText([
      'Luka Ribar',
      'Ivan Chelombiev',
    ]);
    expect(await markedPaperIds(page)).toEqual([]);
    await popup.clearClipboard();
    await section.getByRole('button', { name: /^Copy BibTeX citation of Unit-Scaled/ }).click();
    await expect(popup.announcement).toHaveText('BibTeX citation copied.');
    const bibtex = await popup.clipboard();
    expect(bibtex).toMatch(/^@misc\{blake2026unitscaled,\n/);
    expect(bibtex).toContain("author = {Blake, C. and Ferreira, Tom{\\'a}s and Orr, Douglas}");
    expect(bibtex).toContain('eprint = {2612.01102}');
  });

  test('a setting turns the list off', async ({ context, worker, extensionId }) => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options
      .getByRole('checkbox', { name: /List arXiv papers by the group's authors/ })
      .uncheck();
    await expect(options.getByRole('status')).toContainText('Saved');
    const { popup } = await popupFor(context, worker, extensionId, LISTING);
    // The two entries by the group's authors are then only related to the group's work.
    await expect
      .poll(async () => (await popup.relatedEntryIds()).sort())
      .toEqual([...(LISTING.related.listing ?? []), ...POSSIBLY_NEW_IDS].sort());
    expect(await popup.possiblyNewIds()).toEqual([]);
  });
});

test('listing entries related to the group’s work are labelled on the page only when the user asks', async ({
  context,
  worker,
  extensionId,
}) => {
  await servePages(context, { [LISTING.url]: LISTING.html ?? '' });
  const page = await context.newPage();
  await page.goto(LISTING.url);
  await expectMarksSettled(page, worker, []);
  await expect(page.locator('gc-related-mark')).toHaveCount(0);

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByRole('checkbox', { name: /Mark the entries of listings/ }).check();
  await expect(options.getByRole('status')).toContainText('Saved');
  await page.reload();
  const labelled = page.locator('gc-related-mark');
  const expected = [...(LISTING.related.listing ?? []), ...POSSIBLY_NEW_IDS];
  await expect(labelled).toHaveCount(expected.length);
  const ids = await labelled.evaluateAll((marks) =>
    marks.map((m) => (m as HTMLElement).dataset.relatedEntry ?? ''),
  );
  // The six related entries, and the two by the group's authors (possibly new).
  expect(ids.sort()).toEqual(expected.sort());
  await expect(labelled.first()).toHaveAttribute('title', /^Related to /);
  // The badge counts only the group's own papers.
  await expectMarksSettled(page, worker, []);
});

test('papers added to the index since the popup was last opened are marked new', async ({
  context,
  worker,
  extensionId,
}) => {
  const seen = (): Promise<number> =>
    worker.evaluate(async () => {
      const { seenPaperIds } = await chrome.storage.local.get('seenPaperIds');
      return Array.isArray(seenPaperIds) ? seenPaperIds.length : 0;
    });
  const first = await PopupPage.open(context, extensionId);
  // A first opening marks nothing new; it remembers what it saw.
  await expect(first.search).toBeVisible();
  await expect.poll(seen).toBeGreaterThan(40);
  await expect(first.page.getByRole('button', { name: /^New \(/ })).toHaveCount(0);
  await first.page.close();
  // As if the two newest papers had arrived with an update of the extension.
  await worker.evaluate(async () => {
    const { seenPaperIds } = (await chrome.storage.local.get('seenPaperIds')) as {
      seenPaperIds: string[];
    };
    await chrome.storage.local.set({ seenPaperIds: seenPaperIds.slice(2) });
  });
  const popup = await PopupPage.open(context, extensionId);
  const chip = popup.page.getByRole('button', { name: 'New (2)' });
  await chip.click();
  await expect(popup.resultsSummary).toHaveText('2 papers new since you last looked.');
  await expect(popup.results.locator('.new-paper')).toHaveText(['New', 'New']);
  expect(await popup.resultIds()).toEqual(['p3109-arithmetic-formats', '1-bit-wonder']);
  await popup.page.close();
  const again = await PopupPage.open(context, extensionId);
  await expect(again.search).toBeVisible();
  await expect(again.page.getByRole('button', { name: /^New \(/ })).toHaveCount(0);
});
