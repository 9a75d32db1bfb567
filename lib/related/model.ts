/**
 * Which of the group's papers relate to any paper a researcher reads, from its title and
 * abstract, offline. Built at build time from the index (`buildRelatedModel`), shipped as JSON,
 * scored in the popup (`RelatedScorer`).
 *
 * Two signals, both checkable by a person:
 *
 * - **Key phrases**, curated per group paper in `data/papers.json` (`keyPhrases`) with their
 *   spellings in `data/phrase-variants.json` ("FP8" is also "8-bit floating point"; "µP" is
 *   "maximal update parametrization"). A phrase found in the other paper's text counts by how
 *   specific it is in the field: "KV cache" says more than "low precision".
 * - **Shared terms** (words and word pairs) weighted by their rarity in the field, from
 *   document frequencies over a corpus of machine-learning abstracts
 *   (`data/field-frequencies.json`), not over the group's own 44 abstracts, where "language"
 *   or "benchmark" would look rare and specific.
 *
 * A paper is shown when it shares at least one key phrase, its score clears a threshold
 * calibrated on a judged set (`tests/related/`), and it is close enough to the best one; else
 * nothing is shown, rather than something vague. (No paper shown on the judged set lacked a
 * shared key phrase; requiring one keeps every reason a curated concept, and spares counting
 * the terms of the many listing entries that share none.)
 *
 * @module
 */
import {
  TermTable,
  normalWords,
  phraseKey,
  singular,
  type TableWord,
  type TermCounts,
} from './terms';

/** Document frequencies of words and word pairs in a corpus of papers. */
export interface FieldFrequencies {
  documents: number;
  words: Record<string, number>;
  bigrams: Record<string, number>;
}

/** A group paper as the model is built from it. */
export interface RelatedSource {
  id: string;
  title: string;
  abstract: string;
  /** Curated phrases saying what the paper is about, as they are shown ("FP8 training"). */
  keyPhrases: readonly string[];
}

interface ModelPhrase {
  label: string;
  /** Normal forms of the label and its variants. */
  keys: string[];
  weight: number;
}

/** What the popup loads to score pages: small, plain JSON. */
export interface RelatedModel {
  papers: {
    id: string;
    /** Positions in `phrases`. */
    phrases: number[];
  }[];
  phrases: ModelPhrase[];
  /**
   * The terms the group's papers use, each as its field idf, then the position of each paper
   * that uses it and the term's weight there (in the paper's L2-normalised term vector). Any
   * other term is taken as rare.
   */
  terms: Record<string, GroupTerm>;
  rareIdf: number;
  /** How a term is written where it has capitals ("fp8" → "FP8"), for reasons. */
  display: Record<string, string>;
}

/** How scores become a list: calibrated on the judged set's development part. */
export const RELATED_SETTINGS = {
  /** Weight of the shared-terms similarity beside key phrases. */
  textWeight: 3,
  /** Each shared phrase after the most telling one counts this much of the one before. */
  furtherPhrase: 0.7,
  /** A phrase the other paper repeats n times counts 1 + this × ln n times as much. */
  repeatedPhrase: 0.5,
  /** A group paper's last key phrase counts this much of its first (those between, between). */
  lastPhrase: 0.6,
  /** Phrases in the other paper's title count this much more. */
  titleBoost: 1.5,
  /** Least score shown. */
  threshold: 0.9,
  /**
   * Least score of a listing's entry shown as related: stricter, as the reader did not choose
   * the entry (it is one of thousands they skim), and a vague suggestion costs their attention.
   */
  listingThreshold: 1,
  /** Least score shown, as a share of the best one's. */
  relative: 0.95,
  /** At most this many. */
  count: 3,
} as const;

/** The settings a scorer runs with: those above, or others to compare. */
export type RelatedSettings = { readonly [K in keyof typeof RELATED_SETTINGS]: number };

/** A paper as a page shows it: the other side of the comparison. */
export interface PaperText {
  title: string;
  abstract: string;
  keywords?: readonly string[];
}

/** A group paper related to a page's paper, and the shared concepts that say why. */
export interface Relation {
  paperId: string;
  score: number;
  /** Key phrases (or else terms) both papers share, most telling first, as displayed. */
  shared: string[];
}

