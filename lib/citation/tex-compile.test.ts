/**
 * Compiles the whole index's .bib with real TeX: BibTeX (plain.bst) through pdflatex, and
 * BibLaTeX through Biber, and fails on any error, any warning in the .blg logs, any LaTeX
 * warning and any undefined citation. Needs pdflatex, bibtex and biber: `scripts/ensure-tex.sh`
 * installs them.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bibFile, citationKeys } from './index';
import { realIndex } from './test-fixtures';

const TOOLS = ['pdflatex', 'bibtex', 'biber'] as const;
const missingTools = TOOLS.filter((tool) => spawnSync(tool, ['--version']).error !== undefined);

interface TexReport {
  errors: string[];
  warnings: string[];
  undefinedCitations: string[];
}

type Backend = 'bibtex' | 'biber';

const workDirs: string[] = [];
afterAll(() => workDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function texDocument(backend: Backend, keys: readonly string[]): string {
  const preamble =
    backend === 'biber'
      ? ['\\usepackage[backend=biber]{biblatex}', '\\addbibresource{refs.bib}']
      : [];
  const bibliography =
    backend === 'biber'
      ? ['\\printbibliography']
      : ['\\bibliographystyle{plain}', '\\bibliography{refs}'];
  return [
    '\\documentclass{article}',
    ...preamble,
    '\\begin{document}',
    `\\cite{${keys.join(',')}}`,
    ...bibliography,
    '\\end{document}',
    '',
  ].join('\n');
}

/** Runs a tool in `dir`; a non-zero exit becomes an error line. */
function run(dir: string, tool: string, args: string[], report: TexReport): void {
  const result = spawnSync(tool, args, { cwd: dir, encoding: 'utf8', timeout: 60_000 });
  if (result.status !== 0) {
    report.errors.push(`${tool} exited with ${result.status ?? result.signal}`);
  }
}

function read(dir: string, file: string): string {
  try {
    return readFileSync(join(dir, file), 'utf8');
  } catch {
    return '';
  }
}

/** Problems in BibTeX's or Biber's .blg. */
function readBlg(blg: string, report: TexReport): void {
  for (const line of blg.split('\n')) {
    if (/^Warning--|\bWARN - /.test(line)) report.warnings.push(line);
    if (
      /\bERROR - |---line \d+ of file|^I (was expecting|couldn't|found no)|error message/.test(line)
    ) {
      report.errors.push(line);
    }
  }
}

/** Problems in the final LaTeX run's .log. */
function readLog(log: string, report: TexReport): void {
  for (const line of log.split('\n')) {
    if (/^! /.test(line)) report.errors.push(line);
    if (/^(LaTeX|Package \S+|Class \S+) Warning|^Missing character/.test(line)) {
      report.warnings.push(line);
    }
    const undefinedCitation = /Citation [`']([^']+)' .*undefined/.exec(line);
    if (undefinedCitation?.[1]) report.undefinedCitations.push(undefinedCitation[1]);
  }
}

interface Compiled {
  report: TexReport;
  /** The bibliography BibTeX or Biber wrote, to check that every entry got into it. */
  bbl: string;
}

/** Typesets a document citing `keys` from `bib` and collects every problem reported. */
function compile(bib: string, keys: readonly string[], backend: Backend): Compiled {
  const dir = mkdtempSync(join(tmpdir(), `citation-${backend}-`));
  workDirs.push(dir);
  writeFileSync(join(dir, 'refs.bib'), bib);
  writeFileSync(join(dir, 'doc.tex'), texDocument(backend, keys));
  const report: TexReport = { errors: [], warnings: [], undefinedCitations: [] };
  const latex = ['-interaction=nonstopmode', '-halt-on-error', '-no-shell-escape', 'doc'];
  const scratch: TexReport = { errors: [], warnings: [], undefinedCitations: [] };
  run(dir, 'pdflatex', latex, scratch);
  run(dir, backend, ['doc'], report);
  run(dir, 'pdflatex', latex, scratch);
  run(dir, 'pdflatex', latex, report);
  readBlg(read(dir, 'doc.blg'), report);
  readLog(read(dir, 'doc.log'), report);
  report.errors.push(...scratch.errors);
  return { report, bbl: read(dir, 'doc.bbl') };
}

/** Keys of the entries in a .bbl: `\bibitem{key}` (BibTeX) or `\entry{key}` (Biber). */
function bblKeys(bbl: string): string[] {
  return [...bbl.matchAll(/\\(?:bibitem|entry)\{([^}]+)\}/g)].flatMap((match) => match[1] ?? []);
}

const CLEAN: TexReport = { errors: [], warnings: [], undefinedCitations: [] };

describe.skipIf(process.env.CITATION_SKIP_TEX === '1')('the index compiles with real TeX', () => {
  it('has pdflatex, bibtex and biber (run scripts/ensure-tex.sh)', () => {
    expect(missingTools).toEqual([]);
  });

  const list = realIndex();
  const keys = [...citationKeys(list.papers).values()];

  it.runIf(missingTools.length === 0)(
    'BibTeX flavour with plain.bst: no errors, no warnings, every citation defined',
    () => {
      expect(keys).toHaveLength(list.papers.length);
      const { report, bbl } = compile(bibFile(list, 'bibtex'), keys, 'bibtex');
      expect(report).toEqual(CLEAN);
      expect(bblKeys(bbl).sort()).toEqual([...keys].sort());
    },
    120_000,
  );

  it.runIf(missingTools.length === 0)(
    'BibLaTeX flavour with Biber: no errors, no warnings, every citation defined',
    () => {
      const { report, bbl } = compile(bibFile(list, 'biblatex'), keys, 'biber');
      expect(report).toEqual(CLEAN);
      expect(bblKeys(bbl).sort()).toEqual([...keys].sort());
    },
    120_000,
  );

  it.runIf(missingTools.length === 0)(
    'BibTeX flavour read by Biber too: no errors, no warnings',
    () => {
      const { report, bbl } = compile(bibFile(list, 'bibtex'), keys, 'biber');
      expect(report).toEqual(CLEAN);
      expect(bblKeys(bbl).sort()).toEqual([...keys].sort());
    },
    120_000,
  );

  it.runIf(missingTools.length === 0)(
    'catches a broken entry: unescaped &, a missing journal and an undefined key',
    () => {
      const broken = `@article{broken2024entry,
  title = {Fast & Cheap Training},
  author = {Doe, Jane},
  year = {2024}
}
`;
      const citing = ['broken2024entry', 'missing2024key'];
      for (const backend of ['bibtex', 'biber'] as const) {
        const { report } = compile(broken, citing, backend);
        expect(report, backend).not.toEqual(CLEAN);
        expect(report.errors.join('\n'), backend).toMatch(/Misplaced alignment tab character &/);
        expect(report.undefinedCitations, backend).toContain('missing2024key');
      }
      expect(compile(broken, ['broken2024entry'], 'bibtex').report.warnings).toContain(
        'Warning--empty journal in broken2024entry',
      );
    },
    120_000,
  );
});
