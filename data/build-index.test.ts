import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { GENERATED_DIR, SOURCE_FILE, generatedFiles, loadPaperList } from './build-index';

it('the committed data/generated files are what `npm run data` makes from papers.json', () => {
  const files = generatedFiles(loadPaperList(readFileSync(SOURCE_FILE, 'utf8')));
  for (const [name, text] of Object.entries(files)) {
    expect(
      readFileSync(join(GENERATED_DIR, name), 'utf8'),
      `${name} is stale: run npm run data`,
    ).toBe(text);
  }
  // Renders every citation of the whole index: seconds on a busy machine.
}, 60_000);
