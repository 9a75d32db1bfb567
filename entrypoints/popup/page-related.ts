/**
 * The popup's related work for its tab: asks the tab's content script what the page says
 * about its papers, then scores it against the bundled model, loaded only now, after the
 * popup's first render.
 *
 * @module
 */
import type { PageRelatedWork, RelatedEntry } from '../../components/RelatedWork';
import { PaperMatcher, buildDetectionIndex } from '../../lib/matching/detection-index';
import type { Paper } from '../../lib/papers/model';
import {
  RelatedScorer,
  reasonLine,
  type RelatedModel,
  type Relation,
} from '../../lib/related/model';
import { pageRelations } from '../../lib/related/page';
import type { PageContent } from '../../lib/sites/page-paper';
import { sendToTab } from '../../utils/messages';

let scorer: Promise<RelatedScorer> | undefined;

function relatedScorer(): Promise<RelatedScorer> {
  scorer ??= import('../../data/generated/related-model.json').then(
    (m) => new RelatedScorer(m.default as RelatedModel),
  );
  return scorer;
}

/** What the tab's page says about its papers; null where no content script answers. */
export async function askPageContent(tabId: number): Promise<PageContent | null> {
  try {
    const content = await sendToTab(tabId, { type: 'to-cs/page-content' });
    return content && Array.isArray(content.listing) ? content : null;
  } catch {
    return null;
  }
}

/**
 * The related work to show for a page's content, with the group's papers looked up in
 * `papers`; undefined when there is nothing to show.
 */
export async function relatedWorkFor(
  content: PageContent,
  citedIds: readonly string[],
  papers: readonly Paper[],
): Promise<PageRelatedWork | undefined> {
  const byId = new Map(papers.map((paper) => [paper.id, paper]));
  const matcher = new PaperMatcher(buildDetectionIndex(papers));
  const relations = pageRelations(content, citedIds, await relatedScorer(), matcher);
  const entry = (relation: Relation): RelatedEntry[] => {
    const paper = byId.get(relation.paperId);
    return paper ? [{ paper, reason: reasonLine(relation) }] : [];
  };
  switch (relations?.kind) {
    case undefined:
      return undefined;
    case 'pdf':
      return { kind: 'pdf', abstractUrl: `https://arxiv.org/abs/${relations.arxivId}` };
    case 'paper':
      return {
        kind: 'paper',
        title: relations.title,
        cited: relations.cited.flatMap(entry),
        related: relations.related.flatMap(entry),
      };
    case 'listing':
      return {
        kind: 'listing',
        entries: relations.entries.flatMap(({ paper, relation }) =>
          entry(relation).map((related) => ({
            title: paper.title,
            related,
            ...(paper.arxivId ? { arxivId: paper.arxivId } : {}),
          })),
        ),
      };
  }
}
