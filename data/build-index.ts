/**
 * Validates the hand-maintained `data/papers.json` and writes what the entrypoints load into
 * `data/generated/`. Run by `npm run data` (and so by every build); `data/build-index.test.ts`
 * fails when the committed output is stale.
 *
 * @module
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { buildDetectionIndex } from '../lib/matching/detection-index';
import { PaperListSchema, type PaperList } from '../lib/papers/model';
import { checkPaperList, missingShippingFields, unresolvedProblems } from '../lib/papers/check';
import { renderCitations } from '../lib/citation';
import { relatedPapers } from '../lib/search/related';
import {
  buildRelatedModel,
  termFrequencies,
  type FieldFrequencies,
  type RelatedModel,
} from '../lib/related/model';

const here = dirname(fileURLToPath(import.meta.url));
export const SOURCE_FILE = join(here, 'papers.json');
export const GENERATED_DIR = join(here, 'generated');

/** Parses the source against the schema, with messages that name the paper and field at fault. */
export function parsePaperList(text: string): PaperList {
  const result = v.safeParse(PaperListSchema, JSON.parse(text));
  if (!result.success) {
    const problems = result.issues.map(
      (issue) => `${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`,
    );
    throw new Error(
      `data/papers.json does not match the paper schema:\n  ${problems.join('\n  ')}`,
    );
  }
  return result.output;
}

/**
 * Parses and checks the source: to ship, it must be consistent and hold no question an import
 * left unresolved.
 */
export function loadPaperList(text: string): PaperList {
  const list = parsePaperList(text);
  const problems = checkPaperList(list);
  if (problems.length > 0)
    throw new Error(`data/papers.json is inconsistent:\n  ${problems.join('\n  ')}`);
  const missing = missingShippingFields(list);
  if (missing.length > 0)
    throw new Error(`data/papers.json lacks what citations need:\n  ${missing.join('\n  ')}`);
  const unresolved = unresolvedProblems(list);
  if (unresolved.length > 0)
    throw new Error(
      `data/papers.json has questions an import left open (settle each, then remove it):\n  ${unresolved.join('\n  ')}`,
    );
  return list;
}

/**
 * The model the popup scores other papers with: the papers' key phrases and their spellings
 * (`phrase-variants.json`), terms weighted by the field's frequencies (`field-frequencies.json`).
 */
export function relatedModelOf(list: PaperList): RelatedModel {
  const read = (name: string): unknown => JSON.parse(readFileSync(join(here, name), 'utf8'));
  const { $comment: _, ...variants } = read('phrase-variants.json') as Record<string, string[]>;
  const field = termFrequencies(read('field-frequencies.json') as FieldFrequencies);
  const sources = list.papers.map(({ id, title, abstract, keyPhrases }) => ({
    id,
    title,
    abstract,
    keyPhrases: keyPhrases ?? [],
  }));
  return buildRelatedModel(sources, field, variants);
}

/**
 * Every generated file, by name, as the text it must contain. The benchmark limits related work
 * and citations to some papers (`only`), as doing all of a 10,000-paper list takes minutes.
 */
export function generatedFiles(
  list: PaperList,
  options: { only?: readonly string[] } = {},
): Record<string, string> {
  const related = relatedPapers(list.papers, list.topics, 5, options.only);
  const cited = options.only
    ? { ...list, papers: list.papers.filter((p) => options.only?.includes(p.id)) }
    : list;
  return {
    'citations.json': `${JSON.stringify(renderCitations(cited), null, 1)}\n`,
    'detection-index.json': `${JSON.stringify(buildDetectionIndex(list.papers))}\n`,
    'related.json': `${JSON.stringify(Object.fromEntries(related), null, 1)}\n`,
    'related-model.json': `${JSON.stringify(relatedModelOf(list))}\n`,
  };
}

function main(): void {
  const list = loadPaperList(readFileSync(SOURCE_FILE, 'utf8'));
  mkdirSync(GENERATED_DIR, { recursive: true });
  for (const [name, text] of Object.entries(generatedFiles(list))) {
    writeFileSync(join(GENERATED_DIR, name), text);
  }
  console.log(
    `data: ${list.papers.length} papers → ${Object.keys(generatedFiles(list)).join(', ')}`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
