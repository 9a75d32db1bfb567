/**
 * Short human-readable labels for papers, shared by the popup and the on-page card.
 *
 * @module
 */
import type { Author, Paper, PaperList } from './model';

/** "Charlie Blake" */
export function authorName(author: Author): string {
  return author.given ? `${author.given} ${author.family}` : author.family;
}

/**
 * Authors for a one-line display: all of them when few, else the first ones and "et al.".
 *
 * @example
 * authorLine(paper.authors, 3) // → 'Charlie Blake, Constantin Eichenberg, Josef Dean et al.'
 */
export function authorLine(authors: readonly Author[], max = 3): string {
  if (authors.length <= max + 1) return authors.map(authorName).join(', ');
  return `${authors.slice(0, max).map(authorName).join(', ')} et al.`;
}

/** "ICML 2023" style label of the version the list shows, with the archival one when newer. */
export function venueLabel(paper: Paper): string {
  const listed = paper.venue.short.includes(String(paper.year))
    ? paper.venue.short
    : `${paper.venue.short} ${paper.year}`;
  if (!paper.archival) return listed;
  const archival = paper.archival.venue.short.includes(String(paper.archival.year))
    ? paper.archival.venue.short
    : `${paper.archival.venue.short} ${paper.archival.year}`;
  return `${archival} (${listed})`;
}

/**
 * The first sentences of an abstract, cut at a sentence end near `maxLength`, else at a word.
 *
 * @example
 * abstractPreview('One. Two three four.', 6) // → 'One.'
 */
export function abstractPreview(abstract: string, maxLength = 280): string {
  if (abstract.length <= maxLength) return abstract;
  const head = abstract.slice(0, maxLength);
  const sentenceEnd = head.lastIndexOf('. ');
  if (sentenceEnd > maxLength / 3) return head.slice(0, sentenceEnd + 1);
  // One character more, so a word that ends exactly at the limit is kept.
  const wordEnd = abstract.slice(0, maxLength + 1).lastIndexOf(' ');
  return `${abstract.slice(0, wordEnd > 0 ? wordEnd : maxLength)}…`;
}

/**
 * What the bundled index holds, for the settings page: "43 papers in 6 topics, the newest
 * from July 2026."
 */
export function indexSummary(list: Pick<PaperList, 'papers' | 'topics'>): string {
  const newest = list.papers
    .map((p) => p.date)
    .sort()
    .at(-1);
  const papers = `${list.papers.length} paper${list.papers.length === 1 ? '' : 's'}`;
  const topics = `${list.topics.length} topic${list.topics.length === 1 ? '' : 's'}`;
  if (!newest) return `${papers} in ${topics}.`;
  const [year = '', month = '1'] = newest.split('-');
  const when = new Date(Date.UTC(Number(year), Number(month) - 1, 1)).toLocaleString('en', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return `${papers} in ${topics}, the newest from ${when}.`;
}
