import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { contentScriptMatches } from './lib/sites';

// The build's own adjustments are WXT modules in modules/, which WXT loads by itself: where
// `browser` is the polyfill, Preact without HTML strings, the paper list in the popup.
export default defineConfig({
  // Explicit imports everywhere: WXT APIs come from '#imports', so lint can keep lib/ pure.
  imports: false,
  // `browser` from '#imports' is webextension-polyfill, except in content scripts
  // (modules/content-scripts-without-polyfill.ts).
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    // JSON.parse of one string is much faster to load than the same data as object literals.
    json: { stringify: true },
    // Both browsers support <link rel="modulepreload">; the polyfill would add a fetch().
    build: { modulePreload: { polyfill: false } },
  }),
  manifest: ({ browser }) => ({
    name: 'Graphcore Research Papers',
    short_name: 'GC Papers',
    description:
      'Spots Graphcore Research papers on arXiv, OpenReview, proceedings and scholar sites, with abstracts, related work and one-click citations.',
    permissions: ['storage', 'activeTab', 'scripting'],
    // The content script's sites, so the popup and background can wake a content script that
    // has found nothing there (see askTab); no site beyond those.
    host_permissions: contentScriptMatches(),
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
