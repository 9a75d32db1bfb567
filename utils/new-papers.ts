/**
 * Which of the index's papers are new to this user: added since they last opened the popup.
 * The ids seen are kept in this browser's local storage only.
 *
 * @module
 */
import { storage } from '#imports';

const seenPaperIds = storage.defineItem<unknown>('local:seenPaperIds', { version: 1 });

/**
 * The ids in `paperIds` that were not in the index the last time the popup opened, and
 * remembers `paperIds` as seen. Nothing is new the first time (everything would be).
 */
export async function takeNewPaperIds(paperIds: readonly string[]): Promise<Set<string>> {
  let seen: unknown;
  try {
    seen = await seenPaperIds.getValue();
  } catch {
    seen = null;
  }
  const known = Array.isArray(seen) ? new Set(seen.filter((id) => typeof id === 'string')) : null;
  await seenPaperIds.setValue([...paperIds]).catch(() => undefined);
  return new Set(known ? paperIds.filter((id) => !known.has(id)) : []);
}
