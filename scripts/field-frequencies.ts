/**
 * Counts, in a corpus of paper titles and abstracts, how many documents contain each word and
 * each two-word phrase, and writes the table that tells field-common terms ("model",
 * "language", "benchmark") from specific ones ("fp8", "density functional").
 *
 *   npx tsx scripts/field-frequencies.ts --source "<where the corpus is from>" \
 *     [--out data/field-frequencies.json] [--min-word-df 3] [--min-bigram-df 5] <file …>
 *
 * Each file is JSON Lines (one paper a line) or a JSON array of papers, or an object whose
 * `papers` is one. A paper needs `title` and `abstract` (or `summary`, as arXiv's API names
 * it); `id` or `arxiv_id` (version suffix ignored) counts a paper once however many files or
 * listings hold it, and papers without one are told apart by their normalised title.
 *
 * Text is normalised by the extension's own `normalizeTitle`, so the words here are spelled as
 * the extension spells them. A document is its title and its abstract: its words are the
 * words of both, its bigrams the adjacent word pairs within the title and within the abstract
 * (none across the two). Nothing is dropped before counting; the thresholds only decide what
 * is written. The output has sorted keys and no indentation, for stable diffs.
 *
 * A usage error prints one line and exits with status 2.
 *
 * @module
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { normalizeTitle } from '../lib/matching/normalize-title';

const USAGE =
  'usage: field-frequencies --source <text> [--out <file>] [--min-word-df <n>] [--min-bigram-df <n>] <file …>';

interface Options {
  source: string;
  out: string;
  minWordDf: number;
  minBigramDf: number;
  files: string[];
}

class UsageError extends Error {}

function parseArgs(args: readonly string[]): Options {
  let source: string | undefined;
  const options: Omit<Options, 'source'> = {
    out: 'data/field-frequencies.json',
    minWordDf: 3,
    minBigramDf: 5,
    files: [],
  };
  const count = (flag: string, value: string | undefined): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new UsageError(`${flag} needs a whole number ≥ 1`);
    return n;
  };
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] ?? '';
    if (!arg.startsWith('--')) {
      options.files.push(arg);
      continue;
    }
    const value = args[++index];
    if (value === undefined) throw new UsageError(`${arg} needs a value`);
    if (arg === '--source') source = value;
    else if (arg === '--out') options.out = value;
    else if (arg === '--min-word-df') options.minWordDf = count(arg, value);
    else if (arg === '--min-bigram-df') options.minBigramDf = count(arg, value);
    else throw new UsageError(`unknown option ${arg}`);
  }
  if (!source?.trim()) throw new UsageError('--source is required: say where the corpus is from');
  if (options.files.length === 0) throw new UsageError('no corpus files given');
  return { ...options, source: source.trim() };
}

interface Paper {
  key: string;
  title: string;
  abstract: string;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** The paper in one record, or undefined when it lacks a title or an abstract. */
function paperOf(record: unknown): Paper | undefined {
  if (typeof record !== 'object' || record === null) return undefined;
  const fields = record as Record<string, unknown>;
  const title = text(fields['title']);
  const abstract = text(fields['abstract']) || text(fields['summary']);
  if (!title.trim() || !abstract.trim()) return undefined;
  const id = (text(fields['arxiv_id']) || text(fields['id'])).trim().replace(/v\d+$/, '');
  return { key: id ? `id:${id}` : `title:${normalizeTitle(title)}`, title, abstract };
}

/** The records of one corpus file: JSON Lines, a JSON array, or `{ papers: [...] }`. */
function recordsOf(file: string): unknown[] {
  const content = readFileSync(file, 'utf8').trim();
  if (content.startsWith('[') || (content.startsWith('{') && !content.includes('\n{'))) {
    const parsed: unknown = JSON.parse(content);
    if (Array.isArray(parsed)) return parsed;
    const papers = (parsed as Record<string, unknown>)['papers'];
    return Array.isArray(papers) ? papers : [parsed];
  }
  return content
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as unknown);
}

function words(value: string): string[] {
  const normalised = normalizeTitle(value);
  return normalised ? normalised.split(' ') : [];
}

function increment(counts: Map<string, number>, terms: Iterable<string>): void {
  for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
}

/** `{"a":1,"b":2}` with keys in code-unit order (a plain object would put "2024" first). */
function sortedObject(counts: Map<string, number>, minimum: number): string {
  const kept = [...counts].filter(([, df]) => df >= minimum);
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${kept.map(([term, df]) => `${JSON.stringify(term)}:${df}`).join(',')}}`;
}

function main(args: readonly string[]): void {
  const options = parseArgs(args);
  const seen = new Set<string>();
  const wordDf = new Map<string, number>();
  const bigramDf = new Map<string, number>();
  let incomplete = 0;
  let duplicates = 0;
  for (const file of options.files) {
    for (const record of recordsOf(file)) {
      const paper = paperOf(record);
      if (!paper) {
        incomplete++;
        continue;
      }
      if (seen.has(paper.key)) {
        duplicates++;
        continue;
      }
      seen.add(paper.key);
      const parts = [words(paper.title), words(paper.abstract)];
      const bigrams = new Set<string>();
      for (const part of parts) {
        for (let index = 1; index < part.length; index++) {
          bigrams.add(`${part[index - 1]} ${part[index]}`);
        }
      }
      increment(wordDf, new Set(parts.flat()));
      increment(bigramDf, bigrams);
    }
  }
  const documents = seen.size;
  const json =
    `{"source":${JSON.stringify(options.source)},"documents":${documents},` +
    `"words":${sortedObject(wordDf, options.minWordDf)},` +
    `"bigrams":${sortedObject(bigramDf, options.minBigramDf)}}\n`;
  writeFileSync(options.out, json);
  const kept = (counts: Map<string, number>, minimum: number): number =>
    [...counts.values()].filter((df) => df >= minimum).length;
  console.error(
    `${documents} documents (${duplicates} duplicates and ${incomplete} without title or abstract skipped); ` +
      `words ${kept(wordDf, options.minWordDf)} of ${wordDf.size} kept (df ≥ ${options.minWordDf}), ` +
      `bigrams ${kept(bigramDf, options.minBigramDf)} of ${bigramDf.size} kept (df ≥ ${options.minBigramDf}); ` +
      `${options.out}: ${Buffer.byteLength(json)} bytes`,
  );
}

try {
  main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(`field-frequencies: ${error.message}\n${USAGE}`);
  process.exit(2);
}
