import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { takeNewPaperIds } from './new-papers';

describe('takeNewPaperIds', () => {
  beforeEach(() => fakeBrowser.reset());

  it('finds nothing new the first time, then what the index gained since', async () => {
    expect(await takeNewPaperIds(['a', 'b'])).toEqual(new Set());
    expect(await takeNewPaperIds(['a', 'b'])).toEqual(new Set());
    expect(await takeNewPaperIds(['c', 'a', 'b', 'd'])).toEqual(new Set(['c', 'd']));
    // Seen now: the next opening shows them as known.
    expect(await takeNewPaperIds(['c', 'a', 'b', 'd'])).toEqual(new Set());
  });

  it('takes a corrupt record for a first opening', async () => {
    await fakeBrowser.storage.local.set({ seenPaperIds: 'not a list' });
    expect(await takeNewPaperIds(['a'])).toEqual(new Set());
    expect(await takeNewPaperIds(['a', 'b'])).toEqual(new Set(['b']));
  });
});
