/**
 * Where `browser` (from `#imports`) is webextension-polyfill, and where it is the browser's own
 * API: the one place this is decided.
 *
 * - The background, the popup and the options page get the polyfill, which
 *   `@wxt-dev/webextension-polyfill` (wxt.config.ts) aliases `wxt/browser` to.
 * - Content scripts get the browser's own API: they load on every matching page, so they
 *   carry nothing they do not need, and they need nothing the polyfill adds. Both browsers'
 *   APIs return promises, and every context answers messages through `sendResponse`
 *   (`handleMessages` in utils/messages.ts), which both browsers support natively.
 *
 * Checked by tests/fixtures/build-checks.ts: the content script bundles no polyfill, the
 * background and the popup do.
 *
 * @module
 */
import type { Entrypoint } from 'wxt';
import { defineWxtModule } from 'wxt/modules';

/** The entrypoints whose `browser` is the browser's own API. */
export const NATIVE_BROWSER_ENTRYPOINTS: readonly Entrypoint['type'][] = ['content-script'];

export default defineWxtModule({
  name: 'content-scripts-without-polyfill',
  setup(wxt) {
    wxt.hook('vite:build:extendConfig', (entrypoints, config) => {
      if (!entrypoints.every((entrypoint) => NATIVE_BROWSER_ENTRYPOINTS.includes(entrypoint.type)))
        return;
      // Without the polyfill's alias, `wxt/browser` is WXT's own: the browser's `browser` or
      // `chrome`.
      const alias = config.resolve?.alias;
      if (Array.isArray(alias)) {
        config.resolve!.alias = alias.filter(
          (entry: { find: unknown }) => entry.find !== 'wxt/browser',
        );
      } else if (alias && typeof alias === 'object') {
        delete (alias as Record<string, string>)['wxt/browser'];
      }
    });
  },
});
