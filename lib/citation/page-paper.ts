/**
 * A BibTeX entry for a paper known only from a page (an arXiv entry the index does not have
 * yet), from what the page shows: arXiv id, title, authors, and the year the id encodes. Same
 * key style and escaping as the index's citations.
 *
 * @module
 */
import { personId, splitName } from '../papers/people';
import type { PagePaper } from '../sites/page-paper';
import { bibEntry } from './bibtex';
import { arxivAbsUrl, type CitedWork } from './cited-version';
import { citationKey } from './keys';

/** The year of first submission an arXiv id encodes: "2407.17465" → 2024, "cs/0112017" → 2001. */
export function arxivIdYear(arxivId: string): number | undefined {
  const digits = /^(\d{2})\d{2}\./.exec(arxivId)?.[1] ?? /\/(\d{2})\d{5}$/.exec(arxivId)?.[1];
  if (digits === undefined) return undefined;
  const year = Number(digits);
  return year >= 91 ? 1900 + year : 2000 + year;
}

/** The page's paper as a cited arXiv preprint; undefined without an arXiv id. */
export function pagePaperWork(paper: PagePaper): CitedWork | undefined {
  const year = paper.arxivId && arxivIdYear(paper.arxivId);
  if (!paper.arxivId || !year) return undefined;
  return {
    title: paper.title,
    authors: paper.authors.map((printed) => {
      const { given, family } = splitName(printed);
      return { given, family, person: personId(given, family) || 'anonymous' };
    }),
    year,
    venue: { name: 'arXiv preprint', short: 'arXiv', kind: 'preprint' },
    arxiv: { id: paper.arxivId },
    url: arxivAbsUrl(paper.arxivId),
    archival: false,
  };
}

/** BibTeX for a page's arXiv paper; undefined without an arXiv id. */
export function pagePaperBibtex(paper: PagePaper): string | undefined {
  const work = pagePaperWork(paper);
  return work && bibEntry(work, citationKey(work), 'bibtex');
}
