/**
 * Imports a group's own paper list into `data/papers.json`:
 *
 *   npm run data:import -- <file> [--topic <area>=<topic-id> …] [--group <name> <url>] [--index <papers.json>]
 *
 * `<file>` is the group's website data file (`.yml`/`.yaml`), the text of its "Our Papers" page
 * (`.txt`, like `group-list.txt`) or a BibTeX file (`.bib`). `--topic gnns=graph-neural-networks`
 * says that the list's area `gnns` is the index's topic `graph-neural-networks` renamed, so
 * that it keeps its id. `--group "Other Lab" https://other.example/` starts a new index for
 * another group from its list instead of importing into the current one. Prints what changed and what needs a human; the questions are also
 * written to the papers' `unresolved` lines, and `npm run data` refuses the index until they
 * are settled. Problems with the file (one line each) leave `data/papers.json` untouched and
 * exit with status 1; a wrong command line exits with status 2.
 *
 * @module
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import * as prettier from 'prettier';
import * as v from 'valibot';
import { checkPaperList } from '../lib/papers/check';
import { importList } from '../lib/papers/import';
import { readBibtex } from '../lib/papers/import-bibtex';
import { readGroupPage } from '../lib/papers/import-page';
import { formatImportReport } from '../lib/papers/import-report';
import { decodeSource, type Reading } from '../lib/papers/import-source';
import { readGroupYaml } from '../lib/papers/import-yaml';
import { PaperListSchema, type PaperList } from '../lib/papers/model';
import { SOURCE_FILE, parsePaperList } from './build-index';

const USAGE =
  'usage: npm run data:import -- <file.yml|file.txt|file.bib> [--topic <area>=<topic-id> …] [--group <name> <url>] [--index <papers.json>]';

const READERS: Record<string, (text: string) => Reading> = {
  '.yml': readGroupYaml,
  '.yaml': readGroupYaml,
  '.txt': readGroupPage,
  '.bib': readBibtex,
};

class UsageError extends Error {}

interface Options {
  file: string;
  index: string;
  topicOf: Record<string, string>;
  /** A new group, whose index starts empty. */
  group?: PaperList['group'];
}

function parseArgs(args: readonly string[]): Options {
  const topicOf: Record<string, string> = {};
  const files: string[] = [];
  let index = SOURCE_FILE;
  let group: PaperList['group'] | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--topic') {
      const [area, topic] = (args[++i] ?? '').split('=');
      if (!area || !topic) throw new UsageError(`--topic needs <area>=<topic-id>; ${USAGE}`);
      topicOf[area] = topic;
    } else if (arg === '--group') {
      const [name, url] = [args[++i], args[++i]];
      if (!name || !url?.startsWith('https://'))
        throw new UsageError(`--group needs a name and an https address; ${USAGE}`);
      group = { name, url };
    } else if (arg === '--index') {
      const value = args[++i];
      if (!value) throw new UsageError(`--index needs a file; ${USAGE}`);
      index = value;
    } else if (arg.startsWith('-')) {
      throw new UsageError(`unknown option "${arg}"; ${USAGE}`);
    } else files.push(arg);
  }
  const [file] = files;
  if (files.length !== 1 || !file) throw new UsageError(USAGE);
  if (!READERS[extname(file).toLowerCase()])
    throw new UsageError(`cannot tell what "${file}" is from its name; ${USAGE}`);
  return group ? { file, index, topicOf, group } : { file, index, topicOf };
}

/** The problems that stop the import, or the report once the index is written. */
async function run(options: Options): Promise<{ problems: string[] } | { report: string }> {
  const read = READERS[extname(options.file).toLowerCase()] as (text: string) => Reading;
  let text: string;
  try {
    text = decodeSource(readFileSync(options.file));
  } catch (error) {
    return { problems: [(error as Error).message] };
  }
  const index = options.group
    ? { group: options.group, topics: [], papers: [] }
    : parsePaperList(readFileSync(options.index, 'utf8'));
  const inconsistent = checkPaperList(index);
  if (inconsistent.length > 0) return { problems: inconsistent.map((p) => `the index: ${p}`) };
  const result = importList(index, read(text), {
    source: basename(options.file),
    topicOf: options.topicOf,
  });
  if (result.problems.length > 0 || !result.list) return { problems: result.problems };
  // The merge keeps the schema and the consistency rules; checked again before writing.
  const list = v.parse(PaperListSchema, result.list);
  const problems = checkPaperList(list);
  if (problems.length > 0) return { problems: problems.map((p) => `the merged index: ${p}`) };
  // The project's style, wherever the index is written.
  const config = await prettier.resolveConfig(SOURCE_FILE);
  const json = await prettier.format(JSON.stringify(list, null, 2), {
    ...config,
    filepath: options.index,
  });
  writeFileSync(options.index, json);
  return { report: formatImportReport(result.report) };
}

async function main(): Promise<void> {
  try {
    const options = parseArgs(process.argv.slice(2));
    const outcome = await run(options);
    if ('report' in outcome) {
      console.log(outcome.report);
      return;
    }
    console.error(
      `data:import: ${options.file}: ${outcome.problems.length} problem${outcome.problems.length === 1 ? '' : 's'}; ${basename(options.index)} is unchanged:`,
    );
    for (const problem of outcome.problems) console.error(`  ${problem}`);
    process.exitCode = 1;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`data:import: ${error.message}`);
    process.exitCode = 2;
  }
}

await main();
