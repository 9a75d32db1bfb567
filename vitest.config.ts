import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
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
