/**
 * The one paper model. `data/papers.json` (hand-maintained) holds a {@link PaperList}; the
 * schemas below are both the runtime check (index build and tests) and, through inference,
 * the TypeScript types every other module uses. Type-only imports of this module cost the
 * shipped bundles nothing.
 *
 * @module
 */
import * as v from 'valibot';

const nonEmpty = v.pipe(v.string(), v.trim(), v.nonEmpty());
const httpsUrl = v.pipe(v.string(), v.url(), v.startsWith('https://'));
const slug = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case kebab-case'),
);

/** What kind of venue a version of a paper appeared at; decides citation entry types. */
export const VenueKindSchema = v.picklist(['conference', 'workshop', 'journal', 'preprint']);

export const VenueSchema = v.strictObject({
  /** Full name as a citation's booktitle or journal prints it. */
  name: nonEmpty,
  /** Short label for lists, e.g. "ICML 2023", "WANT@ICML 2024". */
  short: nonEmpty,
  kind: VenueKindSchema,
  /** Proceedings series, e.g. "Proceedings of Machine Learning Research". */
  series: v.optional(nonEmpty),
  volume: v.optional(nonEmpty),
  issue: v.optional(nonEmpty),
  /** Page range, BibTeX style: "2548--2576". */
  pages: v.optional(v.pipe(v.string(), v.regex(/^\d+(?:--\d+)?$/, 'pages look like 12--34'))),
  /**
   * The article number a journal gives instead of pages (Bioinformatics' "btaf547"): APA
   * prints "Article btaf547", BibTeX takes it as `pages`, BibLaTeX as `eid`.
   */
  articleNumber: v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z0-9.-]+$/, 'one word'))),
  publisher: v.optional(nonEmpty),
});

export const AuthorSchema = v.strictObject({
  /** Given names as printed on the paper (empty for a mononym). */
  given: v.string(),
  /** Family name, including multi-word names and particles ("Cruz-Salinas", "Lopez Roldan"). */
  family: nonEmpty,
  /** Normalised identity shared by every spelling of one person ("kerstin-klaser"). */
  person: slug,
});

export const ArxivRefSchema = v.strictObject({
  /** New-style id without version ("2407.17465") or old-style ("math/0601001"). */
  id: v.pipe(
    v.string(),
    v.regex(/^(?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})$/, 'arXiv id without version'),
  ),
  /** Title of this arXiv record where it differs from the paper's listed title. */
  title: v.optional(nonEmpty),
  /** Primary category, where known ("cs.LG"). */
  primaryClass: v.optional(v.pipe(v.string(), v.regex(/^[a-z-]+(?:\.[A-Za-z-]+)?$/))),
});

/**
 * A later, archival version of the paper than the one the group's list shows (the conference
 * version of a workshop paper, the journal version of a preprint). Citations use it when present.
 */
export const ArchivalVersionSchema = v.strictObject({
  venue: VenueSchema,
  year: v.pipe(v.number(), v.integer(), v.minValue(1990), v.maxValue(2100)),
  /** Title of the archival version where it differs (its own spelling, e.g. Greek μ for µ). */
  title: v.optional(nonEmpty),
  /** `title` in sentence case (see the paper's `sentenceCaseTitle`); needed with `title`. */
  sentenceCaseTitle: v.optional(nonEmpty),
  /** Full author list of the archival version where it differs. */
  authors: v.optional(v.pipe(v.array(AuthorSchema), v.minLength(1))),
  doi: v.optional(v.pipe(v.string(), v.regex(/^10\.\d{4,9}\/\S+$/, 'a bare DOI, no URL'))),
  url: v.optional(httpsUrl),
});

/** The fields of a paper that curation marks (`curated`, `unconfirmed`) can name. */
export const PaperFieldSchema = v.picklist([
  'title',
  'sentenceCaseTitle',
  'altTitles',
  'abstract',
  'authors',
  'topic',
  'date',
  'venue',
  'year',
  'arxiv',
  'doi',
  'openreviewId',
  'proceedingsUrl',
  'codeUrls',
  'archival',
  // Single facts of the archival version.
  'archival.doi',
  'archival.venue',
  'keyPhrases',
]);

