import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, readSettings, saveSettings } from './settings';

describe('settings', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('are the defaults when nothing is stored', async () => {
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('round-trip what the user chose', async () => {
    const chosen = {
      defaultFormat: 'apa',
      markers: false,
      disabledSites: ['dblp'],
      possiblyNew: false,
      markRelated: true,
    } as const;
    await saveSettings({ ...chosen, disabledSites: [...chosen.disabledSites] });
    expect(await readSettings()).toEqual(chosen);
  });

  it('fall back one by one: a corrupt value never costs the valid ones', async () => {
    await fakeBrowser.storage.sync.set({
      defaultCitationFormat: 'ieee',
      markersEnabled: 'yes please',
      disabledSites: [42, null],
      markRelated: 1,
    });
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, defaultFormat: 'ieee' });
  });

  it('ignore a format this version does not know (from a newer version, or mistyped)', async () => {
    await fakeBrowser.storage.sync.set({
      defaultCitationFormat: 'harvard-2031',
      disabledSites: ['pmlr'],
    });
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, disabledSites: ['pmlr'] });
  });

  it('save only what changed', async () => {
    await saveSettings({ disabledSites: ['arxiv'] });
    await saveSettings({ markers: false });
    expect(await readSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      markers: false,
      disabledSites: ['arxiv'],
    });
  });

  it('refuse to store an invalid value, keeping the stored one', async () => {
    await saveSettings({ defaultFormat: 'mla' });
    await expect(saveSettings({ defaultFormat: 'nope' as never })).rejects.toThrow(/defaultFormat/);
    expect((await readSettings()).defaultFormat).toBe('mla');
  });
});
