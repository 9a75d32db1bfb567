/**
 * The user's settings, synced across their browsers. Each is read on its own and checked: a
 * missing, corrupt or out-of-date value falls back to its default without touching the
 * others, and saving writes only what changed.
 *
 * @module
 */
import { storage } from '#imports';
import { CITATION_FORMATS, isCitationFormat, type CitationFormat } from '../lib/citation/formats';

export interface Settings {
  /** Citation format copied by one click. */
  defaultFormat: CitationFormat;
  /** Inline markers beside detected titles (the badge count is shown either way). */
  markers: boolean;
  /** Site ids (lib/sites) where the user switched detection off. */
  disabledSites: string[];
  /** List arXiv papers by the group's authors that the index does not know yet. */
  possiblyNew: boolean;
  /** Mark the entries of listings that relate to the group's work, on the page itself. */
  markRelated: boolean;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = {
  defaultFormat: 'bibtex',
  markers: true,
  disabledSites: [],
  possiblyNew: true,
  markRelated: false,
};

// Version 1 of each item. A later change of shape bumps `version` and adds a migration here.
const items = {
  defaultFormat: storage.defineItem<unknown>('sync:defaultCitationFormat', { version: 1 }),
  markers: storage.defineItem<unknown>('sync:markersEnabled', { version: 1 }),
  disabledSites: storage.defineItem<unknown>('sync:disabledSites', { version: 1 }),
  possiblyNew: storage.defineItem<unknown>('sync:possiblyNew', { version: 1 }),
  markRelated: storage.defineItem<unknown>('sync:markRelated', { version: 1 }),
};

const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';

const checks: { [K in keyof Settings]: (value: unknown) => value is Settings[K] } = {
  defaultFormat: (value): value is CitationFormat =>
    typeof value === 'string' && isCitationFormat(value),
  markers: isBoolean,
  disabledSites: (value): value is string[] =>
    Array.isArray(value) && value.every((id) => typeof id === 'string'),
  possiblyNew: isBoolean,
  markRelated: isBoolean,
};

async function readSetting<K extends keyof Settings>(key: K): Promise<Settings[K]> {
  try {
    const value = await items[key].getValue();
    return checks[key](value) ? value : structuredClone(DEFAULT_SETTINGS[key]);
  } catch {
    return structuredClone(DEFAULT_SETTINGS[key]);
  }
}

export async function readSettings(): Promise<Settings> {
  const keys = Object.keys(items) as (keyof Settings)[];
  const values = await Promise.all(keys.map((key) => readSetting(key)));
  return Object.fromEntries(keys.map((key, i) => [key, values[i]])) as unknown as Settings;
}

/** Saves the given settings only; invalid values are refused rather than stored. */
export async function saveSettings(changes: Partial<Settings>): Promise<void> {
  const writes: Promise<void>[] = [];
  for (const key of Object.keys(changes) as (keyof Settings)[]) {
    const value = changes[key];
    if (!checks[key](value)) throw new Error(`settings: ${key} cannot be ${JSON.stringify(value)}`);
    writes.push(items[key].setValue(value));
  }
  await Promise.all(writes);
}

/** Calls `onChange` whenever any setting changes (in this browser or synced from another). */
export function watchSettings(onChange: () => void): () => void {
  const stops = Object.values(items).map((item) => item.watch(onChange));
  return () => stops.forEach((stop) => stop());
}

/** The one-click citation format with its label. */
export async function defaultCitationFormat(): Promise<(typeof CITATION_FORMATS)[number]> {
  const id = await readSetting('defaultFormat');
  return CITATION_FORMATS.find((f) => f.id === id) ?? CITATION_FORMATS[0];
}
