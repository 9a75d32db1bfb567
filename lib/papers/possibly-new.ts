/**
 * Papers on a page that may be the group's but are not in the index yet: new arXiv papers by
 * at least two of the group's regular authors. Names are matched as the index's author model
 * matches them (family name folded, given names compatible: initials, "Sam" for "Samuel"), so
 * a stranger who only shares a family name with a group member does not count.
 *
 * @module
 */
import type { PaperMatcher } from '../matching/detection-index';
import { normalizeTitle } from '../matching/normalize-title';
import type { PagePaper } from '../sites/page-paper';
import type { Author, Paper } from './model';
import { compatibleGiven } from './people';

/** Authors of at least this many of the index's papers are the group's regulars. */
export const REGULAR_PAPERS = 2;
/** Entries with at least this many regular authors are listed. */
export const REGULARS_NEEDED = 2;

/** The group's regular authors, every spelling the index has of each, by folded family name. */
export type RegularAuthors = ReadonlyMap<string, readonly Author[]>;

export function regularAuthors(papers: readonly Paper[]): RegularAuthors {
  const papersOf = new Map<string, number>();
  for (const paper of papers) {
    for (const person of new Set(paper.authors.map((a) => a.person))) {
      papersOf.set(person, (papersOf.get(person) ?? 0) + 1);
    }
  }
  const byFamily = new Map<string, Author[]>();
  for (const author of papers.flatMap((p) => [...p.authors, ...(p.archival?.authors ?? [])])) {
    if ((papersOf.get(author.person) ?? 0) < REGULAR_PAPERS) continue;
    const family = normalizeTitle(author.family);
    const known = byFamily.get(family) ?? [];
    if (!known.some((a) => a.person === author.person && a.given === author.given))
      byFamily.set(family, [...known, author]);
  }
  return byFamily;
}

/**
 * The regular author a printed name ("Charlie Blake", "C. Blake") is, if any. The family name
 * may be the last one, two or three words ("Manuel Lopez Roldan"), as the index has it.
 */
export function regularAuthorOf(printed: string, regulars: RegularAuthors): Author | undefined {
  const words = printed.trim().split(/\s+/);
  for (let familyWords = 1; familyWords <= 3 && familyWords < words.length; familyWords++) {
    const given = words.slice(0, -familyWords).join(' ');
    const family = normalizeTitle(words.slice(-familyWords).join(' '));
    const found = regulars.get(family)?.find((a) => compatibleGiven(a.given, given));
    if (found) return found;
  }
  return undefined;
}

/** A page's paper that may be a new one of the group's, and the group authors on it. */
export interface PossiblyNewPaper {
  paper: PagePaper;
  /** The names on the page that are the group's regular authors, as printed there. */
  groupAuthors: string[];
}

/**
 * The entries of a page that are not in the index but have at least two of the group's
 * regular authors, in page order.
 */
export function possiblyNewPapers(
  entries: readonly PagePaper[],
  regulars: RegularAuthors,
  matcher: PaperMatcher,
): PossiblyNewPaper[] {
  const found: PossiblyNewPaper[] = [];
  for (const paper of entries) {
    if (!paper.title || (paper.arxivId && matcher.byArxivId(paper.arxivId))) continue;
    if (matcher.byTitle(paper.title)) continue;
    const people = new Set<string>();
    const groupAuthors: string[] = [];
    for (const name of paper.authors) {
      const author = regularAuthorOf(name, regulars);
      if (author && !people.has(author.person)) {
        people.add(author.person);
        groupAuthors.push(name);
      }
    }
    if (people.size >= REGULARS_NEEDED) found.push({ paper, groupAuthors });
  }
  return found;
}
