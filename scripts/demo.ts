/**
 * Shows the built extension working on a bundled arXiv-style listing: opens it in Chromium
 * with the extension loaded, then the popup for that tab; then on someone else's paper (an
 * arXiv abstract page), where the popup shows the group's related work. Without a display it
 * runs headless and saves screenshots (page, on-page card, popup in light and dark, related
 * work); with one it leaves the browser open for you to try.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  badgeText,
  extensionWorker,
  launchWithExtension,
  markedPaperIds,
  servePages,
  tabIdOf,
} from '../tests/e2e/fixtures';
import { RELATED_PAGES } from '../tests/fixtures/related-pages';

const DEMO_URL = 'https://arxiv.org/list/cs.LG/new';
/** Someone else's paper: FP8 Formats for Deep Learning, on arXiv's abstract page. */
const FOREIGN = RELATED_PAGES.find((p) => p.file === 'arxiv/abs-fp8-formats (template)')!;
const OUT_DIR = resolve('demo-output');
const headless = !process.env.DISPLAY;

mkdirSync(OUT_DIR, { recursive: true });
const context = await launchWithExtension({ headless });
await servePages(context, {
  [DEMO_URL]: readFileSync('scripts/demo/arxiv-listing.html', 'utf8'),
  [FOREIGN.url]: FOREIGN.html ?? '',
});
const worker = await extensionWorker(context);
const extensionId = new URL(worker.url()).host;

const page = await context.newPage();
await page.setViewportSize({ width: 1100, height: 900 });
await page.goto(DEMO_URL);
await page.locator('gc-paper-mark').first().waitFor();
const tabId = await tabIdOf(page, worker);
const shots: string[] = [];
const shot = async (
  target: { screenshot(o: { path: string }): Promise<unknown> },
  name: string,
): Promise<void> => {
  const path = `${OUT_DIR}/${name}.png`;
  await target.screenshot({ path });
  shots.push(path);
};

await shot(page, 'page');
await page.locator('gc-paper-mark').first().hover();
await page.waitForTimeout(400);
await shot(page, 'page-card');

const popup = await context.newPage();
await popup.setViewportSize({ width: 420, height: 760 });
for (const scheme of ['light', 'dark'] as const) {
  await popup.emulateMedia({ colorScheme: scheme });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await popup.locator('section.on-page article.paper').first().waitFor();
  await shot(popup, `popup-${scheme}`);
}

const foreign = await context.newPage();
await foreign.goto(FOREIGN.url);
await popup.emulateMedia({ colorScheme: 'light' });
await popup.goto(
  `chrome-extension://${extensionId}/popup.html?tabId=${await tabIdOf(foreign, worker)}`,
);
await popup.locator('[data-related-for="page"] [data-related-paper-id]').first().waitFor();
await shot(popup, 'popup-related');

console.log(`Marked on the demo page: ${(await markedPaperIds(page)).join(', ')}`);
console.log(`Toolbar badge: ${await badgeText(worker, tabId)}`);
console.log(`Screenshots:\n  ${shots.join('\n  ')}`);

if (headless) {
  await context.close();
} else {
  console.log('Chromium stays open with the extension loaded; close it to finish.');
  await popup.close();
  await new Promise((done) => context.on('close', done));
}
