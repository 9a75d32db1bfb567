/**
 * The group's related work for what a tab shows: someone else's paper (split into the group
 * papers it cites and those it does not), or the entries of a listing most related to the
 * group's work.
 *
 * @module
 */
import type { PaperMatcher } from '../matching/detection-index';
import type { PageContent, PagePaper } from '../sites/page-paper';
import type { RelatedScorer, Relation } from './model';

/** At most this many listing entries are suggested. */
export const LISTING_SUGGESTIONS = 10;
/**
 * A listing's entries scored in full: those whose key phrases alone score best. (Counting every
 * entry's terms would double the time on a long listing; the judged set scored as one listing
 * of 465 entries gives the same top 20 from its best 50.)
 */
const LISTING_CANDIDATES = 10 * LISTING_SUGGESTIONS;

export type PageRelations =
  | { kind: 'paper'; title: string; cited: Relation[]; related: Relation[] }
  | { kind: 'pdf'; arxivId: string }
  | { kind: 'listing'; entries: { paper: PagePaper; relation: Relation }[] };

/** The group paper `paper` is, by its arXiv id or its title. */
export function groupPaperOf(paper: PagePaper, matcher: PaperMatcher): string | undefined {
  return (paper.arxivId && matcher.byArxivId(paper.arxivId)) || matcher.byTitle(paper.title);
}

/**
 * What the popup shows beside the group's own papers on a page; undefined when there is
 * nothing to say (the page is the group's own paper, or shows no paper at all).
 *
 * @param citedIds Group papers found in the page's references.
 * @param shownElsewhere arXiv ids of listing entries the popup shows otherwise (as possibly
 *   new from the group), not to be suggested twice.
 */
export function pageRelations(
  content: PageContent,
  citedIds: readonly string[],
  scorer: RelatedScorer,
  matcher: PaperMatcher,
  shownElsewhere: ReadonlySet<string> = new Set(),
): PageRelations | undefined {
  const { paper } = content;
  if (paper) {
    if (!paper.title) return paper.arxivId ? { kind: 'pdf', arxivId: paper.arxivId } : undefined;
    if (groupPaperOf(paper, matcher)) return undefined;
    const cited = new Set(citedIds);
    return {
      kind: 'paper',
      title: paper.title,
      cited: scorer.relations(paper, citedIds),
      related: scorer.related(paper, { exclude: cited }),
    };
  }
  if (content.listing.length === 0) return undefined;
  const candidates: { paper: PagePaper; at: number; score: number }[] = [];
  content.listing.forEach((paper, at) => {
    if (groupPaperOf(paper, matcher) || shownElsewhere.has(paper.arxivId ?? '')) return;
    const score = scorer.phraseScore(paper);
    if (score > 0) candidates.push({ paper, at, score });
  });
  candidates.sort((a, b) => b.score - a.score);
  const entries = candidates
    .slice(0, LISTING_CANDIDATES)
    .flatMap(({ paper, at }) =>
      scorer.related(paper, { listing: true }).map((relation) => ({ paper, at, relation })),
    );
  // Best first; equal scores in the page's order.
  entries.sort((a, b) => b.relation.score - a.relation.score || a.at - b.at);
  return {
    kind: 'listing',
    entries: entries
      .slice(0, LISTING_SUGGESTIONS)
      .map(({ paper, relation }) => ({ paper, relation })),
  };
}
