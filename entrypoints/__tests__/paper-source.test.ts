import { describe, expect, it } from 'vitest';
import { paperList } from '../../data/index';
import type { PaperList } from '../../lib/papers/model';
import type { PaperRecords } from '../../lib/papers/records';
import { BUNDLED_LIST_LIMIT } from '../../modules/bundled-paper-list';
import { syntheticPaperList } from '../../tests/bench/synthetic';
import { paperSource, popupPaperSource } from '../popup/paper-source';

/** A list too large to bundle with the popup, as a group with many papers would have. */
const large: PaperList = { ...paperList, papers: syntheticPaperList(1000).papers };
const tabPapers = large.papers.slice(10, 12).map((p) => p.id);

/** A promise and the function that settles it, for ordering what arrives first. */
function later<T>(): { promise: Promise<T>; settle(value: T | Promise<T>): void } {
  let settle!: (value: T | Promise<T>) => void;
  const promise = new Promise<T>((resolve) => (settle = resolve));
  return { promise, settle };
}

/** The source of a list too large to bundle: nothing is at hand until something arrives. */
function largeListSource() {
  const whole = later<PaperList>();
  const records = later<PaperRecords>();
  const asked: (readonly string[])[] = [];
  const source = paperSource({
    bundled: undefined,
    load: () => whole.promise,
    recordsOf: (ids) => {
      asked.push(ids);
      return records.promise;
    },
  });
  return { source, whole, records, asked };
}

describe('the paper source', () => {
  it('has the bundled list whole from the start', async () => {
    const source = popupPaperSource();
    expect(source.initial.whole).toBe(true);
    expect(source.initial.papers).toBe(paperList.papers);
    expect(await source.forPapers(['u-mup'])).toBe(source.initial);
  });

  describe('with a list over the bundling limit', () => {
    it('is one', () => {
      expect(JSON.stringify(large).length).toBeGreaterThan(BUNDLED_LIST_LIMIT);
    });

    it("draws the tab's papers from the background's records, then has the whole list", async () => {
      const { source, whole, records, asked } = largeListSource();
      expect(source.initial).toEqual({ papers: [], topics: [], whole: false });
      const some = source.forPapers(tabPapers);
      expect(asked).toEqual([tabPapers]);
      const sent = { papers: large.papers.slice(10, 12), topics: large.topics };
      records.settle(sent);
      expect(await some).toEqual({ ...sent, whole: false });
      whole.settle(large);
      expect(await source.whole).toMatchObject({ papers: large.papers, whole: true });
    });

    it('takes the whole list when it comes before the records', async () => {
      const { source, whole } = largeListSource();
      const some = source.forPapers(tabPapers);
      whole.settle(large);
      expect(await some).toMatchObject({ papers: large.papers, whole: true });
    });

    it('waits for the whole list when the background does not answer', async () => {
      const { source, whole, records } = largeListSource();
      const some = source.forPapers(tabPapers);
      records.settle(Promise.reject(new Error('no background')));
      whole.settle(large);
      expect(await some).toMatchObject({ papers: large.papers, whole: true });
    });

    it('asks the background nothing once the whole list is loaded', async () => {
      const { source, whole, asked } = largeListSource();
      whole.settle(large);
      await source.whole;
      expect(await source.forPapers(tabPapers)).toMatchObject({ whole: true });
      expect(asked).toEqual([]);
    });
  });
});
