/**
 * Helpers the site adapters share: list entries built from one `querySelectorAll` for the
 * titles and one for the identifying links of the whole page.
 *
 * @module
 */
import { identifiersOfHref, type PaperIdentifiers } from '../matching/identifiers';
import type { PaperEntry } from './site';

/** Links that may carry an identifier; anything else is not looked at. */
export const ID_LINKS = [
  'a[href*="arxiv.org/"]',
  'a[href*="doi.org/"]',
  'a[href*="/doi/"]',
  'a[href*="openreview.net/"]',
];

/** `ID_LINKS` inside `scope` (a selector), as one selector list. */
export function idLinksIn(scope: string): string {
  return scope
    .split(',')
    .flatMap((s) => ID_LINKS.map((link) => `${s.trim()} ${link}`))
    .join(', ');
}

const KINDS = ['arxivId', 'doi', 'openreviewId'] as const;

/**
 * Adds the identifiers of `more` that `ids` lacks (the first link of each kind wins), creating
 * no `undefined` properties, so merged ids can be spread over others.
 */
function merge(ids: PaperIdentifiers, more: PaperIdentifiers): void {
  for (const kind of KINDS) {
    const value = more[kind];
    if (value !== undefined && ids[kind] === undefined) ids[kind] = value;
  }
}

/** All identifiers of the links matching `links` (a selector) in `root`, merged. */
export function idsOfLinks(root: ParentNode, links: string): PaperIdentifiers {
  const ids: PaperIdentifiers = {};
  for (const link of root.querySelectorAll(links)) {
    const found = identifiersOfHref(link.getAttribute('href') ?? '');
    if (found) merge(ids, found);
  }
  return ids;
}

/** Identifiers of each `entry` element, from the links matching `links` that it contains. */
export function idsByEntry(
  root: ParentNode,
  entry: string,
  links: string,
): Map<Element, PaperIdentifiers> {
  const byEntry = new Map<Element, PaperIdentifiers>();
  for (const link of root.querySelectorAll(links)) {
    const found = identifiersOfHref(link.getAttribute('href') ?? '');
    const box = found && link.closest(entry);
    if (!found || !box) continue;
    const ids = byEntry.get(box);
    if (ids) merge(ids, found);
    else byEntry.set(box, { ...found });
  }
  return byEntry;
}

export interface ListSpec {
  /** Title elements, one per entry. */
  titles: string;
  /** The element holding one whole entry (title, links). */
  entry?: string;
  /** Identifying links inside entries; defaults to {@link ID_LINKS} inside `entry`. */
  links?: string;
}

/** One entry per title element, identified by the identifying links of its entry element. */
export function listEntries(root: ParentNode, { titles, entry, links }: ListSpec): PaperEntry[] {
  const ids = entry ? idsByEntry(root, entry, links ?? idLinksIn(entry)) : undefined;
  const entries: PaperEntry[] = [];
  for (const title of root.querySelectorAll(titles)) {
    const box = ids && entry ? title.closest(entry) : null;
    entries.push({ ...(box ? ids?.get(box) : undefined), title: () => title });
  }
  return entries;
}
