import { PaperMatcher, type DetectionIndex } from '../../lib/matching/detection-index';
import detectionIndex from '../../data/generated/detection-index.json';

let matcher: PaperMatcher | undefined;

/** The one matcher over the bundled detection index, built on first use. */
export function bundledMatcher(): PaperMatcher {
  matcher ??= new PaperMatcher(detectionIndex as DetectionIndex);
  return matcher;
}
