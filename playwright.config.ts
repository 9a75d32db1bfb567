import { defineConfig } from '@playwright/test';

export default defineConfig({
  // Chromium through Playwright; Firefox through puppeteer-core (see tests/e2e-firefox/firefox.ts).
  projects: [
    { name: 'chromium', testDir: 'tests/e2e' },
    { name: 'firefox', testDir: 'tests/e2e-firefox' },
  ],
  // One browser with the extension at a time: 2-core machines, and the badge is global state.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Waits, not measurements: generous so a busy machine is slow, not red.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['line']] : 'list',
  use: { trace: 'retain-on-failure' },
});
