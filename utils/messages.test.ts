import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { triggerMessage } from '../tests/fake-messages';
import { handleMessages, sendToTab, type ContentMessageType } from './messages';

/** What the listeners do with `message`: what each returns, and what was sent back. */
async function deliver(message: unknown) {
  const sendResponse = vi.fn();
  const returned = await triggerMessage(message, {}, sendResponse);
  await vi.waitFor(() => expect(sendResponse).toHaveBeenCalled());
  return { returned, replies: sendResponse.mock.calls.map(([reply]) => reply as unknown) };
}

const detections = { paperIds: ['u-mup'], citedIds: [], siteId: 'arxiv', disabled: false };

describe('handleMessages', () => {
  beforeEach(() => fakeBrowser.reset());

  const answerAll = (overrides: Partial<Parameters<typeof handleMessages>[0]> = {}) =>
    handleMessages<ContentMessageType>({
      'to-cs/get-detections': () => detections,
      'to-cs/page-content': () => ({ listing: [] }),
      'to-cs/mark-related': ({ marks }) => marks.length,
      'to-cs/copy-citation': async ({ text }) => text !== '',
      'to-cs/settings-changed': () => false,
      ...overrides,
    });

  it('replies through sendResponse and returns true, for replies now or later', async () => {
    answerAll();
    expect(await deliver({ type: 'to-cs/get-detections' })).toEqual({
      returned: [true],
      replies: [detections],
    });
    expect(await deliver({ type: 'to-cs/copy-citation', text: 'x', announcement: '' })).toEqual({
      returned: [true],
      replies: [true],
    });
  });

  it('leaves other messages to other listeners', async () => {
    answerAll();
    const sendResponse = vi.fn();
    for (const message of [{ type: 'cs-bg/paper-card' }, { type: 'toString' }, 'hello', null]) {
      expect(await triggerMessage(message, {}, sendResponse)).toEqual([undefined]);
    }
    expect(sendResponse).not.toHaveBeenCalled();
  });

  it('replies nothing when a handler fails, so the sender rejects', async () => {
    answerAll({
      'to-cs/page-content': () => {
        throw new Error('broken page');
      },
    });
    expect((await deliver({ type: 'to-cs/page-content' })).replies).toEqual([undefined]);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    await expect(sendToTab(3, { type: 'to-cs/page-content' })).rejects.toThrow(
      'no reply to to-cs/page-content',
    );
  });

  it('stops answering when asked', async () => {
    const stop = answerAll();
    stop();
    expect(await triggerMessage({ type: 'to-cs/get-detections' }, {}, vi.fn())).toEqual([]);
  });
});
