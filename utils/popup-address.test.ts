import { describe, expect, it } from 'vitest';
import { detectionsInPopupUrl, popupPageFor } from './popup-address';

const found = {
  paperIds: ['u-mup', 'unit-scaling', 'u-mup'],
  citedIds: ['unit-scaling'],
  siteId: 'arxiv',
  disabled: false,
};

describe('the popup page for a tab', () => {
  it('carries the tab and its distinct papers, in page order, and which are cited', () => {
    const page = popupPageFor(7, found);
    expect(page).toMatch(/^popup\.html\?/);
    expect(detectionsInPopupUrl(page.slice(page.indexOf('?')))).toEqual({
      tabId: 7,
      detections: {
        paperIds: ['u-mup', 'unit-scaling'],
        citedIds: ['unit-scaling'],
        siteId: 'arxiv',
        disabled: false,
      },
    });
  });

  it('is the plain page when nothing is to be shown, so the popup asks the tab why', () => {
    expect(popupPageFor(7, { ...found, paperIds: [] })).toBe('popup.html');
    expect(popupPageFor(7, { ...found, disabled: true })).toBe('popup.html');
  });

  it('carries nothing on a plain address, or a mangled one', () => {
    for (const search of [
      '',
      '?tabId=7',
      '?papers=u-mup',
      '?tabId=-1&papers=u-mup',
      '?tabId=x&papers=a',
    ]) {
      expect(detectionsInPopupUrl(search), search).toBeUndefined();
    }
  });
});
