import {
  CARD_COPIED,
  CARD_PAGE,
  CARD_TITLE,
  CLOSED_CARD_TEXT,
  expectMarksAndBadge,
  expectUmupBibtex,
  expectUmupCard,
  fixtureHtml,
  settle,
} from '../fixtures/expectations';
import {
  clearClipboard,
  clipboardText,
  expect,
  shadowElement,
  shadowText,
  test,
  type FirefoxWithExtension,
} from './firefox';

const MARKER = 'gc-paper-mark[data-paper-id="u-mup"]';

async function openCardPage(firefox: FirefoxWithExtension) {
  const page = await firefox.open(CARD_PAGE.url, { [CARD_PAGE.url]: fixtureHtml(CARD_PAGE.file) });
  await expectMarksAndBadge(firefox.markedTab(page), ['u-mup']);
  await clearClipboard(page);
  return page;
}

test('the marker opens on focus a card that shows the paper and copies its BibTeX by keyboard', async ({
  firefox,
}) => {
  const page = await openCardPage(firefox);
  expect(await shadowText(page, MARKER)).toBe(CLOSED_CARD_TEXT);
  // Focus goes into the closed shadow root (delegatesFocus), as it would by Tab.
  await page.focus(MARKER);
  await expect.poll(() => shadowText(page, MARKER)).toContain(CARD_TITLE);
  expectUmupCard(await shadowText(page, MARKER));
  await page.keyboard.press('Tab'); // the card's copy button
  await page.keyboard.press('Enter');
  await expect.poll(() => shadowText(page, MARKER)).toContain(CARD_COPIED);
  expectUmupBibtex(await clipboardText(page));
  await page.keyboard.press('Escape');
  await expect.poll(() => shadowText(page, MARKER)).toBe(CLOSED_CARD_TEXT);
});

test('a click opens the card and keeps it open, its copy button copies, a second click closes it', async ({
  firefox,
}) => {
  const page = await openCardPage(firefox);
  await page.mouse.move(0, 0);
  await page.click(MARKER);
  await expect.poll(() => shadowText(page, MARKER)).toContain(CARD_TITLE);
  // Hovering opens the card too; the click pins it: open past the card's close-soon delay,
  // and the next click on the marker closes it (an unpinned card would be pinned instead).
  await settle(400);
  expectUmupCard(await shadowText(page, MARKER));

  await (await shadowElement(page, MARKER, 'button.copy')).click();
  await expect.poll(() => shadowText(page, MARKER)).toContain(CARD_COPIED);
  expectUmupBibtex(await clipboardText(page));

  await (await shadowElement(page, MARKER, 'button.mark')).click();
  await expect.poll(() => shadowText(page, MARKER)).toBe(CLOSED_CARD_TEXT);
});
