/**
 * The group's related work for a paper: the few other papers a member of the group would
 * name, each with a short reason. Combines the list's topic, shared authors (by person id, so
 * spelling variants count) and TF-IDF similarity of titles and abstracts.
 *
 * @module
 */
import { normalizeTitle } from '../matching/normalize-title';
import type { Author, Paper, Topic } from '../papers/model';

export interface RelatedPaper {
  id: string;
  /** A few words on why, e.g. "same topic: Low Precision; shared authors: C. Luschi". */
  reason: string;
  score: number;
}

const WEIGHTS = { topic: 0.35, author: 0.12, maxAuthors: 3, text: 1 };

// Words that say nothing about a paper's subject in this field.
const STOPWORDS = new Set(
  `a an and are as at be by can for from has have in into is it its of on or our over show such than that the their these this to
  towards under using via we which while with without work paper method methods approach new results propose present based model models
  use used also both more most each only other two one first well large training learning deep neural network networks performance efficient
  efficiency data when however without across between allow allows enable enables able achieve achieves improve improves improved
  prior box substantial substantially proposed propose typically much serves important general per common benefits progress accurate
  accurately suitable significant significantly demonstrate demonstrates shows show find finds found order allowing making make makes
  many several various different often standard state art current recent recently further provide provides previous existing key
  while whereas number high higher low lower simple simpler effective effectively compared comparable best better good possible need
  needs required requires requiring cost costs time times way ways approaches able towards toward alternative within where what how
  out all any some been being become becomes became nearly showing shown here there they them then thus yet very even those who whose
  would could should may might must not also just like less few fewer around about above below upon against among through during
  after before since because due still same own once again highly leverage leverages improvement improvements combined incurred
  practice practices technique techniques wise github com http https www graphcore`.split(/\s+/),
);

/** Content words of a text, normalised like titles; short words and stopwords dropped. */
export function contentWords(text: string): string[] {
  return normalizeTitle(text)
    .split(' ')
    .filter((w) => w.length > 2 && !STOPWORDS.has(w) && !/^\d+$/.test(w));
}

function initials(author: Author): string {
  const given = author.given
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((part) => `${part[0]}.`)
    .join(' ');
  return given ? `${given} ${author.family}` : author.family;
}

const formsOf = new WeakMap<Paper, Map<string, string>>();

/**
 * How a paper writes its content words that have capitals inside ("FP8", "DFT", "ImageNet");
 * other words show lower-case.
 */
function displayForms(paper: Paper): Map<string, string> {
  const known = formsOf.get(paper);
  if (known) return known;
  const forms = new Map<string, string>();
  formsOf.set(paper, forms);
  for (const [token] of `${paper.title} ${paper.abstract}`.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = normalizeTitle(token);
    if ((token.match(/\p{Lu}/gu)?.length ?? 0) >= 2 && !forms.has(word)) forms.set(word, token);
  }
  return forms;
}

/** "graphs" and "graph", "properties" and "property" say the same. */
function singular(word: string): string {
  return word.replace(/ies$/, 'y').replace(/([^s])s$/, '$1');
}

/** The two words that most relate two papers, as the papers write them, no word twice. */
function topicWords(shared: readonly [string, number][], ...papers: Paper[]): string[] {
  const forms = papers.map(displayForms);
  const picked: string[] = [];
  for (const [word] of shared) {
    if (picked.some((p) => singular(p) === singular(word))) continue;
    picked.push(word);
    if (picked.length === 2) break;
  }
  return picked.map((word) => forms.map((f) => f.get(word)).find(Boolean) ?? word);
}

type Vector = Map<string, number>;

function tfidfVectors(papers: readonly Paper[]): Map<string, Vector> {
  const docs = papers.map((p) => {
    // Title words count double: they say what the paper is about.
    const words = [...contentWords(p.title), ...contentWords(p.title), ...contentWords(p.abstract)];
    const tf = new Map<string, number>();
    for (const w of words) tf.set(w, (tf.get(w) ?? 0) + 1);
    return [p.id, tf] as const;
  });
  const df = new Map<string, number>();
  for (const [, tf] of docs) for (const w of tf.keys()) df.set(w, (df.get(w) ?? 0) + 1);
  const vectors = new Map<string, Vector>();
  for (const [id, tf] of docs) {
    const v: Vector = new Map();
    let norm = 0;
    for (const [w, n] of tf) {
      // Words in one paper only cannot relate two papers; words in most papers relate all.
      const d = df.get(w) ?? 1;
      if (d < 2) continue;
      const weight = (1 + Math.log(n)) * Math.log(papers.length / d);
      if (weight <= 0) continue;
      v.set(w, weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [w, weight] of v) v.set(w, weight / norm);
    vectors.set(id, v);
  }
  return vectors;
}

function cosine(a: Vector, b: Vector): { score: number; shared: [string, number][] } {
  let score = 0;
  const shared: [string, number][] = [];
  for (const [w, x] of a) {
    const y = b.get(w);
    if (y === undefined) continue;
    score += x * y;
    shared.push([w, x * y]);
  }
  shared.sort((p, q) => q[1] - p[1]);
  return { score, shared };
}

/**
 * For every paper, its `count` most related papers of the group, best first.
 *
 * @example
 * relatedPapers(list.papers, list.topics).get('u-mup')?.map((r) => r.id)
 * // → ['unit-scaling', 'scalify', …]
 */
export function relatedPapers(
  papers: readonly Paper[],
  topics: readonly Topic[],
  count = 5,
  /** Only these papers' related work (all by default). */
  forIds?: readonly string[],
): Map<string, RelatedPaper[]> {
  const wanted = forIds ? new Set(forIds) : undefined;
  const topicName = new Map(topics.map((t) => [t.id, t.name]));
  const vectors = tfidfVectors(papers);
  const result = new Map<string, RelatedPaper[]>();
  for (const paper of papers) {
    if (wanted && !wanted.has(paper.id)) continue;
    const people = new Map(paper.authors.map((a) => [a.person, a]));
    const scored: RelatedPaper[] = [];
    for (const other of papers) {
      if (other.id === paper.id) continue;
      const reasons: string[] = [];
      let score = 0;
      if (other.topic === paper.topic) {
        score += WEIGHTS.topic;
        reasons.push(`same topic: ${topicName.get(paper.topic) ?? paper.topic}`);
      }
      const sharedAuthors = other.authors.filter((a) => people.has(a.person));
      if (sharedAuthors.length > 0) {
        score += WEIGHTS.author * Math.min(sharedAuthors.length, WEIGHTS.maxAuthors);
        const names = sharedAuthors.slice(0, 2).map(initials);
        const more = sharedAuthors.length > 2 ? ` +${sharedAuthors.length - 2}` : '';
        reasons.push(`shared authors: ${names.join(', ')}${more}`);
      }
      const text = cosine(vectors.get(paper.id) ?? new Map(), vectors.get(other.id) ?? new Map());
      score += WEIGHTS.text * text.score;
      if (text.shared.length > 0 && text.score > 0.05) {
        reasons.push(`also about ${topicWords(text.shared, paper, other).join(', ')}`);
      }
      if (score > 0)
        scored.push({
          id: other.id,
          reason: reasons.join('; '),
          score: Math.round(score * 1000) / 1000,
        });
    }
    scored.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
    result.set(paper.id, scored.slice(0, count));
  }
  return result;
}
