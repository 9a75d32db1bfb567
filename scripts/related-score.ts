/**
 * `npm run related:score -- [development|held-out]`: how well the related-work model does on a
 * part of the judged set (tests/related/README.md), with what it got wrong.
 */
import { readFileSync } from 'node:fs';
import { parsePaperList } from '../data/build-index';
import type { RelatedModel } from '../lib/related/model';
import { JUDGED_PARTS, describeFigures, judgedItems, scoreJudged } from '../tests/related/score';

const part = process.argv[2] ?? 'development';
if (!(part in JUDGED_PARTS)) {
  console.error(`related:score: the part is one of ${Object.keys(JUDGED_PARTS).join(', ')}`);
  process.exit(2);
}
const items = judgedItems(part as keyof typeof JUDGED_PARTS);
if (items.length === 0) {
  console.error(
    `related:score: the ${part} part is empty (tests/related/README.md says how to make one)`,
  );
  process.exit(2);
}
const papers = parsePaperList(readFileSync('data/papers.json', 'utf8')).papers;
const model = JSON.parse(readFileSync('data/generated/related-model.json', 'utf8')) as RelatedModel;
const figures = scoreJudged(items, papers, model);
for (const miss of figures.misses) console.log(`  ${miss}`);
console.log(`${part}: ${describeFigures(figures)}`);
