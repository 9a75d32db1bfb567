/**
 * Decides which of a page's entries are the group's papers: identifiers first, then the
 * title text, read only where identifiers could not decide.
 *
 * @module
 */
import type { PaperEntry } from '../sites/site';
import { MAX_REFERENCE_LENGTH, type PaperMatcher } from './detection-index';
import { titleText } from './title-text';

export interface Detection {
  paperId: string;
  /** Where to mark it; null when the page shows no title element (a PDF). */
  title: Element | null;
  /** Found in the page's references: the page's paper cites it. */
  cited?: boolean;
}

function matchByIdentifiers(entry: PaperEntry, matcher: PaperMatcher): string | undefined {
  return (
    (entry.arxivId && matcher.byArxivId(entry.arxivId)) ||
    (entry.doi && matcher.byDoi(entry.doi)) ||
    (entry.openreviewId && matcher.byOpenReviewId(entry.openreviewId)) ||
    undefined
  );
}

/** The group's papers among `entries`, in page order; one detection per title element. */
export function findPapers(entries: Iterable<PaperEntry>, matcher: PaperMatcher): Detection[] {
  const detections: Detection[] = [];
  const seen = new Set<Element>();
  for (const entry of entries) {
    let paperId = matchByIdentifiers(entry, matcher);
    let title: Element | null | undefined;
    if (!paperId && !entry.idsAreAuthoritative) {
      title = entry.title();
      if (title && entry.cited)
        paperId = matcher.titleWithin(titleText(title, MAX_REFERENCE_LENGTH));
      else if (title) paperId = matcher.byTitle(titleText(title, matcher.maxRawLength));
    }
    if (!paperId) continue;
    title ??= entry.title();
    if (title) {
      if (seen.has(title)) continue;
      seen.add(title);
    }
    detections.push(entry.cited ? { paperId, title, cited: true } : { paperId, title });
  }
  return dropNestedDuplicates(detections);
}

/** A title inside another detected title of the same paper (`<h3><a>Title</a></h3>`) is one mark. */
function dropNestedDuplicates(detections: Detection[]): Detection[] {
  if (detections.length < 2) return detections;
  const marked = new Map<Element, string>();
  for (const d of detections) if (d.title) marked.set(d.title, d.paperId);
  return detections.filter(({ title, paperId }) => {
    for (let up = title?.parentElement; up; up = up.parentElement) {
      if (marked.get(up) === paperId) return false;
    }
    return true;
  });
}
