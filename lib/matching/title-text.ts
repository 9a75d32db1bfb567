/**
 * Reads the title a reader sees in an element, leaving out what pages put around or inside
 * titles: "Title:" descriptors, MathJax's TeX scripts and previews, Scholar's [PDF] labels.
 * Typeset math is read once, from the MathML copy MathJax keeps for assistive technology
 * (MathJax 2 and 3 hide their visual rendering with `aria-hidden`; MathJax 3 draws its glyphs
 * with CSS). LaTeXML math contributes its TeX (`alttext`) instead of the
 * presentation-and-content soup of its text nodes.
 *
 * @module
 */

// NodeFilter constants, spelled out so this module needs no DOM globals.
const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const TEXT_NODE = 3;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;
const FILTER_SKIP = 3;

/** Elements whose text is never part of a title. */
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
]);
/** Classes of labels and rendering copies inside title elements. */
const SKIPPED_CLASS = /(?:^|\s)(?:descriptor|MathJax_Preview|gs_ct[cu12]|gs_or)(?:\s|$)/;

function isSkipped(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.tagName.toUpperCase())) return true;
  if (element.getAttribute('aria-hidden') === 'true') return true;
  const className = element.getAttribute('class');
  return className !== null && SKIPPED_CLASS.test(className);
}

/**
 * The visible title text of `element`; elements without child elements cost one
 * `textContent` read. Walks iteratively, so deep nesting cannot overflow the stack.
 *
 * @param limit Stop collecting after this many characters (the text cannot be a title).
 */
export function titleText(element: Element, limit = Number.POSITIVE_INFINITY): string {
  if (element.childElementCount === 0) return element.textContent ?? '';
  const parts: string[] = [];
  let length = 0;
  const walker = element.ownerDocument.createTreeWalker(
    element,
    SHOW_ELEMENT | SHOW_TEXT,
    (node) => {
      if (node.nodeType === TEXT_NODE) return FILTER_ACCEPT;
      const el = node as Element;
      if (el.localName === 'math') {
        // LaTeXML puts the TeX in `alttext`, delimited again so that "u-" + "\mu" + "P" does
        // not read as the command \muP; MathJax's assistive MathML has only its text.
        const tex = el.getAttribute('alttext');
        parts.push(tex === null ? (el.textContent ?? '') : `$${tex}$`);
        return FILTER_REJECT;
      }
      return isSkipped(el) ? FILTER_REJECT : FILTER_SKIP;
    },
  );
  for (let node = walker.nextNode(); node && length <= limit; node = walker.nextNode()) {
    const text = (node as Text).data;
    parts.push(text);
    length += text.length;
  }
  return parts.join('');
}
