import TOAST_CSS from './toast.css?inline';
import { sharedSheet } from './shared-sheet';

/** Tag of the short-lived confirmation the keyboard command shows on the page. */
export const TOAST_TAG = 'gc-paper-toast';
const SHOWN_MS = 3000;

let current: HTMLElement | undefined;

/**
 * Shows `message` in the page's corner for a few seconds, in a closed shadow root, and has
 * screen readers announce it (role="status").
 */
export function showToast(message: string): void {
  current?.remove();
  const host = document.createElement(TOAST_TAG);
  const root = host.attachShadow({ mode: 'closed' });
  root.adoptedStyleSheets = [sharedSheet(TOAST_CSS)];
  const box = document.createElement('div');
  box.className = 'toast';
  box.setAttribute('role', 'status');
  box.textContent = message;
  root.append(box);
  (document.body ?? document.documentElement).append(host);
  current = host;
  setTimeout(() => host.remove(), SHOWN_MS);
}
