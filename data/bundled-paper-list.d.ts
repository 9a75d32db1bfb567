/** See modules/bundled-paper-list.ts. */
declare module 'virtual:bundled-paper-list' {
  import type { PaperList } from '../lib/papers/model';

  /** The paper list, when it is small enough to load with the popup. */
  export const bundledPaperList: PaperList | undefined;
}
