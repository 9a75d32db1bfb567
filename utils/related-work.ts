/**
 * Related work for a tab, for the popup and the background: asks the tab's content script what
 * the page says about its papers, then scores it against the bundled model, loaded on first
 * use (after the popup's first render; in the background only for users who mark related
 * entries on pages).
 *
 * @module
 */
import { PaperMatcher, buildDetectionIndex } from '../lib/matching/detection-index';
import type { Paper } from '../lib/papers/model';
import {
  possiblyNewPapers,
  regularAuthors,
  type PossiblyNewPaper,
} from '../lib/papers/possibly-new';
import { RelatedScorer, type RelatedModel } from '../lib/related/model';
import { pageRelations, type PageRelations } from '../lib/related/page';
import type { PageContent } from '../lib/sites/page-paper';
import { askTab } from './messages';

let scorer: Promise<RelatedScorer> | undefined;

/** The scorer over the bundled model, loaded on first use (start it early: it takes ms). */
export function relatedScorer(): Promise<RelatedScorer> {
  scorer ??= import('../data/generated/related-model.json').then(
    (m) => new RelatedScorer(m.default as RelatedModel),
  );
  return scorer;
}

/** What the tab's page says about its papers; null where no content script answers. */
export async function askPageContent(tabId: number): Promise<PageContent | null> {
  try {
    const content = await askTab(tabId, { type: 'to-cs/page-content' });
    return content && Array.isArray(content.listing) ? content : null;
  } catch {
    return null;
  }
}

const matchers = new WeakMap<readonly Paper[], PaperMatcher>();

/** A matcher over the popup's paper list, built once per list. */
function matcherOf(papers: readonly Paper[]): PaperMatcher {
  let matcher = matchers.get(papers);
  if (!matcher) {
    matcher = new PaperMatcher(buildDetectionIndex(papers));
    matchers.set(papers, matcher);
  }
  return matcher;
}

/** The arXiv papers on the page that may be new papers of the group's (see possiblyNewPapers). */
export function possiblyNewOn(content: PageContent, papers: readonly Paper[]): PossiblyNewPaper[] {
  const entries = content.paper ? [content.paper, ...content.listing] : content.listing;
  return possiblyNewPapers(
    entries.filter((entry) => entry.arxivId),
    regularAuthors(papers),
    matcherOf(papers),
  );
}

/**
 * What to show beside the group's own papers for a page's content (see pageRelations), with
 * the group's papers those of `papers`.
 */
export async function pageRelationsFor(
  content: PageContent,
  citedIds: readonly string[],
  papers: readonly Paper[],
  shownElsewhere: ReadonlySet<string> = new Set(),
): Promise<PageRelations | undefined> {
  const scorer = await relatedScorer();
  return pageRelations(content, citedIds, scorer, matcherOf(papers), shownElsewhere);
}