/**
 * Document frequencies keyed by the terms' normal form ("models" counted as "model"), each the
 * largest of its spellings'. The table leaves out rare terms (bigrams below `minBigramDf`).
 */
export interface TermFrequencies {
  documents: number;
  df: Map<string, number>;
  /** The table's least bigram frequency: a pair missing from it is rarer than that. */
  minBigramDf: number;
}

/** The field table re-keyed by normal form (see {@link TermFrequencies}). */
export function termFrequencies(field: FieldFrequencies): TermFrequencies {
  const df = new Map<string, number>();
  const add = (term: string, count: number): void => {
    if (count > (df.get(term) ?? 0)) df.set(term, count);
  };
  for (const [word, count] of Object.entries(field.words)) add(singular(word), count);
  let minBigramDf = Number.POSITIVE_INFINITY;
  for (const [pair, count] of Object.entries(field.bigrams)) {
    add(pair.split(' ').map(singular).join(' '), count);
    minBigramDf = Math.min(minBigramDf, count);
  }
  return { documents: field.documents, df, minBigramDf };
}

function fieldIdf(field: TermFrequencies, term: string): number {
  let df = field.df.get(term);
  if (df === undefined && term.includes(' ')) {
    // Rarer than the table's cut-off, and no commoner than either of its words.
    const [a = '', b = ''] = term.split(' ');
    df = Math.min(field.minBigramDf / 2, field.df.get(a) ?? 1, field.df.get(b) ?? 1);
  }
  return Math.log((field.documents + 1) / ((df ?? 0) + 1));
}

/** A phrase is as specific as its least specific part: the DF of a word pair bounds the phrase's. */
function phraseIdf(field: TermFrequencies, key: string): number {
  const words = key.split(' ');
  if (words.length === 1) return fieldIdf(field, key);
  let idf = Number.POSITIVE_INFINITY;
  for (let i = 0; i + 1 < words.length; i++) {
    idf = Math.min(idf, fieldIdf(field, `${words[i]} ${words[i + 1]}`));
  }
  return idf;
}

/** Prefixes that writers join to a word or hyphenate: "pretraining", "pre-training". */
const COMPOUND_PREFIX =
  /^(pre|post|multi|fine|back|mini|sub|hyper|non|self|semi|cross)(\p{L}{4,})$/u;

/**
 * A phrase key with its other compound spelling: "pre training" also as "pretraining", and
 * "backpropagation" also as "back propagation" (hyphens are spaces in the normal form).
 */
