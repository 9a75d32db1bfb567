import AxeBuilder from '@axe-core/playwright';
import { build } from 'esbuild';
import type { Page } from '@playwright/test';
import { expect, servePages, test } from './fixtures';
import { PopupPage } from './pages/popup';

async function expectNoViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(
    violations.map(
      (v) =>
        `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`).join(', ')}`,
    ),
  ).toEqual([]);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the popup has no axe violations (${colorScheme})`, async ({
    context,
    extensionId,
    worker,
  }) => {
    const { popup } = await PopupPage.onListing(context, worker, extensionId);
    await popup.page.emulateMedia({ colorScheme });
    await expect(popup.onPage).toHaveCount(5);
    // Open what can be opened: an abstract, a related list, the format menu, search results.
    await popup.onPage.first().getByRole('button', { name: 'Read the whole abstract' }).click();
    await popup.onPage.first().locator('details.related summary').click();
    await popup.search.fill('graph');
    await expect(popup.results.first()).toBeVisible();
    await expectNoViolations(popup.page);
    await popup.onPage
      .first()
      .getByRole('button', { name: /Other citation formats/ })
      .click();
    await expectNoViolations(popup.page);
  });

  test(`the options page has no axe violations (${colorScheme})`, async ({
    context,
    extensionId,
  }) => {
    const options = await context.newPage();
    await options.emulateMedia({ colorScheme });
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(options.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoViolations(options);
  });

  test(`the on-page marker and card have no axe violations (${colorScheme})`, async ({
    context,
  }) => {
    const url = 'https://example.org/card';
    await servePages(context, {
      [url]:
        '<!DOCTYPE html><html lang="en"><head><title>Card</title></head><body><main><h1>u-µP: The Unit-Scaled Maximal Update Parametrization</h1></main></body></html>',
    });
    const harness = await build({
      entryPoints: ['tests/e2e/card-harness.ts'],
      bundle: true,
      format: 'iife',
      write: false,
      loader: { '.css': 'text' },
      plugins: [
        {
          name: 'inline-css',
          setup: (b) =>
            b.onResolve({ filter: /\?inline$/ }, (a) => ({
              path: `${a.resolveDir}/${a.path.replace(/\?inline$/, '')}`,
            })),
        },
      ],
    });
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme });
    await page.goto(url);
    // Test-only: open the shadow roots so axe can look inside them.
    await page.evaluate(() => {
      const attach = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function (init) {
        return attach.call(this, { ...init, mode: 'open' });
      };
    });
    await page.addScriptTag({ content: harness.outputFiles[0]!.text });
    await page.locator('gc-paper-mark').focus();
    await expect(page.locator('gc-paper-mark').getByRole('dialog')).toContainText('Copy BibTeX');
    await expectNoViolations(page);
  });
}
