import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePaperList } from '../../data/build-index';
import { PaperMatcher, buildDetectionIndex } from '../matching/detection-index';
import type { PagePaper } from '../sites/page-paper';
import { possiblyNewPapers, regularAuthorOf, regularAuthors } from './possibly-new';

const papers = parsePaperList(
  readFileSync(new URL('../../data/papers.json', import.meta.url), 'utf8'),
).papers;
const regulars = regularAuthors(papers);
const matcher = new PaperMatcher(buildDetectionIndex(papers));

const entry = (arxivId: string, title: string, authors: string[]): PagePaper => ({
  arxivId,
  title,
  authors,
  abstract: '',
  keywords: [],
});

describe('regularAuthorOf', () => {
  it.each([
    ['Charlie Blake', 'charlie-blake'],
    ['C. Blake', 'charlie-blake'],
    ['Douglas Orr', 'douglas-orr'],
    ['Kerstin Kläser', 'kerstin-klaser'],
    ['Kerstin Klaeser', 'kerstin-klaser'],
    ['Sam Maddrell-Mander', 'sam-maddrell-mander'],
    ['Manuel Lopez Roldan', 'manuel-lopez-roldan'],
    ['Luke Yuri Prince', 'luke-prince'],
  ])('%s is the group’s %s', (name, person) => {
    expect(regularAuthorOf(name, regulars)?.person).toBe(person);
  });

  it.each(['Alice Blake', 'Daniel Orr', 'Blake', 'William Blake', 'Zhang Li', ''])(
    '%s is nobody of the group’s',
    (name) => expect(regularAuthorOf(name, regulars)).toBeUndefined(),
  );
});

describe('possiblyNewPapers', () => {
  it('lists entries by two of the group’s regular authors that the index does not know', () => {
    const found = possiblyNewPapers(
      [
        entry('2611.00001', 'Scaling Laws for FP4 Attention', [
          'Douglas Orr',
          'Ann Other',
          'Carlo Luschi',
        ]),
        entry('2611.00002', 'A Study of Something Else', ['Alice Blake', 'Daniel Orr']),
        entry('2611.00003', 'One Group Author Only', ['Charlie Blake', 'John Smith']),
        entry('2303.11257', 'Unit Scaling: Out-of-the-Box Low-Precision Training', [
          'Charlie Blake',
          'Douglas Orr',
          'Carlo Luschi',
        ]),
        entry('2611.00004', 'Molecules Again', ['D. Masters', 'Kerstin Klaeser']),
      ],
      regulars,
      matcher,
    );
    expect(found.map((f) => f.paper.arxivId)).toEqual(['2611.00001', '2611.00004']);
    expect(found[0]?.groupAuthors).toEqual(['Douglas Orr', 'Carlo Luschi']);
  });

  it('counts a person once, however often the page names them', () => {
    const found = possiblyNewPapers(
      [entry('2611.00005', 'Twice the Same', ['Charlie Blake', 'C. Blake', 'Jane Roe'])],
      regulars,
      matcher,
    );
    expect(found).toEqual([]);
  });
});
