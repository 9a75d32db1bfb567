/**
 * Takes the `dangerouslySetInnerHTML` path out of Preact. The extension never renders HTML
 * strings (lint forbids it); with this, no shipped code can assign data to `innerHTML` either,
 * which Firefox's add-on linter checks. Checked by tests/fixtures/build-checks.ts.
 *
 * @module
 */
import type { Plugin } from 'vite';
import { addViteConfig, defineWxtModule } from 'wxt/modules';

const SET_HTML = /(\w+)\.innerHTML=(\w+)\.__html/g;

function noHtmlStringsInPreact(): Plugin {
  return {
    name: 'no-html-strings-in-preact',
    transform(code, id) {
      if (!/node_modules\/preact\/dist\//.test(id) || !SET_HTML.test(code)) return null;
      return code.replace(
        SET_HTML,
        () => '(()=>{throw new Error("dangerouslySetInnerHTML is disabled")})()',
      );
    },
  };
}

export default defineWxtModule({
  name: 'no-html-strings-in-preact',
  setup(wxt) {
    addViteConfig(wxt, () => ({ plugins: [noHtmlStringsInPreact()] }));
  },
});
