const sheets = new Map<string, CSSStyleSheet>();

/** A constructed stylesheet of `css`, made once and adopted by every shadow root that uses it. */
export function sharedSheet(css: string): CSSStyleSheet {
  let sheet = sheets.get(css);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    sheets.set(css, sheet);
  }
  return sheet;
}
