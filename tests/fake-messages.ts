/**
 * Messages delivered through the fake browser (`wxt/testing/fake-browser`) as a browser
 * delivers them, with a `sendResponse` for the listeners to reply through.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';

/** Calls the runtime.onMessage listeners; what each returned. */
export function triggerMessage(
  message: unknown,
  sender: object,
  sendResponse: (reply?: unknown) => void,
): Promise<unknown[]> {
  // The fake passes its listeners whatever it is given; its type leaves out sendResponse.
  const trigger = fakeBrowser.runtime.onMessage.trigger as (
    ...args: unknown[]
  ) => Promise<unknown[]>;
  return trigger(message, sender, sendResponse);
}

/** The reply to `message` from `sender`, as its sender receives it. */
export function replyTo(message: unknown, sender: object = {}): Promise<unknown> {
  return new Promise((resolve) => void triggerMessage(message, sender, resolve));
}
