/**
 * Prints citations of papers in the index.
 *
 *   npx tsx scripts/cite.ts --format <format> [--html] [paper-id …]
 *
 * Without ids it prints the whole index. Entries are separated by a blank line; CSL-JSON is
 * printed as one array. `--html` prints the HTML of the CSL styles instead of their text.
 * The in-text forms (`cite`, `citep`, `citet`, `cite-key`, `in-text`) print one citation of
 * all the papers, as the popup's copy does: `\citep{a,b}`, "(Blake et al., 2023; …)".
 * An unknown format, id or option prints one error line and exits with status 2.
 */
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import {
  COPY_FORMATS,
  DEFAULT_CITATION_FORMAT,
  citationKeys,
  formatCitation,
  isCopyFormat,
  isInTextFormat,
  joinInText,
  type CopyFormat,
} from '../lib/citation/index';
import { PaperListSchema, type Paper } from '../lib/papers/model';

const USAGE = 'usage: cite [--format <format>] [--html] [paper-id …]';

interface Options {
  format: CopyFormat;
  html: boolean;
  ids: string[];
}

class UsageError extends Error {}

function parseArgs(args: readonly string[]): Options {
  const options: Options = { format: DEFAULT_CITATION_FORMAT, html: false, ids: [] };
  const formats = COPY_FORMATS.map((format) => format.id).join(', ');
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] ?? '';
    if (arg === '--html') {
      options.html = true;
    } else if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg === '--format' ? args[++index] : arg.slice('--format='.length);
      if (value === undefined) throw new UsageError(`--format needs a value, one of: ${formats}`);
      if (!isCopyFormat(value)) {
        throw new UsageError(`unknown format "${value}"; choose one of: ${formats}`);
      }
      options.format = value;
    } else if (arg === '--help' || arg === '-h') {
      throw new UsageError(
        `${USAGE}; formats: ${formats} (the last five are in-text forms: \\cite{key}, \\citep{key}, \\citet{key}, the key, and APA's "(Author et al., year)", one for all the papers)`,
      );
    } else if (arg.startsWith('-')) {
      throw new UsageError(`unknown option "${arg}"; ${USAGE}`);
    } else {
      options.ids.push(arg);
    }
  }
  return options;
}

function selectPapers(papers: readonly Paper[], ids: readonly string[]): Paper[] {
  if (ids.length === 0) return [...papers];
  const byId = new Map(papers.map((paper) => [paper.id, paper]));
  return ids.map((id) => {
    const paper = byId.get(id);
    if (!paper) {
      const valid = papers.map((candidate) => candidate.id).join(', ');
      throw new UsageError(`unknown paper id "${id}"; valid ids: ${valid}`);
    }
    return paper;
  });
}

function render(papers: readonly Paper[], all: readonly Paper[], options: Options): string {
  const keys = citationKeys(all);
  const cite = (paper: Paper, format: CopyFormat) => {
    const key = keys.get(paper.id);
    return formatCitation(paper, format, key === undefined ? {} : { key });
  };
  if (isInTextFormat(options.format)) {
    const parts = papers.map((paper) => ({
      key: cite(paper, 'cite-key').text,
      inText: cite(paper, 'in-text').text,
    }));
    return joinInText(options.format, parts);
  }
  const citations = papers.map((paper) => cite(paper, options.format));
  if (options.format === 'csl-json') {
    const items: unknown[] = citations.flatMap(
      (citation) => JSON.parse(citation.text) as unknown[],
    );
    return JSON.stringify(items, null, 2);
  }
  return citations
    .map((citation) =>
      options.html && citation.html !== undefined ? citation.html : citation.text,
    )
    .join('\n\n');
}

function main(): void {
  try {
    const options = parseArgs(process.argv.slice(2));
    const path = new URL('../data/papers.json', import.meta.url);
    const list = v.parse(PaperListSchema, JSON.parse(readFileSync(path, 'utf8')));
    console.log(render(selectPapers(list.papers, options.ids), list.papers, options));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`cite: ${error.message}`);
    process.exitCode = 2;
  }
}

main();
