import { describe, expect, it } from 'vitest';
import { abstractPreview, authorLine, venueLabel, indexSummary } from './format';
import type { Author, Paper } from './model';

const person = (given: string, family: string): Author => ({
  given,
  family,
  person: `${given}-${family}`.toLowerCase(),
});

describe('authorLine', () => {
  const five = [
    person('A', 'One'),
    person('B', 'Two'),
    person('C', 'Three'),
    person('D', 'Four'),
    person('E', 'Five'),
  ];
  it('lists up to one more than the limit in full', () => {
    expect(authorLine(five.slice(0, 4), 3)).toBe('A One, B Two, C Three, D Four');
  });
  it('shortens longer lists with et al.', () => {
    expect(authorLine(five, 3)).toBe('A One, B Two, C Three et al.');
  });
  it('prints a mononym without a leading space', () => {
    expect(authorLine([person('', 'Plato')])).toBe('Plato');
  });
});

describe('venueLabel', () => {
  const base = {
    venue: { name: 'Workshop on X', short: 'WANT@ICML 2024', kind: 'workshop' },
    year: 2024,
  } as Paper;
  it('shows the listed venue, adding the year only when missing', () => {
    expect(venueLabel(base)).toBe('WANT@ICML 2024');
    expect(venueLabel({ ...base, venue: { ...base.venue, short: 'arXiv' } })).toBe('arXiv 2024');
  });
  it('puts a later archival version first', () => {
    const archival = {
      venue: { name: 'ICLR', short: 'ICLR', kind: 'conference' as const },
      year: 2025,
    };
    expect(venueLabel({ ...base, archival })).toBe('ICLR 2025 (WANT@ICML 2024)');
  });
});

describe('abstractPreview', () => {
  it('keeps short abstracts whole', () => {
    expect(abstractPreview('Short.', 280)).toBe('Short.');
  });
  it('cuts at a sentence end', () => {
    expect(abstractPreview('First sentence here. Second sentence is long enough.', 30)).toBe(
      'First sentence here.',
    );
  });
  it('cuts at a word with an ellipsis when no sentence ends early', () => {
    expect(abstractPreview('A very long sentence without any stop in it at all', 20)).toBe(
      'A very long sentence…',
    );
  });
});

describe('indexSummary', () => {
  it('says how many papers and topics the index holds, and how recent it is', () => {
    const paper = (date: string) => ({ date }) as never;
    expect(
      indexSummary({
        papers: [paper('2025-10'), paper('2026-07'), paper('2021-01')],
        topics: [{ id: 'a', name: 'A' }],
      }),
    ).toBe('3 papers in 1 topic, the newest from July 2026.');
    expect(indexSummary({ papers: [], topics: [] })).toBe('0 papers in 0 topics.');
  });
});
