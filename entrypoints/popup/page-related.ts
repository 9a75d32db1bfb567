import type { PageRelatedWork } from '../../components/RelatedWork';
import type { Paper } from '../../lib/papers/model';
import { reasonLine, type Relation } from '../../lib/related/model';
import type { RelatedEntry } from '../../lib/papers/records';
import type { PageRelations } from '../../lib/related/page';

/** The popup's view of a page's relations, with the group's papers looked up by id. */
export function relatedWorkView(
  relations: PageRelations | undefined,
  papersById: ReadonlyMap<string, Paper>,
): PageRelatedWork | undefined {
  const entry = (relation: Relation): RelatedEntry[] => {
    const paper = papersById.get(relation.paperId);
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
