/**
 * `tsx tests/bench/synthetic-build.ts <data dir> <out dir>`: builds the extension as
 * `wxt build` does, with the data files of another directory (laid out as data/ is) bundled
 * instead of data/'s, into another output directory. The benchmark builds the extension with a
 * synthetic 10,000-paper index this way (tests/bench/run.ts).
 */
import { dirname, join, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { build } from 'wxt';

/** Resolves imports of data/'s JSON files (`?raw` too) to the same files in `dataDir`. */
function swapDataDir(dataDir: string): Plugin {
  const own = resolve('data');
  return {
    name: 'swap-data-dir',
    enforce: 'pre',
    resolveId(source, importer) {
      const [path = '', query] = source.split('?');
      if (!importer || !path.endsWith('.json')) return null;
      const target = resolve(dirname(importer), path);
      if (!target.startsWith(`${own}/`)) return null;
      const swapped = join(dataDir, relative(own, target));
      return query ? `${swapped}?${query}` : swapped;
    },
  };
}

const [dataDir, outDir] = process.argv.slice(2);
if (!dataDir || !outDir) throw new Error('usage: synthetic-build.ts <data dir> <out dir>');
await build({
  mode: 'production',
  outDir: resolve(outDir),
  vite: () => ({ plugins: [swapDataDir(resolve(dataDir))] }),
});
