import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
// With its extension, as Vite's native config loader will require.
import { bundledPaperList } from './modules/bundled-paper-list.js';

export default defineConfig({
  // The popup's modules import `virtual:bundled-paper-list`, as built.
  plugins: [WxtVitest(), bundledPaperList(import.meta.dirname)],
  test: {
    include: [
      'lib/**/*.test.ts',
      'components/**/*.test.tsx',
      'entrypoints/__tests__/*.test.ts',
      'modules/__tests__/*.test.ts',
      'utils/**/*.test.ts',
      'data/**/*.test.ts',
      'tests/*.test.ts',
    ],
    mockReset: true,
    restoreMocks: true,
  },
});
