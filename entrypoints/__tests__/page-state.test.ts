import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { canScanUrl, loadPageState, pageStateInUrl } from '../popup/page-state';

const detections = {
  paperIds: ['u-mup', 'qm1b'],
  citedIds: [],
  siteId: 'arxiv',
  disabled: false,
};

async function tabAt(url: string): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url });
  if (tab.id === undefined) throw new Error('no tab id');
  return tab.id;
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.useRealTimers());

describe('canScanUrl', () => {
  it('allows web pages and local files', () => {
    expect(canScanUrl('https://example.org/reading-list.html')).toBe(true);
    expect(canScanUrl('http://localhost:8000/')).toBe(true);
    expect(canScanUrl('file:///home/me/papers.html')).toBe(true);
  });

  it("refuses the browser's own pages, other extensions and the add-on stores", () => {
    for (const url of [
      'chrome://extensions/',
      'chrome://newtab/',
      'edge://settings',
      'about:blank',
      'about:addons',
      'chrome-extension://abcdefghijklmnop/options.html',
      'moz-extension://1234/popup.html',
      'view-source:https://arxiv.org/',
      'https://chromewebstore.google.com/detail/some-extension/abc',
      'https://chrome.google.com/webstore/category/extensions',
      'https://addons.mozilla.org/en-US/firefox/',
    ]) {
      expect(canScanUrl(url), url).toBe(false);
    }
  });

  it('refuses a tab whose address the browser hides (it does so where extensions may not read)', () => {
    expect(canScanUrl(undefined)).toBe(false);
    expect(canScanUrl('')).toBe(false);
  });
});

describe('pageStateInUrl', () => {
  it("is the tab's papers when the popup's address carries them", () => {
    expect(pageStateInUrl('?tabId=4&site=arxiv&papers=u-mup+qm1b')).toEqual({
      kind: 'ready',
      tabId: 4,
      detections,
    });
  });

  it('is unknown for the plain popup page, which asks the tab instead', () => {
    expect(pageStateInUrl('')).toBeUndefined();
    expect(pageStateInUrl('?tabId=4')).toBeUndefined();
  });
});

describe('loadPageState', () => {
  it("is the content script's detections when it answers", async () => {
    const tabId = await tabAt('https://arxiv.org/list/cs.LG/new');
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(detections);
    expect(await loadPageState(`?tabId=${tabId}`)).toEqual({ kind: 'ready', tabId, detections });
    expect(send).toHaveBeenCalledWith(tabId, { type: 'to-cs/get-detections' });
  });

  it('offers a scan (keeps the tab id) on a web page without the content script', async () => {
    const tabId = await tabAt('https://example.org/reading-list.html');
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(
      new Error('Could not establish connection. Receiving end does not exist.'),
    );
    expect(await loadPageState(`?tabId=${tabId}`)).toEqual({ kind: 'unreachable', tabId });
  });

  it('offers no scan when the browser hides the address (a browser page)', async () => {
    const tab = await fakeBrowser.tabs.create({});
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Cannot access'));
    expect(await loadPageState(`?tabId=${tab.id}`)).toEqual({
      kind: 'unreachable',
      tabId: undefined,
    });
  });

  it('offers no scan on a browser page', async () => {
    const tabId = await tabAt('chrome://extensions/');
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Cannot access'));
    expect(await loadPageState(`?tabId=${tabId}`)).toEqual({
      kind: 'unreachable',
      tabId: undefined,
    });
  });

  it('does not wait for ever on a content script that never answers', async () => {
    vi.useFakeTimers();
    const tabId = await tabAt('https://openreview.net/group?id=ICLR.cc/2024/Conference');
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockReturnValue(new Promise(() => undefined));
    const state = loadPageState(`?tabId=${tabId}`);
    await vi.advanceTimersByTimeAsync(2000);
    expect(await state).toEqual({ kind: 'unreachable', tabId });
  });
});
