import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

export default defineConfig({
  // Explicit imports everywhere: WXT APIs come from '#imports', so lint can keep lib/ pure.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Graphcore Research Papers',
    short_name: 'GC Papers',
    description:
      'Spots Graphcore Research papers on arXiv, OpenReview, proceedings and scholar sites, with abstracts, related work and one-click citations.',
    permissions: ['storage', 'activeTab', 'scripting'],
    action: { default_title: 'Graphcore Research Papers' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'papers@graphcore-research.example',
              strict_min_version: '115.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
