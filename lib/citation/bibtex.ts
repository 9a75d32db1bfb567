import type { Author } from '../papers/model';
import type { CitedWork } from './cited-version';
import { texEscape, texTitle } from './tex';

/** Which dialect of .bib to write: classic BibTeX (plain.bst and friends) or BibLaTeX/Biber. */
export type BibFlavour = 'bibtex' | 'biblatex';

type Field = readonly [name: string, value: string | undefined];

/** "Family, Given" (just "Family" for a mononym), TeX-escaped. */
function bibName(author: Author): string {
  const family = texEscape(author.family);
  return author.given ? `${family}, ${texEscape(author.given)}` : family;
}

function bibAuthors(authors: readonly Author[]): string {
  return authors.map(bibName).join(' and ');
}

function escaped(value: string | undefined): string | undefined {
  return value === undefined ? undefined : texEscape(value);
}

/** BibTeX entry type for the cited venue kind. */
export function bibEntryType(work: CitedWork): 'inproceedings' | 'article' | 'misc' {
  switch (work.venue.kind) {
    case 'conference':
    case 'workshop':
      return 'inproceedings';
    case 'journal':
      return 'article';
    case 'preprint':
      return 'misc';
  }
}

/** Fields that place the work in its venue, per entry type and flavour. */
function venueFields(work: CitedWork, flavour: BibFlavour): Field[] {
  const { venue } = work;
  switch (bibEntryType(work)) {
    case 'inproceedings':
      return [
        ['booktitle', escaped(venue.name)],
        ['series', escaped(venue.series)],
        ['volume', venue.volume],
        ['pages', venue.pages],
        ['publisher', escaped(venue.publisher)],
      ];
    case 'article':
      return [
        [flavour === 'biblatex' ? 'journaltitle' : 'journal', escaped(venue.name)],
        ['volume', venue.volume],
        ['number', venue.issue],
        // An article number stands for pages: BibTeX's `pages` (as the authors of btaf547 give
        // it, and plain.bst prints "41(10):btaf547"), BibLaTeX's electronic id `eid`.
        ['pages', venue.pages ?? (flavour === 'bibtex' ? venue.articleNumber : undefined)],
        ['eid', flavour === 'biblatex' ? venue.articleNumber : undefined],
      ];
    case 'misc':
      return [['howpublished', escaped(preprintVenue(work, flavour))]];
  }
}

/**
 * How a preprint was published. plain.bst prints `howpublished` but ignores `eprint`, so the
 * BibTeX flavour spells the arXiv id out there (Google Scholar's "arXiv preprint arXiv:…");
 * BibLaTeX prints the eprint itself, so it needs the venue only when there is no arXiv id.
 */
function preprintVenue(work: CitedWork, flavour: BibFlavour): string | undefined {
  if (!work.arxiv) return work.venue.name;
  return flavour === 'bibtex' ? `${work.venue.name} arXiv:${work.arxiv.id}` : undefined;
}

function eprintFields(work: CitedWork, flavour: BibFlavour): Field[] {
  const { arxiv } = work;
  if (!arxiv) return [];
  return flavour === 'bibtex'
    ? [
        ['eprint', arxiv.id],
        ['archivePrefix', 'arXiv'],
        ['primaryClass', arxiv.primaryClass],
      ]
    : [
        ['eprint', arxiv.id],
        ['eprinttype', 'arxiv'],
        ['eprintclass', arxiv.primaryClass],
      ];
}

function formatEntry(type: string, key: string, fields: readonly Field[]): string {
  const lines = fields.flatMap(([name, value]) =>
    value === undefined ? [] : [`  ${name} = {${value}}`],
  );
  return `@${type}{${key},\n${lines.join(',\n')}\n}`;
}

/**
 * One .bib entry for the cited version. Field values are TeX-escaped and titles brace-protect
 * what styles must not lower-case; `doi`, `url` and `eprint` stay verbatim. Entry types:
 * `@inproceedings` (conference, workshop), `@article` (journal, incl. TMLR), `@misc` (preprint).
 */
export function bibEntry(work: CitedWork, key: string, flavour: BibFlavour): string {
  return formatEntry(bibEntryType(work), key, [
    ['title', texTitle(work.title, work.sentenceCaseTitle)],
    ['author', bibAuthors(work.authors)],
    ...venueFields(work, flavour),
    [flavour === 'biblatex' ? 'date' : 'year', String(work.year)],
    ['doi', work.doi],
    ...eprintFields(work, flavour),
    ['url', work.url],
  ]);
}
