/**
 * Runs in the benchmarked page (bundled by tests/bench/run.ts): the content script's detection
 * pass, and a bare pass that only reads the same titles' text, for comparison.
 */
import { PaperMatcher, type DetectionIndex } from '../../lib/matching/detection-index';
import { findPapers } from '../../lib/matching/find-papers';
import { siteForUrl } from '../../lib/sites';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Repeats per sample, so that the browser's coarse timer (0.1 ms) can time sub-ms work. */
const REPEATS = 10;

function timeRuns(runs: number, work: () => unknown): { median: number; result: unknown } {
  const times: number[] = [];
  let result: unknown;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    for (let r = 0; r < REPEATS; r++) result = work();
    times.push((performance.now() - start) / REPEATS);
  }
  return { median: median(times), result };
}

declare global {
  var detectionBench: (
    index: DetectionIndex,
    bareSelector: string,
    runs: number,
  ) => { detectMs: number; bareMs: number; found: string[] };
}

globalThis.detectionBench = (index, bareSelector, runs) => {
  const url = new URL(location.href);
  // Everything the content script does per scan, matcher construction included.
  const detect = (): string[] =>
    findPapers(siteForUrl(url).entries(document, url), new PaperMatcher(index)).map(
      (d) => d.paperId,
    );
  const bare = (): number => {
    let length = 0;
    for (const el of document.querySelectorAll(bareSelector))
      length += (el.textContent ?? '').length;
    return length;
  };
  // Alternated sample by sample, so warm-up and caches favour neither.
  const detectTimes: number[] = [];
  const bareTimes: number[] = [];
  let found: string[] = [];
  for (let i = 0; i < runs; i++) {
    const a = timeRuns(1, detect);
    found = a.result as string[];
    detectTimes.push(a.median);
    bareTimes.push(timeRuns(1, bare).median);
  }
  return { detectMs: median(detectTimes), bareMs: median(bareTimes), found };
};
