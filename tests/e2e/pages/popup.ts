import type { BrowserContext, Locator, Page } from '@playwright/test';

/** The popup, opened as a page for the tab `tabId` (a real popup cannot be driven by tests). */
export class PopupPage {
  constructor(readonly page: Page) {}

  static async open(
    context: BrowserContext,
    extensionId: string,
    tabId?: number,
  ): Promise<PopupPage> {
    const page = await context.newPage();
    await page.goto(
      `chrome-extension://${extensionId}/popup.html${tabId === undefined ? '' : `?tabId=${tabId}`}`,
    );
    return new PopupPage(page);
  }

  get onPage(): Locator {
    return this.page.locator('section.on-page article.paper');
  }

  get search(): Locator {
    return this.page.getByRole('searchbox', { name: "Search the group's papers" });
  }

  get results(): Locator {
    return this.page.locator('section.discover article.paper');
  }

  get announcement(): Locator {
    return this.page.locator('.sr-announce');
  }

  paper(id: string): Locator {
    return this.page.locator(`article.paper[data-paper-id="${id}"]`).first();
  }

  async paperIdsOnPage(): Promise<string[]> {
    return this.onPage.evaluateAll((items) =>
      items.map((i) => (i as HTMLElement).dataset.paperId ?? ''),
    );
  }

  async clipboard(): Promise<string> {
    return this.page.evaluate(() => navigator.clipboard.readText());
  }
}
