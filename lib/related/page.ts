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
  const entries: { paper: PagePaper; relation: Relation }[] = [];
  for (const entry of content.listing) {
    if (groupPaperOf(entry, matcher) || shownElsewhere.has(entry.arxivId ?? '')) continue;
    const [relation] = scorer.related(entry, { listing: true });
    if (relation) entries.push({ paper: entry, relation });
  }
  entries.sort((a, b) => b.relation.score - a.relation.score);
  return { kind: 'listing', entries: entries.slice(0, LISTING_SUGGESTIONS) };
}
