import { abstractPreview, authorLine, venueLabel } from '../lib/papers/format';
import { paperList } from '../data/index';
import { citationText } from './clipboard';
import type { PaperCardData } from './messages';
import { defaultCitationFormat } from './settings';

const papersById = new Map(paperList.papers.map((p) => [p.id, p]));

/** What the on-page card shows for a paper, with its citation in the user's default format. */
export async function paperCard(paperId: string): Promise<PaperCardData | null> {
  const paper = papersById.get(paperId);
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
