import type { Page } from 'puppeteer-core';
import { POPUP } from '../../fixtures/expectations';
import type { FirefoxWithExtension } from '../firefox';

/**
 * The popup page for a tab, opened in a tab of its own: Firefox's toolbar popup cannot be
 * driven by tests, and BiDi cannot navigate to it, so the extension's background opens it
 * (`tabs.create`) at the address its toolbar button would open.
 */
export class FirefoxPopup {
  private constructor(readonly page: Page) {}

  /** The popup for the tab `tabId`, as tests open it in Chromium too (`?tabId=`). */
  static async forTab(firefox: FirefoxWithExtension, tabId: number): Promise<FirefoxPopup> {
    return FirefoxPopup.at(firefox, await firefox.extensionUrl(`popup.html?tabId=${tabId}`));
  }

  /** The popup at `url`: the one the background set as a tab's popup, say. */
  static async at(firefox: FirefoxWithExtension, url: string): Promise<FirefoxPopup> {
    return new FirefoxPopup(await firefox.openExtensionPage(url));
  }

  /** The text of the first element matching `selector` (whitespace collapsed), '' if none. */
  async text(selector: string): Promise<string> {
    return this.page.evaluate(
      (s) => document.querySelector(s)?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
      selector,
    );
  }

  /** `data-paper-id`s of the papers matching `selector`, in page order. */
  async ids(selector: string): Promise<string[]> {
    return this.dataValues(selector, 'paperId');
  }

  /** The `data-*` value `key` of each element matching `selector`, in page order. */
  async dataValues(selector: string, key: string): Promise<string[]> {
    return this.page.$$eval(
      selector,
      (items, name) => items.map((item) => (item as HTMLElement).dataset[name] ?? ''),
      key,
    );
  }

  paperIdsOnPage(): Promise<string[]> {
    return this.ids(POPUP.onPage);
  }

  resultIds(): Promise<string[]> {
    return this.ids(POPUP.results);
  }

  /** Types `query` into the search box, key by key. */
  async search(query: string): Promise<void> {
    await this.page.click(POPUP.search);
    await this.page.keyboard.type(query);
  }
}