function compoundSpellings(key: string): string[] {
  const words = key.split(' ');
  if (words.length === 2 && COMPOUND_PREFIX.test(words.join(''))) return [key, words.join('')];
  const split = words.length === 1 ? COMPOUND_PREFIX.exec(key) : null;
  return split ? [key, `${split[1]} ${split[2]}`] : [key];
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/**
 * The model for a list of group papers.
 *
 * @param variants Other spellings of key phrases, by label.
 */
export function buildRelatedModel(
  sources: readonly RelatedSource[],
  field: TermFrequencies,
  variants: Readonly<Record<string, readonly string[]>>,
): RelatedModel {
  const rareIdf = round(Math.log(field.documents + 1));
  const phrases: ModelPhrase[] = [];
  const phraseAt = new Map<string, number>();
  const terms: Record<string, number[]> = {};
  const display: Record<string, string> = {};
  const table = new TermTable();
  const papers = sources.map((source, position) => {
    const paperPhrases = new Set<number>();
    for (const label of source.keyPhrases) {
      const spellings = [label, ...(variants[label] ?? [])].map(phraseKey);
      const keys = [...new Set(spellings.flatMap(compoundSpellings))];
      // Phrases that share a spelling are one concept ("DFT", "density functional theory").
      let at = keys.map((key) => phraseAt.get(key)).find((known) => known !== undefined);
      if (at === undefined) {
        // (Not the compound spellings': "pretraining" is as common as "pre training".)
        const specificity = Math.max(...spellings.map((key) => phraseIdf(field, key)));
        at = phrases.push({ label, keys, weight: round(specificity / rareIdf) }) - 1;
      }
      for (const key of keys) phraseAt.set(key, at);
      paperPhrases.add(at);
    }
    // The title counts twice: it says what the paper is about.
    const text = `${source.title}. ${source.title}. ${source.abstract}`;
    const weights = new Map<string, number>();
    let norm = 0;
    const { keys, counts } = table.count(table.read(text));
    for (const [i, key] of keys.entries()) {
      const count = counts[i] ?? 1;
      const term = table.term(key);
      const termIdf = fieldIdf(field, term);
      terms[term] ??= [round(termIdf)];
      const weight = (1 + Math.log(count)) * termIdf;
      weights.set(term, weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [term, weight] of weights) terms[term]?.push(position, round(weight / norm));
    for (const [raw] of text.matchAll(/[\p{L}\p{N}]+/gu)) {
      const [word] = normalWords(raw);
      // "LLM" shows "llm"; "LLMs", the plural, does not.
      if (word === raw.toLowerCase() && (raw.match(/\p{Lu}/gu)?.length ?? 0) >= 2)
        display[word] ??= raw;
    }
    return { id: source.id, phrases: [...paperPhrases] };
  });
  return { papers, phrases, terms, rareIdf, display };
}

/** One of the group's terms: `[idf, position, weight, position, weight, …]` (see RelatedModel). */
type GroupTerm = readonly number[];

/** What scoring learnt of one paper, kept to explain the papers it shows. */
interface Analysis {
  /** Weight of each key phrase found (by position in the model's phrases). */
  found: Map<number, number>;
  /** The paper's term counts, and the norm of its term vector. */
  counts: TermCounts;
  norm: number;
  /** Each group paper's score, by position. */
  scores: Float64Array;
}

/**
 * Scores papers against a {@link RelatedModel}; built once, it reads each paper's words once
 * (phrases are looked up by their first word, terms through an inverted index), so a listing
 * of thousands of entries scores in milliseconds each hundred.
 */
export class RelatedScorer {
  readonly #model: RelatedModel;
  readonly #settings: RelatedSettings;
  /** The texts' terms, with the group's facts about each (undefined: no group paper uses it). */
  readonly #terms: TermTable<GroupTerm>;
  /** Phrase keys by the id of their first word, as [ids of the remaining words, phrase position]. */
  readonly #phrasesByFirstWord: [number[], number][][] = [];
  /** Phrase position → positions of the papers it belongs to. */
  readonly #phrasePapers: [position: number, centrality: number][][];
  readonly #positionOf: Map<string, number>;

  constructor(model: RelatedModel, settings: RelatedSettings = RELATED_SETTINGS) {
    this.#model = model;
    this.#settings = settings;
    this.#positionOf = new Map(model.papers.map((paper, position) => [paper.id, position]));
    this.#phrasePapers = model.phrases.map(() => []);
    model.papers.forEach((paper, position) => {
      paper.phrases.forEach((at, rank) => {
        // Curated most specific first: a paper's first phrases are what it is about, its last its
        // sub-area, which its neighbours share ("low precision").
        const centrality =
          1 - ((1 - settings.lastPhrase) * rank) / Math.max(1, paper.phrases.length - 1);
        this.#phrasePapers[at]?.push([position, centrality]);
      });
    });
    const phraseWords = model.phrases.map((phrase) => phrase.keys.map((key) => key.split(' ')));
    this.#terms = new TermTable(Object.entries(model.terms), phraseWords.flat(2));
    phraseWords.forEach((keys, at) => {
      for (const words of keys) {
        const [first = 0, ...rest] = words.map((word) => this.#terms.id(word));
        (this.#phrasesByFirstWord[first] ??= []).push([rest, at]);
      }
    });
  }

  /**
   * Adds the weight of each phrase found in `words` to `found` (times `boost`), more for a
   * phrase the text repeats: a concept a paper keeps returning to is what it is about.
   */
  #findPhrases(words: readonly TableWord[], boost: number, found: Map<number, number>): void {
    const counts = new Map<number, number>();
    for (let i = 0; i < words.length; i++) {
      const starting = this.#phrasesByFirstWord[words[i]!.id];
      if (starting === undefined) continue;
      for (const [rest, at] of starting) {
        if (rest.every((next, j) => words[i + 1 + j]?.id === next))
          counts.set(at, (counts.get(at) ?? 0) + 1);
      }
    }
    for (const [at, count] of counts) {
      const weight =
        (this.#model.phrases[at]?.weight ?? 0) *
        boost *
        (1 + this.#settings.repeatedPhrase * Math.log(count));
      if (weight > (found.get(at) ?? 0)) found.set(at, weight);
    }
  }

  /** A term's weight in a paper where it occurs `count` times. */
  #weight(count: number, groupTerm: GroupTerm | undefined): number {
    return (1 + Math.log(count)) * (groupTerm?.[0] ?? this.#model.rareIdf);
  }

  /**
   * Scores every group paper against `paper`.
   *
   * @param anyway Score shared terms even when no key phrase is shared (else the paper is
   *   not suggested at all, and its terms need not be counted).
   */
  #analyse(paper: PaperText, anyway = false): Analysis | undefined {
    const [title, body] = this.#read(paper);
    const found = this.#phrasesIn(title, body);
    if ((found.size === 0 && !anyway) || title.length + body.length === 0) return undefined;

    // Similarity of terms: the paper's field-weighted term vector against each group paper's.
    const counts = this.#terms.count(title, body);
    let norm = 0;
    const scores = new Float64Array(this.#model.papers.length);
    const { keys, counts: times } = counts;
    for (let i = 0; i < keys.length; i++) {
      const groupTerm = this.#terms.facts(keys[i]!);
      const weight = this.#weight(times[i]!, groupTerm);
      norm += weight * weight;
      if (!groupTerm) continue;
      for (let j = 1; j < groupTerm.length; j += 2)
        scores[groupTerm[j]!] = scores[groupTerm[j]!]! + weight * groupTerm[j + 1]!;
    }
    norm = Math.sqrt(norm) || 1;
    for (let position = 0; position < scores.length; position++)
      scores[position] = (this.#settings.textWeight * scores[position]!) / norm;
    for (const [position, score] of this.#phraseScores(found))
      scores[position] = scores[position]! + score;
    return { found, counts, norm, scores };
  }

  /** A paper's title, and its abstract with its keywords, as words. */
  #read(paper: PaperText): [title: TableWord[], body: TableWord[]] {
    return [
      this.#terms.read(paper.title),
      this.#terms.read(`${paper.abstract} ${(paper.keywords ?? []).join(' . ')}`),
    ];
  }

  /** The key phrases found in a paper's title and body, with their weights. */
  #phrasesIn(title: readonly TableWord[], body: readonly TableWord[]): Map<number, number> {
    const found = new Map<number, number>();
    this.#findPhrases(body, 1, found);
    this.#findPhrases(title, this.#settings.titleBoost, found);
    return found;
  }

  /**
   * What the phrases found give each group paper that has them: each further one a paper
   * shares counts less (one telling concept outweighs several general ones).
   */
  #phraseScores(found: ReadonlyMap<number, number>): Map<number, number> {
    const phraseWeights = new Map<number, number[]>();
    for (const [at, weight] of found) {
      for (const [position, centrality] of this.#phrasePapers[at] ?? []) {
        const weights = phraseWeights.get(position);
        if (weights) weights.push(weight * centrality);
        else phraseWeights.set(position, [weight * centrality]);
      }
    }
    const scores = new Map<number, number>();
    for (const [position, weights] of phraseWeights) {
      weights.sort((a, b) => b - a);
      const furtherPhrase = this.#settings.furtherPhrase;
      scores.set(
        position,
        weights.reduce((sum, weight, i) => sum + weight * furtherPhrase ** i, 0),
      );
    }
    return scores;
  }

  /**
   * The best score any group paper gets from the key phrases `paper` shares with it alone (0
   * when it shares none): half the work of {@link related}, for a first pass over a long
   * listing that then scores in full only its most promising entries.
   */
  phraseScore(paper: PaperText): number {
    const [title, body] = this.#read(paper);
    let best = 0;
    for (const score of this.#phraseScores(this.#phrasesIn(title, body)).values())
      best = Math.max(best, score);
    return best;
  }

  /**
   * The group papers most related to `paper`, best first; empty when none is related enough.
   *
   * @param options.exclude Group papers not to suggest (the page's own paper, when it is one).
   * @param options.listing Score a listing's entry: at most one group paper, by the stricter
   *   listing threshold.
   */
  related(
    paper: PaperText,
    {
      exclude = new Set(),
      listing = false,
    }: { exclude?: ReadonlySet<string>; listing?: boolean } = {},
  ): Relation[] {
    const threshold = listing ? this.#settings.listingThreshold : this.#settings.threshold;
    const analysis = this.#analyse(paper);
    if (!analysis) return [];
    const { scores } = analysis;
    const candidates: number[] = [];
    scores.forEach((score, position) => {
      const groupPaper = this.#model.papers[position];
      // Only papers that share a key phrase: their reason is a concept a person can check.
      if (
        score >= threshold &&
        groupPaper &&
        !exclude.has(groupPaper.id) &&
        groupPaper.phrases.some((at) => analysis.found.has(at))
      )
        candidates.push(position);
    });
    candidates.sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b);
    const best = scores[candidates[0] ?? -1] ?? 0;
    return candidates
      .filter((position) => (scores[position] ?? 0) >= this.#settings.relative * best)
      .slice(0, listing ? 1 : this.#settings.count)
      .map((position) => this.#relation(analysis, position));
  }

  /**
   * How `paper` relates to some group papers, however weakly, best first: for group papers
   * related by other evidence (the page cites them), to rank them and say what they share.
   */
  relations(paper: PaperText, groupPaperIds: readonly string[]): Relation[] {
    const analysis = this.#analyse(paper, true);
    return groupPaperIds
      .map((id) => {
        const position = this.#positionOf.get(id);
        return analysis && position !== undefined
          ? this.#relation(analysis, position)
          : { paperId: id, score: 0, shared: [] };
      })
      .sort((a, b) => b.score - a.score);
  }

  /** A group paper's score for the analysed paper, with the concepts both share. */
  #relation({ found, counts, norm, scores }: Analysis, position: number): Relation {
    const groupPaper = this.#model.papers[position];
    const phrases = (groupPaper?.phrases ?? [])
      .filter((at) => found.has(at))
      .sort((a, b) => (found.get(b) ?? 0) - (found.get(a) ?? 0));
    const terms: [string, number][] = [];
    for (const [i, key] of counts.keys.entries()) {
      const groupTerm = this.#terms.facts(key) ?? [];
      for (let j = 1; j < groupTerm.length; j += 2) {
        if (groupTerm[j] !== position) continue;
        const weight = (this.#weight(counts.counts[i] ?? 1, groupTerm) / norm) * groupTerm[j + 1]!;
        terms.push([this.#terms.term(key), weight]);
      }
    }
    return {
      paperId: groupPaper?.id ?? '',
      score: round(scores[position] ?? 0),
      shared: this.#sharedLabels(phrases, terms),
    };
  }

  /** The shared phrases' labels, topped up to two with the most telling shared terms. */
  #sharedLabels(phrases: readonly number[], terms: [string, number][]): string[] {
    const shared = phrases.map((at) => this.#model.phrases[at]?.label ?? '');
    if (shared.length >= 2) return shared;
    for (const [term] of [...terms].sort((a, b) => b[1] - a[1])) {
      if (shared.length >= 2) break;
      const shown = term
        .split(' ')
        .map((word) => this.#model.display[word] ?? word)
        .join(' ');
      const lower = shown.toLowerCase();
      if (!shared.some((s) => s.toLowerCase().includes(lower) || lower.includes(s.toLowerCase())))
        shared.push(shown);
    }
    return shared;
  }
}

/** The one-line reason shown beside a related paper: "both: FP8 training, loss scaling". */
export function reasonLine(relation: Pick<Relation, 'shared'>): string {
  return relation.shared.length > 0 ? `both: ${relation.shared.join(', ')}` : '';
}
