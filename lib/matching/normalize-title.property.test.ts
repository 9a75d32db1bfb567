import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDetectionIndex, PaperMatcher } from './detection-index';
import { normalizeTitle } from './normalize-title';
import { paperList } from '../../data/index';

const matcher = new PaperMatcher(buildDetectionIndex(paperList.papers));
const titles = paperList.papers.map((p) => ({ id: p.id, title: p.title }));

/** Changes real pages make to a title that must not change what it matches. */
const PAGE_VARIATIONS: ((t: string) => string)[] = [
  (t) => t.toUpperCase(),
  (t) => t.toLowerCase(),
  (t) => `\n          ${t.replace(/ /g, '\n   ')}\n        `,
  (t) => `${t}.`,
  (t) => t.replace(/-/g, '\u2011'),
  (t) => t.replace(/-/g, ' – '),
  (t) => t.replace(/µ/g, 'μ'),
  (t) => t.replace(/'/g, '’'),
  (t) => t.normalize('NFD'),
  (t) => t.replace(/ /g, '\u00a0'),
];

describe('normalizeTitle (property-based)', () => {
  it('never throws, on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(typeof normalizeTitle(text)).toBe('string');
      }),
      { numRuns: 2000 },
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite' }), (text) => {
        const once = normalizeTitle(text);
        expect(normalizeTitle(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves no case, edge spaces, double spaces or combining marks', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const result = normalizeTitle(text);
        expect(result).toBe(result.trim());
        expect(result).not.toMatch(/ {2}|\p{M}/u);
        expect(result).toBe(result.toLowerCase());
      }),
      { numRuns: 2000 },
    );
  });
});

describe('title matching (property-based)', () => {
  it('finds every group title under any combination of page variations', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...titles),
        // Each variation at most once, in any order, as a page would combine them.
        fc.shuffledSubarray(PAGE_VARIATIONS),
        fc.boolean(),
        ({ id, title }, variations, tex) => {
          const varied = variations.reduce((text, vary) => vary(text), title);
          // arXiv keeps TeX as written (never re-cased): u-$\mu$P.
          const shown = tex ? varied.replace(/[µμ]/g, '$\\mu$') : varied;
          expect(matcher.byTitle(shown)).toBe(id);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('does not match a group title inside longer text', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...titles),
        fc.string({ minLength: 1, maxLength: 20 }).filter((s) => normalizeTitle(s) !== ''),
        fc.boolean(),
        ({ title }, extra, before) => {
          const text = before ? `${extra} ${title}` : `${title} ${extra}`;
          expect(matcher.byTitle(text)).toBeUndefined();
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        expect(() => matcher.byTitle(text)).not.toThrow();
      }),
      { numRuns: 2000 },
    );
  });
});
