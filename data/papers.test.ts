import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGroupPage } from '../lib/papers/import-page';
import { SOURCE_FILE, loadPaperList } from './build-index';

/**
 * The index follows the group's data file of 2026-07-02 (44 entries), imported with
 * `npm run data:import` and curated (data/CURATION.md); the project does not keep that file.
 * The text of the group's page of 2024 (data/group-list.txt, verbatim, 28 papers) stays as a
 * reference: every paper on it is still in the index under its title, with its authors. The
 * newer list moved the papers into its topics and changed two dates.
 */
const page = readGroupPage(readFileSync(join(import.meta.dirname, 'group-list.txt'), 'utf8'));

const list = loadPaperList(readFileSync(SOURCE_FILE, 'utf8'));

describe('the curated index (data/papers.json)', () => {
  it("holds the 43 papers of the group's list: 44 entries, GPS++'s technical report merged into its paper", () => {
    expect(list.papers).toHaveLength(43);
    expect(list.papers.filter((p) => p.title.startsWith('GPS++'))).toHaveLength(1);
  });

  it('holds every paper of the 2024 page, under its title and with its authors', () => {
    expect(page.problems).toEqual([]);
    expect(page.list.papers).toHaveLength(28);
    for (const listed of page.list.papers) {
      const paper = list.papers.find((p) => p.title === listed.title);
      expect(paper?.authors.length, listed.title).toBe(listed.authors.length);
    }
  });

  it('dates them as the page did, but for the two dates the newer list changed', () => {
    const changed: Record<string, string> = {
      // The list's date is now the workshop's (2021), no longer its upload to the site (2024).
      'structured-dynamic-sparse-bert': '2021-08',
      // The list now dates it by its journal version (Bioinformatics, October 2025).
      'kg-graph-topology': '2025-10',
    };
    for (const listed of page.list.papers) {
      const paper = list.papers.find((p) => p.title === listed.title);
      expect(paper?.date, listed.title).toBe(changed[paper?.id ?? ''] ?? listed.date);
    }
  });

  it("uses the newer list's topics; the page's topics keep their ids, Efficient ML's papers are in General ML", () => {
    expect(list.topics).toEqual([
      { id: 'low-precision', name: 'Low Precision' },
      { id: 'sparsity', name: 'Sparsity' },
      // The list's area "gnns", renamed from "Graph Neural Networks" (npm run data:import --topic).
      { id: 'graph-neural-networks', name: 'Graph Learning' },
      { id: 'physics', name: 'Physics' },
      { id: 'graphics', name: 'Graphics' },
      { id: 'general-ml', name: 'General ML' },
    ]);
    const topicOf: Record<string, string> = {
      'Low Precision': 'low-precision',
      'Graph Neural Networks': 'graph-neural-networks',
      Sparsity: 'sparsity',
      Physics: 'physics',
      Graphics: 'graphics',
      'Efficient ML': 'general-ml',
    };
    for (const listed of page.list.papers) {
      const paper = list.papers.find((p) => p.title === listed.title);
      expect(paper?.topic, listed.title).toBe(topicOf[listed.areas[0] ?? '']);
    }
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

  it('refuses questions an import left open, one line each', () => {
    const open = structuredClone(source);
    open.papers[0].unresolved = ['venue: no short label for "X"', 'arxiv: no arXiv id'];
    expect(() => loadPaperList(JSON.stringify(open))).toThrow(
      `data/papers.json has questions an import left open (settle each, then remove it):
  paper "${open.papers[0].id}": unresolved: venue: no short label for "X"
  paper "${open.papers[0].id}": unresolved: arxiv: no arXiv id`,
    );
  });

  it('refuses a paper without its sentence-case title (or its archival one), one line each', () => {
    const lacking = structuredClone(source);
    delete lacking.papers[0].sentenceCaseTitle;
    const kg = lacking.papers.find((p: { id: string }) => p.id === 'kg-graph-topology');
    delete kg.archival.sentenceCaseTitle;
    expect(() => loadPaperList(JSON.stringify(lacking))).toThrow(
      `data/papers.json lacks what citations need:
  paper "${lacking.papers[0].id}": no sentenceCaseTitle; write its title in sentence case (data/CURATION.md)
  paper "kg-graph-topology": no archival.sentenceCaseTitle; write the archival title in sentence case (data/CURATION.md)`,
    );
  });

  it('rejects a sentence-case title that is not the title in other letter case', () => {
    const broken = structuredClone(source);
    broken.papers[0].sentenceCaseTitle = 'Something else entirely';
    expect(() => loadPaperList(JSON.stringify(broken))).toThrow(
      /sentenceCaseTitle "Something else entirely" is not ".*" in other letter case/,
    );
  });

  it('gives every paper a sentence-case title that only changes letter case', () => {
    for (const paper of list.papers) {
      expect(paper.sentenceCaseTitle?.toLowerCase(), paper.id).toBe(paper.title.toLowerCase());
    }
  });

  it('rejects a topic without papers and a title two papers share', () => {
    const broken = structuredClone(source);
    broken.topics.push({ id: 'astrology', name: 'Astrology' });
    broken.papers[1].altTitles.push(broken.papers[0].title);
    expect(() => loadPaperList(JSON.stringify(broken))).toThrow(
      /a title of it is also a title of .*\n {2}topic "astrology" has no papers$/,
    );
  });
});
