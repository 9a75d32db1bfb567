/**
 * An arXiv "new submissions" listing of any length, with some of the group's papers among
 * synthetic ones: the largest page the content script meets.
 */
import type { Paper } from '../../lib/papers/model';
import { arxivListingPage, type ArxivListingFacts } from '../fixtures/page-templates';

/** `size` entries; every `every`-th one is the next of `groupPapers` (with an arXiv id). */
export function arxivListing(size: number, groupPapers: readonly Paper[], every = 200): string {
  const withIds = groupPapers.filter((p) => p.arxiv.length > 0);
  const entries: ArxivListingFacts[] = [];
  for (let n = 1; n <= size; n++) {
    const group = n % every === 0 ? withIds[(n / every - 1) % withIds.length] : undefined;
    entries.push(
      group
        ? {
            id: group.arxiv[0]!.id,
            title: group.title,
            authors: group.authors.map((a) => `${a.given} ${a.family}`),
            abstract: group.abstract,
          }
        : {
            id: `2406.${String(20000 + n)}`,
            title: `A study of method number ${n} for scalable learning on benchmark ${n % 37}`,
            authors: ['Ana Smith', 'Ben Chen'],
            abstract: `We study method ${n}. `.repeat(12),
          },
    );
  }
  return arxivListingPage(entries);
}
