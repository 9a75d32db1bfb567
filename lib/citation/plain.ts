import type { Author } from '../papers/model';
import type { CitedWork } from './cited-version';

function fullName(author: Author): string {
  return author.given ? `${author.given} ${author.family}` : author.family;
}

/** "A", "A and B", "A, B, and C". */
function listAuthors(authors: readonly Author[]): string {
  const names = authors.map(fullName);
  if (names.length <= 2) return names.join(' and ');
  return `${names.slice(0, -1).join(', ')}, and ${names.at(-1) ?? ''}`;
}

/** A sentence of the reference: ends with one full stop unless it already ends in punctuation. */
function sentence(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}

/** The cited version's best link: its DOI, else its landing page. */
export function citationLink(work: CitedWork): string | undefined {
  return work.doi ? `https://doi.org/${work.doi}` : work.url;
}

/** Venue with volume, issue and pages, plain-text (en dash in page ranges). */
function venueDetails(work: CitedWork): string {
  const { venue } = work;
  if (venue.kind === 'preprint') {
    return work.arxiv ? `${venue.name} arXiv:${work.arxiv.id}` : venue.name;
  }
  const parts = [
    venue.name,
    venue.volume && `vol. ${venue.volume}`,
    venue.issue && `no. ${venue.issue}`,
    venue.pages && `pp. ${venue.pages.replace('--', '–')}`,
  ];
  return parts.filter(Boolean).join(', ');
}

/**
 * A plain one-line reference: `Authors. Title. Venue, vol., no., pp., Year. Link`, with every
 * author's full name and no markup.
 */
export function plainReference(work: CitedWork): string {
  const link = citationLink(work);
  const parts = [
    sentence(listAuthors(work.authors)),
    sentence(work.title),
    sentence(`${venueDetails(work)}, ${work.year}`),
  ];
  return [...parts, ...(link ? [link] : [])].join(' ');
}

const MARKDOWN_SPECIAL = /[\\`*_[\]<>]/g;

function escapeMarkdown(text: string): string {
  return text.replace(MARKDOWN_SPECIAL, (char) => `\\${char}`);
}

/** Up to three authors by name, else the first and "et al.". */
function shortAuthorList(authors: readonly Author[]): string {
  const names = authors.map(fullName);
  return names.length <= 3 ? names.join(', ') : `${names[0] ?? ''} et al.`;
}

/** The venue's short label with the year, unless the label already names it ("ICML 2023"). */
function venueLabel(work: CitedWork): string {
  const { short } = work.venue;
  return short.includes(String(work.year)) ? short : `${short} ${work.year}`;
}

/**
 * A Markdown link to the paper with its authors, venue and year:
 * `[Title](link) — Charlie Blake, Douglas Orr, Carlo Luschi (ICML 2023)`.
 */
export function markdownReference(work: CitedWork): string {
  const link = citationLink(work);
  const title = escapeMarkdown(work.title);
  const linked = link ? `[${title}](${link.replace(/[()\s]/g, encodeURIComponent)})` : title;
  return `${linked} — ${escapeMarkdown(shortAuthorList(work.authors))} (${escapeMarkdown(venueLabel(work))})`;
}
