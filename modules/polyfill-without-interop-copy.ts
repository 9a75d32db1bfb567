/**
 * Hands out webextension-polyfill without the bundler's copy of its exports. A default import
 * of a CommonJS module copies every property of `module.exports` onto a namespace object; in
 * Chromium the polyfill exports the native `browser`, whose API namespaces (tabs, windows,
 * action…) are each built on first touch, so the copy would build them all before the popup's
 * first render. Required from CommonJS, the polyfill stays untouched. Checked by
 * tests/fixtures/build-checks.ts.
 *
 * @module
 */
import type { Plugin } from 'vite';
import { addViteConfig, defineWxtModule } from 'wxt/modules';

/** What `@wxt-dev/webextension-polyfill` aliases `wxt/browser` (and so `#imports`' browser) to. */
const POLYFILL_MODULE = '@wxt-dev/webextension-polyfill/browser';
const SHIM = '\0browser-polyfill.cjs';

function polyfillWithoutInteropCopy(): Plugin {
  return {
    name: 'polyfill-without-interop-copy',
    enforce: 'pre',
    resolveId: (source) => (source === POLYFILL_MODULE ? SHIM : null),
    load: (id) =>
      id === SHIM ? `module.exports = { browser: require('webextension-polyfill') };` : null,
  };
}

export default defineWxtModule({
  name: 'polyfill-without-interop-copy',
  setup(wxt) {
    addViteConfig(wxt, () => ({ plugins: [polyfillWithoutInteropCopy()] }));
  },
});
