import { abstractPreview, authorLine, venueLabel } from '../lib/papers/format';
import type { Paper } from '../lib/papers/model';
import { papersById, type PaperRecords } from '../lib/papers/records';
import { paperList } from '../data/index';
import { relatedTable } from '../data/related';
import { citationText } from './citations';
import type { PaperCardData } from './messages';
import { defaultCitationFormat } from './settings';

/** What the on-page card shows for a paper, with its citation in the user's default format. */
export async function paperCard(paperId: string): Promise<PaperCardData | null> {
  const paper = papersById(paperList.papers).get(paperId);
  if (!paper) return null;
  const format = await defaultCitationFormat();
  // The card is still worth showing if the citation table cannot be read.
  const citation = await citationText([paperId], format.id).catch(() => null);
  return {
    id: paper.id,
    title: paper.title,
    authors: authorLine(paper.authors, 4),
    venue: venueLabel(paper),
    abstract: abstractPreview(paper.abstract, 320),
    citation: citation ? { label: format.label, text: citation.text } : null,
  };
}

/**
 * The records of `paperIds` and of their related papers, with the topics: what the popup
 * needs to draw a tab's papers before it has loaded the whole list (slow for a large list).
 */
export function paperRecords(paperIds: readonly string[]): PaperRecords {
  const relatedIds = paperIds.flatMap((id) => relatedTable[id]?.map((r) => r.id) ?? []);
  const byId = papersById(paperList.papers);
  const papers = [...new Set([...paperIds, ...relatedIds])].flatMap((id) => byId.get(id) ?? []);
  return { papers: papers satisfies Paper[], topics: paperList.topics };
}
