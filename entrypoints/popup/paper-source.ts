/**
 * Where the popup's papers come from. A list up to the bundling limit comes with the popup's
 * own script (modules/bundled-paper-list.ts), so the tab's papers are drawn in the first
 * render. A larger one loads beside the first render, and the tab's papers are drawn meanwhile
 * from their records, which the background sends.
 *
 * @module
 */
import { bundledPaperList } from 'virtual:bundled-paper-list';
import type { PaperList } from '../../lib/papers/model';
import type { PaperRecords, PapersAtHand } from '../../lib/papers/records';
import { sendToBackground } from '../../utils/messages';

export interface PaperSource {
  /** What is at hand before anything loads: the whole list when it is bundled, else nothing. */
  readonly initial: PapersAtHand;
  /** The whole list. */
  readonly whole: Promise<PapersAtHand>;
  /**
   * Enough to draw `paperIds`: the whole list if it is at hand first, else their records from
   * the background (the whole list if the background does not answer).
   */
  forPapers(paperIds: readonly string[]): Promise<PapersAtHand>;
}

export interface PaperSourceParts {
  /** The whole list, when it comes with the popup's script. */
  bundled: PaperList | undefined;
  /** Loads the whole list. */
  load(): Promise<PaperList>;
  /** The records of some papers, and of their related papers. */
  recordsOf(paperIds: readonly string[]): Promise<PaperRecords>;
}

export function paperSource({ bundled, load, recordsOf }: PaperSourceParts): PaperSource {
  if (bundled) {
    const initial = { ...bundled, whole: true };
    const whole = Promise.resolve(initial);
    return { initial, whole, forPapers: () => whole };
  }
  let loaded: PapersAtHand | undefined;
  const whole = load().then((list) => (loaded = { ...list, whole: true }));
  return {
    initial: { papers: [], topics: [], whole: false },
    whole,
    forPapers: (paperIds) =>
      loaded
        ? Promise.resolve(loaded)
        : Promise.race([
            whole,
            recordsOf(paperIds).then(
              (records) => ({ ...records, whole: false }),
              () => whole,
            ),
          ]),
  };
}

/**
 * The popup's papers: the bundled list, else `data/index` loaded apart, with the background's
 * records of the tab's papers meanwhile. Starts loading at once.
 */
export function popupPaperSource(): PaperSource {
  return paperSource({
    bundled: bundledPaperList,
    load: () => import('../../data/index').then((m) => m.paperList),
    recordsOf: (paperIds) => sendToBackground({ type: 'popup-bg/papers', paperIds: [...paperIds] }),
  });
}
