import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exampleIndex } from '../lib/papers/__fixtures__/index';
import { parsePaperList } from './build-index';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const FIXTURES = join(ROOT, 'lib/papers/__fixtures__');

let dir: string;
let index: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'import-list-'));
  index = join(dir, 'papers.json');
  writeFileSync(index, `${JSON.stringify(exampleIndex(), null, 2)}\n`);
});
afterEach(() => rmSync(dir, { recursive: true }));

function importFile(...args: string[]) {
  const result = spawnSync(
    'node_modules/.bin/tsx',
    ['data/import-list.ts', '--index', index, ...args],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run data:import', () => {
  it('merges the list into the index, writes it formatted, and prints the summary', () => {
    const { status, stdout } = importFile(join(FIXTURES, 'list-2024.yaml'));
    expect(status).toBe(0);
    expect(stdout.split('\n').slice(0, 4)).toEqual([
      'Imported list-2024.yaml, read as group YAML (papers by topic): 7 entries.',
      '',
      '1 new paper:',
      expect.stringMatching(/^ {2}bundle-adjustment: "Bundle Adjustment on a Graph Processor"/),
    ]);
    const text = readFileSync(index, 'utf8');
    expect(parsePaperList(text).papers.map((p) => p.id)).toContain('bundle-adjustment');
    // Written as Prettier writes it: short arrays on one line.
    expect(text).toContain('"codeUrls": []');
  });

  it('passes --topic on: a renamed area keeps its topic id', () => {
    expect(importFile(join(FIXTURES, 'list-2024.yaml')).status).toBe(0);
    const { status, stdout } = importFile(
      join(FIXTURES, 'list-2026.yml'),
      '--topic',
      'gnns=graph-neural-networks',
    );
    expect(status).toBe(0);
    expect(stdout).toContain(
      'topic graph-neural-networks renamed "Graph Neural Networks" → "Graph Learning"',
    );
  });

  it('starts a new index for another group from its list', () => {
    const { status } = importFile(
      join(FIXTURES, 'list-2026.yml'),
      '--group',
      'Other Lab',
      'https://other.example/',
    );
    expect(status).toBe(0);
    const list = parsePaperList(readFileSync(index, 'utf8'));
    expect(list.group).toEqual({ name: 'Other Lab', url: 'https://other.example/' });
    expect(list.topics.map((t) => t.id)).toEqual(['low-precision', 'graph-learning', 'general-ml']);
    // Without an index to know it, GPS++'s technical report is a paper of its own, and a question.
    expect(list.papers).toHaveLength(9);
    expect(list.papers.find((p) => p.id === 'gps-2022')?.unresolved).toContain(
      'title: may be a version of gps (same name before the colon, same first author): if so, merge the two (arXiv ids, the other title as an alternative title) and keep one',
    );
  });

  it('leaves the index untouched when the list has problems, one line each', () => {
    const broken = join(dir, 'broken.yml');
    writeFileSync(
      broken,
      readFileSync(join(FIXTURES, 'list-2026.yml'), 'utf8')
        .replace('authors: "Sohir Maskey, Douglas Orr"', 'authors: ""')
        .replace('url: https://arxiv.org/abs/2407.17465', 'url: https://arxiv.org/list/new'),
    );
    const before = readFileSync(index);
    const { status, stderr } = importFile(broken);
    expect(status).toBe(1);
    expect(stderr.trimEnd().split('\n')).toEqual([
      `data:import: ${broken}: 2 problems; papers.json is unchanged:`,
      '  entry "1-Bit Wonder: Improving QAT Performance in the Low-Bit Regime through K-Means Quantization" (2026 conference, #1): has no authors',
      '  entry "u-µP: The Unit-Scaled Maximal Update Parametrization" (2025 conference, #1): url "https://arxiv.org/list/new" is neither an arXiv abstract (https://arxiv.org/abs/<id>) nor an OpenReview paper',
    ]);
    expect(readFileSync(index)).toEqual(before);
  });

  it('refuses a file that is not UTF-8', () => {
    const latin1 = join(dir, 'latin1.txt');
    writeFileSync(latin1, Buffer.from('Our Papers\n\nKl\xe4ser\n', 'latin1'));
    const { status, stderr } = importFile(latin1);
    expect(status).toBe(1);
    expect(stderr).toContain('the file is not UTF-8 text: save it as UTF-8 and import it again');
  });

  it('says how to call it when the command line is wrong', () => {
    const { status, stderr } = importFile(join(dir, 'list.pdf'));
    expect(status).toBe(2);
    expect(stderr).toMatch(
      /^data:import: cannot tell what ".*list\.pdf" is from its name; usage: /,
    );
  });
}, 60_000);
