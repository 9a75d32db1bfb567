import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../background';
import type { PaperCardData } from '../../utils/messages';
import { replyTo } from '../../tests/fake-messages';
import { saveSettings } from '../../utils/settings';

type Sent = { type: string; text?: string; announcement?: string };

/**
 * The active tab (tab 5) answers as a content script that found `paperIds`, `citedIds` of
 * them in the page's references.
 */
function answerAsContentScript(paperIds: string[], citedIds: string[] = []): Sent[] {
  const sent: Sent[] = [];
  // The fake browser does not track which tab is active.
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 5, active: true } as never]);
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (
    _tabId: number,
    message: Sent,
  ) => {
    sent.push(message);
    return message.type === 'to-cs/get-detections'
      ? { paperIds, citedIds, siteId: 'arxiv', disabled: false }
      : true;
  }) as never);
  return sent;
}

// The fake browser has no commands API; this stands in for the keyboard shortcut.
let pressShortcut: (command: string) => void;
// Nor setPopup.
let setPopup: ReturnType<typeof vi.fn>;

describe('background', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(((
      listener: (command: string) => void,
    ) => {
      pressShortcut = listener;
    }) as never);
    setPopup = vi.fn().mockResolvedValue(undefined);
    fakeBrowser.action.setPopup = setPopup as never;
    background.main();
  });

  it('shows the number of distinct papers a tab reports, and tells it how to show them', async () => {
    const setBadgeText = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    const reply = await replyTo(
      {
        type: 'cs-bg/detections',
        siteId: 'arxiv',
        paperIds: ['u-mup', 'unit-scaling', 'u-mup'],
        citedIds: ['unit-scaling'],
      },
      { tab: { id: 7 }, frameId: 0 },
    );
    expect(reply).toEqual({ enabled: true, markers: true });
    expect(setBadgeText).toHaveBeenCalledWith({ tabId: 7, text: '2' });
    // The tab's popup carries them, so it draws them at once.
    expect(setPopup).toHaveBeenCalledWith({
      tabId: 7,
      popup: 'popup.html?tabId=7&site=arxiv&papers=u-mup+unit-scaling&cited=unit-scaling',
    });
  });

  it('shows nothing for a site the user turned off', async () => {
    await saveSettings({ disabledSites: ['arxiv'], markers: false });
    const setBadgeText = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    const reply = await replyTo(
      { type: 'cs-bg/detections', siteId: 'arxiv', paperIds: ['u-mup'], citedIds: [] },
      { tab: { id: 7 }, frameId: 0 },
    );
    expect(reply).toEqual({ enabled: false, markers: false });
    expect(setBadgeText).toHaveBeenCalledWith({ tabId: 7, text: '' });
    expect(setPopup).toHaveBeenCalledWith({ tabId: 7, popup: 'popup.html' });
  });

  it('announces a settings change to every tab, so pages showing something ask again', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 3 }, { id: 4 }] as never);
    const sent: [number, unknown][] = [];
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (
      tabId: number,
      message: unknown,
    ) => {
      sent.push([tabId, message]);
      return true;
    }) as never);
    await saveSettings({ markers: false });
    await vi.waitFor(() =>
      expect(sent).toEqual([
        [3, { type: 'to-cs/settings-changed' }],
        [4, { type: 'to-cs/settings-changed' }],
      ]),
    );
  });

  it('serves the on-page card with the citation in the default format', async () => {
    await saveSettings({ defaultFormat: 'apa' });
    const card = (await replyTo({
      type: 'cs-bg/paper-card',
      paperId: 'unit-scaling',
    })) as PaperCardData;
    expect(card).toMatchObject({
      title: 'Unit Scaling: Out-of-the-Box Low-Precision Training',
      venue: 'ICML 2023',
    });
    expect(card.citation?.label).toBe('APA (7th ed.)');
    expect(card.citation?.text).toMatch(/^Blake, C\., Orr, D\., & Luschi, C\. \(2023\)/);
  });

  it('the copy-citation command copies the page paper in the default format, in the tab', async () => {
    const sent = answerAsContentScript(['u-mup']);
    pressShortcut('copy-citation');
    await vi.waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]).toMatchObject({
      type: 'to-cs/copy-citation',
      announcement: 'BibTeX citation copied.',
    });
    expect(sent[1]?.text).toMatch(/^@inproceedings\{blake2024umup,/);
  });

  it('the copy-citation command copies the page’s own paper, not one it cites', async () => {
    const sent = answerAsContentScript(['unit-scaling', 'u-mup'], ['unit-scaling']);
    pressShortcut('copy-citation');
    await vi.waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]?.text).toMatch(/^@inproceedings\{blake2024umup,/);
  });

  it('the copy-citation command says so when the page has no paper', async () => {
    const sent = answerAsContentScript([]);
    pressShortcut('copy-citation');
    await vi.waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]).toMatchObject({
      text: '',
      announcement: 'No Graphcore Research paper on this page to cite.',
    });
  });
});
