/**
 * Scores the related-work model on a part of the judged set (`tests/related/README.md`): how
 * often a strongly related group paper is in the top three, how many of the papers shown a
 * group member would accept, and how often nothing is shown for an unrelated paper. Used by
 * `lib/related/judged-set.test.ts` (development part) and `npm run related:score` (any part).
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { PaperMatcher, buildDetectionIndex } from '../../lib/matching/detection-index';
import type { Paper } from '../../lib/papers/model';
import {
  RELATED_SETTINGS,
  RelatedScorer,
  type RelatedModel,
  type RelatedSettings,
  type Relation,
} from '../../lib/related/model';

export interface JudgedItem {
  id: string;
  title: string;
  abstract: string;
  authors: string[];
  /** Group paper titles a reviewer would expect cited. */
  strong: string[];
  /** Group paper titles that are reasonable suggestions. */
  acceptable: string[];
}

export interface Figures {
  /** Pages with a strongly related group paper, and those where one is in the top three. */
  related: number;
  strongInTop3: number;
  /** Papers shown (top three) on pages with related work, and those a member would accept. */
  shown: number;
  acceptable: number;
  /** Unrelated pages, and those where nothing is shown. */
  unrelated: number;
  silent: number;
  /** What went wrong, one line each, for a person to read. */
  misses: string[];
}

/**
 * The parts of the judged set. Each held-out part was scored once, at the end of a round of
 * work (tests/related/README.md has the figures), then made development data; the next
 * held-out part has yet to be made.
 */
export const JUDGED_PARTS = {
  development: [
    './judged-set.json',
    './judged-set.held-out.json',
    './judged-set.held-out-2.json',
    './judged-set.held-out-3.json',
    './judged-set.held-out-4.json',
    './judged-set.held-out-5.json',
    './judged-set.held-out-6.json',
  ],
  // Empty until a new part is made, blind, as tests/related/README.md says.
  'held-out': [],
} as const;

export function judgedItems(part: keyof typeof JUDGED_PARTS): JudgedItem[] {
  return JUDGED_PARTS[part].flatMap(
    (file) =>
      (JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8')) as { items: JudgedItem[] })
        .items,
  );
}

/** Per cent, rounded. */
export const percent = (part: number, whole: number): number =>
  whole === 0 ? 100 : Math.round((100 * part) / whole);

export function describeFigures(figures: Figures): string {
  const f = figures;
  return (
    `strongly related paper in the top 3: ${f.strongInTop3}/${f.related} (${percent(f.strongInTop3, f.related)} %); ` +
    `shown items acceptable: ${f.acceptable}/${f.shown} (${percent(f.acceptable, f.shown)} %); ` +
    `silent on unrelated papers: ${f.silent}/${f.unrelated} (${percent(f.silent, f.unrelated)} %)`
  );
}

/** The model's figures on `items`, against the group's `papers` (judged titles map to them). */
export function scoreJudged(
  items: readonly JudgedItem[],
  papers: readonly Paper[],
  model: RelatedModel,
  settings: RelatedSettings = RELATED_SETTINGS,
): Figures {
  const matcher = new PaperMatcher(buildDetectionIndex(papers));
  const idOf = (title: string): string => {
    const id = matcher.byTitle(title);
    if (!id) throw new Error(`judged set: no group paper titled "${title}"`);
    return id;
  };
  const scorer = new RelatedScorer(model, settings);
  const figures: Figures = {
    related: 0,
    strongInTop3: 0,
    shown: 0,
    acceptable: 0,
    unrelated: 0,
    silent: 0,
    misses: [],
  };
  const names = (relations: readonly Relation[]): string =>
    relations.map((r) => `${r.paperId} (${r.score})`).join(', ') || 'nothing';
  for (const item of items) {
    const strong = new Set(item.strong.map(idOf));
    const ok = new Set([...strong, ...item.acceptable.map(idOf)]);
    const shown = scorer.related(item).slice(0, 3);
    if (ok.size === 0) {
      figures.unrelated++;
      if (shown.length === 0) figures.silent++;
      else figures.misses.push(`shown for an unrelated paper, "${item.title}": ${names(shown)}`);
      continue;
    }
    if (strong.size > 0) {
      figures.related++;
      if (shown.some((r) => strong.has(r.paperId))) figures.strongInTop3++;
      else
        figures.misses.push(`"${item.title}": ${names(shown)}; wanted ${[...strong].join(', ')}`);
    }
    figures.shown += shown.length;
    figures.acceptable += shown.filter((r) => ok.has(r.paperId)).length;
  }
  return figures;
}