export const PaperSchema = v.strictObject({
  /** Stable id, lower-case kebab-case; also the `data-paper-id` the content script marks. */
  id: slug,
  /** Title exactly as the group's list shows it. */
  title: nonEmpty,
  /**
   * The title in sentence case, curated: only the first word, proper nouns (Intelligence
   * Processing Units), stylised names and acronyms (u-µP, PySCF_IPU, FP8, BERT) keep their
   * capitals, and the first word after a colon is lower-case unless it is one of those. It
   * differs from `title` in letter case only. The sentence-case styles (APA, IEEE, Harvard,
   * Vancouver), RIS and CSL-JSON print it, each cased by its rules (APA and IEEE capitalise
   * the word after a colon); BibTeX braces the words it keeps capitalised. `npm run data`
   * refuses a paper without it; `npm run data:import` suggests one and asks a curator.
   */
  sentenceCaseTitle: v.optional(nonEmpty),
  /** Earlier or alternative titles of the same work (arXiv v1 titles, journal titles). */
  altTitles: v.array(nonEmpty),
  abstract: nonEmpty,
  authors: v.pipe(v.array(AuthorSchema), v.minLength(1)),
  /** Id of one of the list's topics. */
  topic: slug,
  /** The list's date, YYYY-MM. */
  date: v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'date is YYYY-MM')),
  /** Venue as the list shows it. */
  venue: VenueSchema,
  /** Citation year of the version the list shows. */
  year: v.pipe(v.number(), v.integer(), v.minValue(1990), v.maxValue(2100)),
  arxiv: v.array(ArxivRefSchema),
  doi: v.optional(v.pipe(v.string(), v.regex(/^10\.\d{4,9}\/\S+$/, 'a bare DOI, no URL'))),
  openreviewId: v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{6,}$/))),
  proceedingsUrl: v.optional(httpsUrl),
  codeUrls: v.array(httpsUrl),
  archival: v.optional(ArchivalVersionSchema),
  /**
   * What the paper is about, in the words a reader would look for ("FP8 training", "KV
   * cache"), most specific first: how the group's related work is found for other papers
   * (`lib/related`). Other spellings of a phrase go in `data/phrase-variants.json`.
   */
  keyPhrases: v.optional(v.array(nonEmpty)),
  /**
   * Fields a curator set against what the group's list says (a corrected venue, a repaired
   * abstract; `data/CURATION.md` says why). `npm run data:import` keeps them and reports the
   * list's value instead.
   */
  curated: v.optional(v.array(PaperFieldSchema)),
  /**
   * Facts that rest on one weak source: beyond the group's list with no second source, or a
   * venue only the list gives (`data/CURATION.md`). They ship, marked; a citation prints no
   * unconfirmed DOI, and links the proceedings or arXiv page instead.
   */
  unconfirmed: v.optional(v.array(PaperFieldSchema)),
  /**
   * What an import could not decide, one line each, starting with the field
   * ("venue: no short label for …"). `npm run data` refuses the index until a curator has
   * settled each one and removed it.
   */
  unresolved: v.optional(v.array(nonEmpty)),
});

export const TopicSchema = v.strictObject({ id: slug, name: nonEmpty });

export const PaperListSchema = v.strictObject({
  group: v.strictObject({ name: nonEmpty, url: httpsUrl }),
  topics: v.pipe(v.array(TopicSchema), v.minLength(1)),
  papers: v.pipe(v.array(PaperSchema), v.minLength(1)),
});

export type VenueKind = v.InferOutput<typeof VenueKindSchema>;
export type Venue = v.InferOutput<typeof VenueSchema>;
export type Author = v.InferOutput<typeof AuthorSchema>;
export type ArxivRef = v.InferOutput<typeof ArxivRefSchema>;
export type ArchivalVersion = v.InferOutput<typeof ArchivalVersionSchema>;
export type PaperField = v.InferOutput<typeof PaperFieldSchema>;
export type Paper = v.InferOutput<typeof PaperSchema>;
export type Topic = v.InferOutput<typeof TopicSchema>;
export type PaperList = v.InferOutput<typeof PaperListSchema>;
