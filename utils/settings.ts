/**
 * The user's settings, synced across their browsers. Each item falls back to its default when
 * missing or unreadable, so a corrupt value never breaks the extension or the other settings.
 *
 * @module
 */
import { storage } from '#imports';
import { CITATION_FORMATS } from '../lib/citation/formats';

/** Inline markers beside detected titles (the badge count is shown either way). */
export const markersEnabledItem = storage.defineItem<boolean>('sync:markersEnabled', {
  fallback: true,
  version: 1,
});

/** Site ids (lib/sites) where the user switched detection off. */
export const disabledSitesItem = storage.defineItem<string[]>('sync:disabledSites', {
  fallback: [],
  version: 1,
});

/** Citation format copied by one click (an id from lib/citation). */
export const defaultCitationFormatItem = storage.defineItem<string>('sync:defaultCitationFormat', {
  fallback: 'bibtex',
  version: 1,
});

/** The user's one-click citation format, falling back to BibTeX if the stored one is unknown. */
export async function defaultCitationFormat(): Promise<(typeof CITATION_FORMATS)[number]> {
  const stored = await defaultCitationFormatItem.getValue();
  return CITATION_FORMATS.find((f) => f.id === stored) ?? CITATION_FORMATS[0];
}
