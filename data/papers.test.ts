import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGroupPage } from '../lib/papers/import-page';
import { SOURCE_FILE, loadPaperList } from './build-index';

/**
 * The group's published list (data/group-list.txt, verbatim) is the reference the curated
 * index must agree with, read as `npm run data:import` reads page text.
 */
const page = readGroupPage(readFileSync(join(import.meta.dirname, 'group-list.txt'), 'utf8'));
const listed = page.list.papers.map((paper) => ({
  topic: paper.areas[0],
  title: paper.title,
  authorCount: paper.authors.length,
  date: paper.date,
}));
type ListedPaper = (typeof listed)[number];

const list = loadPaperList(readFileSync(SOURCE_FILE, 'utf8'));

describe('the curated index (data/papers.json)', () => {
  it('matches the schema and its own consistency rules', () => {
    expect(list.papers.length).toBeGreaterThan(0);
  });

  it('holds every paper of the group list, in order, with the title verbatim', () => {
    expect(page.problems).toEqual([]);
    expect(listed).toHaveLength(28);
    expect(list.papers.map((p) => p.title)).toEqual(listed.map((p) => p.title));
  });

  it('has the list author count, topic and date for every paper', () => {
    const topicNames = new Map(list.topics.map((t) => [t.id, t.name]));
    for (const [i, paper] of list.papers.entries()) {
      const expected = listed[i] as ListedPaper;
      expect({
        id: paper.id,
        authors: paper.authors.length,
        topic: topicNames.get(paper.topic),
        date: paper.date,
      }).toEqual({
        id: paper.id,
        authors: expected.authorCount,
        topic: expected.topic,
        date: expected.date,
      });
    }
  });

  it('uses the six topics of the list', () => {
    expect(list.topics.map((t) => t.name)).toEqual([...new Set(listed.map((p) => p.topic))]);
  });

  it('gives every spelling of one person the same identity', () => {
    const personOf = (family: string) =>
      new Set(
        list.papers
          .flatMap((p) => p.authors)
          .filter((a) => a.family.startsWith(family))
          .map((a) => a.person),
      );
    expect(personOf('Kl')).toEqual(new Set(['kerstin-klaser']));
    expect(personOf('Fitzgibbon')).toEqual(new Set(['andrew-fitzgibbon']));
    expect(personOf('Banaszewski')).toEqual(new Set(['blazej-banaszewski']));
    expect(personOf('Maddrell-Mander')).toEqual(new Set(['sam-maddrell-mander']));
  });

  it('splits multi-word family names and keeps diacritics', () => {
    const authors = list.papers.flatMap((p) => p.authors);
    expect(authors).toContainEqual({
      given: 'Andres Felipe',
      family: 'Cruz-Salinas',
      person: expect.any(String),
    });
    expect(authors).toContainEqual({
      given: 'Luke Y.',
      family: 'Prince',
      person: expect.any(String),
    });
    expect(authors.some((a) => a.family === 'Kläser')).toBe(true);
    expect(authors.some((a) => a.given === 'Błażej')).toBe(true);
  });
});

describe('loadPaperList', () => {
  const source = JSON.parse(readFileSync(SOURCE_FILE, 'utf8'));

  it('names the paper and field of a malformed entry', () => {
    const broken = structuredClone(source);
    delete broken.papers[3].abstract;
    expect(() => loadPaperList(JSON.stringify(broken))).toThrow(/papers\.3\.abstract/);
  });

  it('rejects a paper whose topic is not in the list', () => {
    const broken = structuredClone(source);
    broken.papers[0].topic = 'astrology';
    expect(() => loadPaperList(JSON.stringify(broken))).toThrow(/topic "astrology"/);
  });

  it('rejects duplicate ids', () => {
    const broken = structuredClone(source);
    broken.papers[1].id = broken.papers[0].id;
    expect(() => loadPaperList(JSON.stringify(broken))).toThrow(/id is used twice/);
  });
});
