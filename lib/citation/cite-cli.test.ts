import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { realIndex } from './test-fixtures';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function cite(...args: string[]) {
  const result = spawnSync('node_modules/.bin/tsx', ['scripts/cite.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('scripts/cite.ts', () => {
  it('prints the chosen papers in the chosen format', () => {
    const { status, stdout } = cite('--format', 'bibtex', 'unit-scaling', 'small-batch-training');
    expect(status).toBe(0);
    expect(stdout).toMatch(
      /^@inproceedings\{blake2023unit,\n[\s\S]*\n}\n\n@misc\{masters2018revisiting,/,
    );
  });

  it('prints CSL-JSON of the whole index as one array', () => {
    const { status, stdout } = cite('--format=csl-json');
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toHaveLength(realIndex().papers.length);
  });

  it('prints the in-text forms of several papers as one citation', () => {
    expect(cite('--format', 'citep', 'unit-scaling', 'u-mup').stdout).toBe(
      '\\citep{blake2023unit,blake2024umup}\n',
    );
    expect(cite('--format', 'cite-key', 'u-mup').stdout).toBe('blake2024umup\n');
    expect(cite('--format', 'in-text', 'sparq-attention', 'unit-scaling').stdout).toBe(
      '(Blake et al., 2023; Ribar et al., 2024)\n',
    );
    expect(cite('--help').stderr).toMatch(/cite, citep, citet, cite-key, in-text \(the last five/);
  });

  it('rejects an unknown format or id with one line and status 2', () => {
    const format = cite('--format', 'turabian');
    expect(format.status).toBe(2);
    expect(format.stderr).toMatch(
      /^cite: unknown format "turabian"; choose one of: bibtex, biblatex, apa, .*markdown, cite, citep, citet, cite-key, in-text\n$/,
    );
    const id = cite('--format', 'apa', 'no-such-paper');
    expect(id.status).toBe(2);
    expect(id.stderr).toMatch(
      /^cite: unknown paper id "no-such-paper"; valid ids: p3109-arithmetic-formats, .*small-batch-training\n$/,
    );
  });
}, 60_000);
