import { mkdtempSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { syntheticPaperList } from '../../tests/bench/synthetic';
import { BUNDLED_LIST_LIMIT, bundledPaperList } from '../bundled-paper-list';

/** The code the plugin gives `virtual:bundled-paper-list` in the project at `root`. */
async function moduleCode(root: string): Promise<string> {
  const plugin = bundledPaperList(root);
  const id = (plugin.resolveId as (source: string) => string)('virtual:bundled-paper-list');
  const load = plugin.load as (this: unknown, id: string) => Promise<string>;
  return load.call({ resolve: () => Promise.resolve(null) }, id);
}

describe('virtual:bundled-paper-list', () => {
  const root = mkdtempSync(join(tmpdir(), 'bundled-paper-list-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("is the group's list itself", async () => {
    expect(statSync('data/papers.json').size).toBeLessThanOrEqual(BUNDLED_LIST_LIMIT);
    expect(await moduleCode(resolve('.'))).toBe(
      `export { paperList as bundledPaperList } from ${JSON.stringify(resolve('data/index.ts'))};`,
    );
  });

  it('is nothing for a list over the limit, which the popup loads apart', async () => {
    mkdirSync(join(root, 'data'));
    writeFileSync(join(root, 'data/papers.json'), JSON.stringify(syntheticPaperList(1000)));
    expect(statSync(join(root, 'data/papers.json')).size).toBeGreaterThan(BUNDLED_LIST_LIMIT);
    expect(await moduleCode(root)).toBe('export const bundledPaperList = undefined;');
  });
});
