/**
 * `virtual:bundled-paper-list`: the paper list itself when it is small, so the popup draws the
 * tab's papers in its first render; nothing for a large list, which would take seconds to parse
 * first and so loads after the first render instead (entrypoints/popup/paper-source.ts).
 * Checked by tests/fixtures/build-checks.ts (the real list is bundled) and
 * entrypoints/__tests__/paper-source.test.ts (a list over the limit is not).
 *
 * @module
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { addViteConfig, defineWxtModule } from 'wxt/modules';

/** Lists up to this size, the group's among them, are bundled into the popup's first load. */
export const BUNDLED_LIST_LIMIT = 1024 * 1024;

const ID = 'virtual:bundled-paper-list';

/** The virtual module's code, for a `papers.json` of `bytes` and the module that loads it. */
export function bundledPaperListCode(bytes: number, indexModule: string): string {
  return bytes <= BUNDLED_LIST_LIMIT
    ? `export { paperList as bundledPaperList } from ${JSON.stringify(indexModule)};`
    : 'export const bundledPaperList = undefined;';
}

/** The Vite plugin, for the project at `root` (also used by vitest.config.ts). */
export function bundledPaperList(root: string): Plugin {
  const indexModule = join(root, 'data/index.ts');
  const papersJson = join(root, 'data/papers.json');
  return {
    name: 'bundled-paper-list',
    resolveId: (source) => (source === ID ? `\0${ID}` : null),
    async load(id) {
      if (id !== `\0${ID}`) return null;
      // The list this build bundles: data/papers.json, or the file a plugin resolves it to
      // instead (the benchmark's synthetic list).
      const list = (await this.resolve(papersJson, indexModule))?.id.split('?')[0] ?? papersJson;
      return bundledPaperListCode(statSync(list).size, indexModule);
    },
  };
}

export default defineWxtModule({
  name: 'bundled-paper-list',
  setup(wxt) {
    addViteConfig(wxt, () => ({ plugins: [bundledPaperList(wxt.config.root)] }));
  },
});
