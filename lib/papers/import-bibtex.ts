/**
 * Reads a group's BibTeX file, for groups that keep their list as one. Parsing (TeX to Unicode,
 * names, `@string`s) is `@retorquere/bibtex-parser`'s, the parser of Zotero's Better BibTeX.
 *
 * Each entry gives its title, authors (with BibTeX's split into given and family names), venue
 * (`booktitle` or `journal`, with `series`, `volume`, `number`, `pages`, `publisher`), year and
 * month, abstract, DOI, URL, and arXiv id (`eprint`, or "arXiv:…" in `journal` or
 * `howpublished`, as Google Scholar writes it). Its topic is its `topic` field, else its one
 * keyword (the parser sorts keywords, so of several none is the first).
 *
 * @module
 */
import { parse, type Creator, type Entry } from '@retorquere/bibtex-parser';
import {
  entryName,
  withDefined,
  type ListedAuthor,
  type ListedPaper,
  type ListedVenueDetails,
  type Reading,
} from './import-source';

const ARXIV_IN_TEXT = /arXiv:\s*(\d{4}\.\d{4,5})/i;
const KINDS: Record<string, string> = {
  inproceedings: 'conference',
  conference: 'conference',
  article: 'article',
  misc: 'preprint',
  unpublished: 'preprint',
  techreport: 'preprint',
  online: 'preprint',
};

// The parser writes TeX accents as combining marks ("Kl{\"a}ser" → "Kla\u0308ser"); the index
// spells them as one character.
const nfc = (text: string) => text.normalize('NFC');

function authorOf(creator: Creator): ListedAuthor {
  if (creator.name) {
    const name = nfc(creator.name);
    return { printed: name, split: { given: '', family: name } };
  }
  const family = nfc([creator.prefix, creator.lastName].filter(Boolean).join(' '));
  const given = nfc(creator.firstName ?? '');
  return { printed: [given, family].filter(Boolean).join(' '), split: { given, family } };
}

function field(entry: Entry, name: string): string | undefined {
  const value: unknown = entry.fields[name];
  if (Array.isArray(value)) return nfc(value.join(', ')) || undefined;
  return typeof value === 'string' && value.trim() !== '' ? nfc(value.trim()) : undefined;
}

function paperOf(entry: Entry): ListedPaper {
  const title = field(entry, 'title') ?? '';
  const kind = KINDS[entry.type] ?? entry.type;
  const journal = field(entry, 'journal') ?? field(entry, 'journaltitle');
  const howpublished = field(entry, 'howpublished');
  // Google Scholar's "journal = {arXiv preprint arXiv:2206.02915}" is a preprint.
  const arxivText = [journal, howpublished, field(entry, 'note')].find(
    (text) => text && ARXIV_IN_TEXT.test(text),
  );
  const eprint = field(entry, 'eprint');
  const isArxivEprint = /arxiv/i.test(
    field(entry, 'archiveprefix') ?? field(entry, 'eprinttype') ?? 'arxiv',
  );
  const arxivId =
    (eprint && isArxivEprint ? eprint : undefined) ??
    (arxivText && ARXIV_IN_TEXT.exec(arxivText)?.[1]);
  const year = Number(field(entry, 'year') ?? field(entry, 'date')?.slice(0, 4)) || undefined;
  const month = Number(field(entry, 'month') ?? field(entry, 'date')?.slice(5, 7)) || undefined;
  const published = arxivText
    ? 'arXiv preprint'
    : (field(entry, 'booktitle') ?? journal ?? howpublished);
  const keywords = entry.fields.keywords ?? [];
  const topic = field(entry, 'topic') ?? (keywords.length === 1 ? keywords[0] : undefined);
  const details = withDefined<ListedVenueDetails>(
    {},
    {
      series: field(entry, 'series'),
      volume: field(entry, 'volume'),
      issue: field(entry, 'number') ?? field(entry, 'issue'),
      // The parser prints "--" as an en dash; the index writes page ranges BibTeX's way.
      pages: field(entry, 'pages')?.replace(/\s*[–—-]+\s*/, '--'),
      publisher: field(entry, 'publisher'),
    },
  );
  const paper: ListedPaper = {
    where: entryName(title, `@${entry.type}{${entry.key}}`),
    title,
    authors: (entry.fields.author ?? []).map(authorOf),
    areas: topic ? [topic] : [],
    group: { ...(year ? { year } : {}), kind: arxivText ? 'preprint' : kind },
  };
  return withDefined(paper, {
    url: field(entry, 'url'),
    arxivId,
    doi: field(entry, 'doi'),
    abstract: field(entry, 'abstract'),
    published,
    date: year && month ? `${year}-${String(month).padStart(2, '0')}` : undefined,
    venueDetails: Object.keys(details).length > 0 ? details : undefined,
  });
}

/**
 * Reads a BibTeX file. Problems are the parser's errors, one line each with their position.
 *
 * @example
 * readBibtex('@misc{k, title={X}, author={Orr, Douglas}, eprint={2505.12988}}').list.papers[0]?.arxivId // → '2505.12988'
 */
export function readBibtex(source: string): Reading {
  const library = parse(source, {
    // Titles stay as written: no sentence case, no case-protection markers.
    english: false,
    caseProtection: false,
    sentenceCase: false,
    // A command it does not know stays as written; title matching reads TeX.
    unsupported: (_node, tex) => tex,
  });
  const problems = library.errors.map((error) => `BibTeX: ${error.error}`);
  const papers = library.entries
    .filter((entry) => Object.keys(entry.fields).length > 0)
    .map(paperOf);
  const topics = [...new Set(papers.flatMap((paper) => paper.areas))];
  return {
    list: {
      format: 'BibTeX',
      areas: topics.map((name) => ({ id: name, name })),
      papers,
      editions: [],
    },
    problems,
  };
}
