import type { BrowserContext, Locator, Page, Worker } from '@playwright/test';
import { LISTING, POPUP } from '../../fixtures/expectations';
import { servePages, showListing, type ServedDocument } from '../fixtures';

/** The popup, opened as a page for the tab `tabId` (a real popup cannot be driven by tests). */
export class PopupPage {
  constructor(readonly page: Page) {}

  static async open(
    context: BrowserContext,
    extensionId: string,
    tabId?: number,
  ): Promise<PopupPage> {
    return PopupPage.openAt(
      context,
      `chrome-extension://${extensionId}/popup.html${tabId === undefined ? '' : `?tabId=${tabId}`}`,
    );
  }

  /**
   * The popup for a new tab showing the demo arXiv listing, once the content script has marked
   * its papers. Serves the listing, and `otherPages` beside it (a context is served once).
   */
  static async onListing(
    context: BrowserContext,
    worker: Worker,
    extensionId: string,
    otherPages: Record<string, ServedDocument> = {},
  ): Promise<{ page: Page; popup: PopupPage }> {
    await servePages(context, { [LISTING.url]: LISTING.html(), ...otherPages });
    const page = await context.newPage();
    const popup = await PopupPage.open(context, extensionId, await showListing(page, worker));
    return { page, popup };
  }

  /** The popup page at `url`: the one the background set as a tab's popup, say. */
  static async openAt(context: BrowserContext, url: string): Promise<PopupPage> {
    const page = await context.newPage();
    await page.goto(url);
    return new PopupPage(page);
  }

  get onPage(): Locator {
    return this.page.locator(POPUP.onPage);
  }

  get onPageHeading(): Locator {
    return this.page.locator(POPUP.onPageHeading);
  }

  get search(): Locator {
    return this.page.getByRole('searchbox', { name: "Search the group's papers" });
  }

  get results(): Locator {
    return this.page.locator(POPUP.results);
  }

  /** "3 papers match “fp8”.", "4 papers in Physics." */
  get resultsSummary(): Locator {
    return this.page.locator(POPUP.resultsSummary);
  }

  get announcement(): Locator {
    return this.page.locator(POPUP.announcement);
  }

  /** Why no papers are listed ("No Graphcore Research papers found on this page.", …). */
  get status(): Locator {
    return this.page.locator(POPUP.status);
  }

  get scanButton(): Locator {
    return this.page.getByRole('button', { name: 'Scan this page' });
  }

  topic(name: string): Locator {
    return this.page
      .getByRole('group', { name: 'Browse by topic' })
      .getByRole('button', { name, exact: true });
  }

  get year(): Locator {
    return this.page.getByRole('combobox', { name: /Year/ });
  }

  paper(id: string): Locator {
    return this.page.locator(POPUP.paper(id)).first();
  }

  abstractOf(id: string): Locator {
    return this.paper(id).locator('.paper-abstract');
  }

  /** The one-click copy button of a paper (its default format). */
  copyButton(id: string): Locator {
    return this.page.locator(POPUP.copyButton(id)).first();
  }

  /** The button that opens a paper's menu of citation formats. */
  formatsButton(id: string): Locator {
    return this.paper(id).getByRole('button', { name: /^Other citation formats for / });
  }

  formatItem(id: string, label: RegExp | string): Locator {
    return this.paper(id).getByRole('menuitem', { name: label });
  }

  /** Opens a paper's related group work; the list's items carry `data-related-id`. */
  async openRelated(id: string): Promise<Locator> {
    const details = this.paper(id).locator('details.related');
    if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) {
      await details.locator('summary').click();
    }
    return details.locator('li');
  }

  /** Ids of a paper's related work, in order, once the list is drawn (after it is opened). */
  async relatedIds(id: string): Promise<string[]> {
    const items = await this.openRelated(id);
    await items.first().waitFor({ state: 'attached' });
    return items.evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.relatedId ?? ''));
  }

  /** The related group work for the page's paper ("page") or its listing ("listing"). */
  relatedFor(kind: 'page' | 'listing'): Locator {
    return this.page.locator(POPUP.relatedFor(kind));
  }

  /** `data-related-paper-id`s of the page's related group work, in rank order. */
  async relatedPaperIds(): Promise<string[]> {
    return this.dataValues(POPUP.relatedPapers, 'relatedPaperId');
  }

  /** arXiv ids of the listing's entries related to the group's work, in rank order. */
  async relatedEntryIds(): Promise<string[]> {
    return this.dataValues(POPUP.relatedEntries, 'relatedEntry');
  }

  /** arXiv ids of the entries listed as possibly new from the group. */
  async possiblyNewIds(): Promise<string[]> {
    return this.dataValues(POPUP.possiblyNew, 'possiblyNew');
  }

  async dataValues(selector: string, key: string): Promise<string[]> {
    return this.page
      .locator(selector)
      .evaluateAll(
        (items, name) => items.map((i) => (i as HTMLElement).dataset[name as string] ?? ''),
        key,
      );
  }

  async paperIdsOnPage(): Promise<string[]> {
    return this.onPage.evaluateAll((items) =>
      items.map((i) => (i as HTMLElement).dataset.paperId ?? ''),
    );
  }

  async resultIds(): Promise<string[]> {
    return this.results.evaluateAll((items) =>
      items.map((i) => (i as HTMLElement).dataset.paperId ?? ''),
    );
  }

  /** The words marked in `locator` (search highlights). */
  async marked(locator: Locator): Promise<string[]> {
    return locator.locator('mark').allTextContents();
  }

  /** `data-paper-id` of the paper that has the focus, or null. */
  async focusedPaperId(): Promise<string | null> {
    return this.page.evaluate(
      () =>
        (document.activeElement as HTMLElement | null)?.closest('article')?.dataset.paperId ?? null,
    );
  }

  async clipboard(): Promise<string> {
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  /** Empties the clipboard, so a test sees its own copy arrive. */
  async clearClipboard(): Promise<void> {
    await this.page.evaluate(() => navigator.clipboard.writeText(''));
  }
}
