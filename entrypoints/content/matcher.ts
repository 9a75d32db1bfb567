import { PaperMatcher, type DetectionIndex } from '../../lib/matching/detection-index';
import detectionIndex from '../../data/generated/detection-index.json';

let matcher: PaperMatcher | undefined;

/** The matcher over the bundled index, built on first use. */
export function buildMatcher(): PaperMatcher {
  matcher ??= new PaperMatcher(detectionIndex as DetectionIndex);
  return matcher;
}
