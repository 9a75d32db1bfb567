import { describe, expect, it } from 'vitest';
import { decodeSource, encodingProblem, identifiersOf, splitAuthorLine } from './import-source';

it('splitAuthorLine splits on commas and "and"', () => {
  expect(splitAuthorLine('Charlie Blake, Douglas Orr and Carlo Luschi, ')).toEqual([
    'Charlie Blake',
    'Douglas Orr',
    'Carlo Luschi',
  ]);
});

describe('encodingProblem', () => {
  it.each([
    ['Kläser', undefined],
    ['KlÃ¤ser', 'holds "Ã¤", UTF-8 read as Latin-1 (mojibake)'],
    ['Kl\ufffdser', 'holds "\ufffd", a character lost in an earlier conversion'],
    ['Kl\u0007ser', 'holds a control character'],
  ])('%s', (text, problem) => {
    expect(encodingProblem(text)).toBe(problem);
  });
});

it('decodeSource reads UTF-8 without its byte-order mark, and refuses other encodings', () => {
  expect(decodeSource(new Uint8Array([0xef, 0xbb, 0xbf, 0x4b, 0x6c, 0xc3, 0xa4]))).toBe('Klä');
  expect(() => decodeSource(new Uint8Array([0x4b, 0x6c, 0xe4, 0x73]))).toThrow(
    'the file is not UTF-8 text: save it as UTF-8 and import it again',
  );
});

it('identifiersOf reads arXiv and OpenReview links, and keeps any other', () => {
  const entry = { where: '', title: '', authors: [], areas: [] };
  expect(identifiersOf({ ...entry, url: 'https://www.arxiv.org/abs/2409.04103' })).toEqual({
    arxivId: '2409.04103',
  });
  expect(identifiersOf({ ...entry, url: 'https://openreview.net/pdf?id=vlh0YAVdkF' })).toEqual({
    openreviewId: 'vlh0YAVdkF',
  });
  expect(identifiersOf({ ...entry, url: 'https://www.example.org/paper.pdf' })).toEqual({
    otherUrl: 'https://www.example.org/paper.pdf',
  });
});
