import preact from '@preact/preset-vite';
import { statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';

/**
 * Bundles the data files of another directory instead of data/ (same layout): the benchmark
 * builds the extension with a synthetic 10,000-paper index this way.
 */
function swapDataDir(dataDir: string): Plugin {
  const own = resolve('data');
  return {
    name: 'swap-data-dir',
    enforce: 'pre',
    resolveId(source, importer) {
      const [path = '', query] = source.split('?');
      if (!importer || !path.endsWith('.json')) return null;
      const target = resolve(dirname(importer), path);
      if (!target.startsWith(`${own}/`)) return null;
      const swapped = join(dataDir, relative(own, target));
      return query ? `${swapped}?${query}` : swapped;
    },
  };
}

/**
 * Takes the `dangerouslySetInnerHTML` path out of Preact: the extension never renders HTML
 * strings (lint forbids it), and with this no shipped code can assign data to innerHTML, which
 * Firefox's add-on linter checks.
 */
function noHtmlStringsInPreact(): Plugin {
  const SET_HTML = /(\w+)\.innerHTML=(\w+)\.__html/g;
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

/**
 * Hands out webextension-polyfill without the bundler's copy of its exports. A default import
 * of a CommonJS module copies every property of `module.exports` onto a namespace object; in
 * Chromium the polyfill exports the native `browser`, whose API namespaces (tabs, windows,
 * action…) are each built on first touch, so the copy built them all: ~1 ms of the popup's
 * first render. Requiring it from CommonJS keeps it untouched.
 */
function polyfillWithoutInteropCopy(): Plugin {
  const id = '\0browser-polyfill.cjs';
  return {
    name: 'polyfill-without-interop-copy',
    enforce: 'pre',
    // What WXT's polyfill module aliases `wxt/browser` (and so `#imports`' browser) to.
    resolveId: (source) => (source === '@wxt-dev/webextension-polyfill/browser' ? id : null),
    load: (resolved) =>
      resolved === id ? `module.exports = { browser: require('webextension-polyfill') };` : null,
  };
}

/** Lists up to this size (the group's is ~80 KB) are bundled into the popup's first load. */
const BUNDLED_LIST_LIMIT = 1024 * 1024;

/**
 * `virtual:bundled-paper-list`: the paper list itself when it is small, so the popup draws the
 * tab's papers in its first render; nothing for a large list (10,000 papers: 16 MB, seconds to
 * parse), which the popup loads after its first render, drawing the tab's papers meanwhile from
 * the records the background sends.
 */
function bundledPaperList(dataDir: string): Plugin {
  const id = 'virtual:bundled-paper-list';
  return {
    name: 'bundled-paper-list',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load(resolved) {
      if (resolved !== `\0${id}`) return null;
      return statSync(join(dataDir, 'papers.json')).size <= BUNDLED_LIST_LIMIT
        ? `export { paperList as bundledPaperList } from ${JSON.stringify(resolve('data/index.ts'))};`
        : 'export const bundledPaperList = undefined;';
    },
  };
}

const dataDir = process.env.PAPERS_DATA_DIR;

export default defineConfig({
  // Explicit imports everywhere: WXT APIs come from '#imports', so lint can keep lib/ pure.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  ...(process.env.WXT_OUT_DIR ? { outDir: process.env.WXT_OUT_DIR } : {}),
  vite: () => ({
    plugins: [
      preact(),
      noHtmlStringsInPreact(),
      polyfillWithoutInteropCopy(),
      bundledPaperList(dataDir ?? resolve('data')),
      ...(dataDir ? [swapDataDir(dataDir)] : []),
    ],
    // JSON.parse of one string is much faster to load than the same data as object literals.
    json: { stringify: true },
    // Both browsers support <link rel="modulepreload">; the polyfill would add a fetch().
    build: { modulePreload: { polyfill: false } },
  }),
  hooks: {
    // The content script runs on every matching page, so it skips the polyfill (10 KB and ~1 ms
    // per page, measured): it uses the browsers' native promise APIs through WXT's `browser`,
    // and answers messages with `sendResponse`, which both browsers support.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entrypoint) => entrypoint.type === 'content-script')) return;
      const alias = config.resolve?.alias;
      if (Array.isArray(alias)) {
        config.resolve!.alias = alias.filter(
          (entry: { find: unknown }) => entry.find !== 'wxt/browser',
        );
      } else if (alias && typeof alias === 'object') {
        delete (alias as Record<string, string>)['wxt/browser'];
      }
    },
  },
  manifest: ({ browser }) => ({
    name: 'Graphcore Research Papers',
    short_name: 'GC Papers',
    description:
      'Spots Graphcore Research papers on arXiv, OpenReview, proceedings and scholar sites, with abstracts, related work and one-click citations.',
    permissions: ['storage', 'activeTab', 'scripting'],
    action: { default_title: 'Graphcore Research Papers' },
    commands: {
      // Alt+Shift+C: free in Chrome and Firefox (Ctrl+Shift+S and friends are taken).
      'copy-citation': {
        suggested_key: { default: 'Alt+Shift+C' },
        description: 'Copy the citation of the paper on this page',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'papers@graphcore-research.example',
              // data_collection_permissions needs Firefox 140 (142 on Android).
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
