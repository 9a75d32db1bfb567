/**
 * People in the index: where a printed name splits into given and family names, and which
 * person of the index it is (for imported papers, and for papers on a page that may be new
 * papers of the group's). A person id is the name without initials, folded by the
 * one title normalisation (`luke-prince` for "Luke Y. Prince", `kerstin-klaser` for "Kerstin
 * Kläser"); a new spelling of a known person ("Luke Yuri Prince", "Sam" for "Samuel") keeps
 * the known id, and is reported.
 *
 * @module
 */
import { normalizeTitle } from '../matching/normalize-title';
import type { ListedAuthor } from './import-source';
import { authorName } from './format';
import type { Author, Paper } from './model';

// Particles that start a family name ("Godfrey Da costa", "Vincent van Gogh").
const PARTICLES = new Set([
  'da',
  'de',
  'del',
  'della',
  'der',
  'di',
  'do',
  'dos',
  'du',
  'la',
  'le',
  'ten',
  'ter',
  'van',
  'von',
]);
// "Y.", "P", "S.": an initial, left out of person ids.
const INITIAL = /^\p{L}\.?$/u;

/**
 * Given and family names of a printed name: the family name is the last word with any
 * particles before it.
 *
 * @example
 * splitName('Godfrey Da costa') // → { given: 'Godfrey', family: 'Da costa' }
 */
export function splitName(printed: string): { given: string; family: string } {
  const words = printed.trim().split(/\s+/);
  let start = words.length - 1;
  while (start > 1 && PARTICLES.has((words[start - 1] ?? '').toLowerCase())) start--;
  return { given: words.slice(0, start).join(' '), family: words.slice(start).join(' ') };
}

/**
 * The person id of a name: given names without initials, then the family name, folded.
 *
 * @example
 * personId('Luke Y.', 'Prince') // → 'luke-prince'
 */
export function personId(given: string, family: string): string {
  const names = given.split(/\s+/).filter((word) => !INITIAL.test(word));
  return normalizeTitle([...names, family].join(' ')).replace(/ /g, '-');
}

/** Whether two spellings of given names can be one person's: "Luke Y." and "Luke Yuri", "Sam" and "Samuel". */
export function compatibleGiven(a: string, b: string): boolean {
  const [x, y] = [normalizeTitle(a).split(' '), normalizeTitle(b).split(' ')];
  const pairs = Math.min(x.length, y.length);
  if (pairs === 0 || x[0] === '' || y[0] === '') return false;
  for (let i = 0; i < pairs; i++) {
    const [p = '', q = ''] = [x[i], y[i]];
    const initial = (p.length === 1 || q.length === 1) && p[0] === q[0];
    const short = i === 0 && p.length >= 3 && q.length >= 3 && (p.startsWith(q) || q.startsWith(p));
    if (p !== q && !initial && !short) return false;
  }
  return true;
}

/** The index's authors, by printed name and by folded family name. */
export interface People {
  printed: Map<string, Author>;
  families: Map<string, Author[]>;
}

/** Everyone the index names, listed and archival authors alike. */
export function peopleOf(papers: readonly Paper[]): People {
  const people: People = { printed: new Map(), families: new Map() };
  for (const author of papers.flatMap((p) => [...p.authors, ...(p.archival?.authors ?? [])])) {
    people.printed.set(authorName(author), author);
    const family = normalizeTitle(author.family);
    const same = people.families.get(family) ?? [];
    if (!same.some((known) => known.person === author.person && known.given === author.given))
      people.families.set(family, [...same, author]);
  }
  return people;
}

/** An imported author, with what a curator should know about the person id. */
export interface ResolvedAuthor {
  author: Author;
  /** A new spelling taken as a known person. */
  inferred?: string;
  /** A new person who may be a known one misspelt, starting "authors: ". */
  question?: string;
}

/**
 * The index's author for a listed name: the known spelling as it is, a new spelling of a
 * known person under that person's id, or a new person.
 *
 * @example
 * resolveAuthor({ printed: 'Luke Yuri Prince' }, peopleOf(papers)).author.person // → 'luke-prince'
 */
export function resolveAuthor(listed: ListedAuthor, people: People): ResolvedAuthor {
  const known = people.printed.get(listed.printed);
  if (known && !listed.split) return { author: known };
  const { given, family } = listed.split ?? splitName(listed.printed);
  const id = personId(given, family);
  const namesakes = people.families.get(normalizeTitle(family)) ?? [];
  if (namesakes.some((a) => a.person === id)) return { author: { given, family, person: id } };
  const same = namesakes.find((a) => compatibleGiven(a.given, given));
  if (same) {
    return {
      author: { given, family, person: same.person },
      inferred: `"${listed.printed}" taken as ${same.person} (printed "${authorName(same)}" before)`,
    };
  }
  const author = { given, family, person: id };
  const initial = normalizeTitle(given)[0];
  const like = namesakes.find(
    (a) => initial !== undefined && normalizeTitle(a.given)[0] === initial,
  );
  if (!like) return { author };
  return {
    author,
    question: `authors: "${listed.printed}" is a new person (${id}), but ${like.person} ("${authorName(like)}") has the same family name and initial: if the same, give it that person id and spelling`,
  };
}
