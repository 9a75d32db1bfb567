import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readGroupPage } from './import-page';

describe('readGroupPage', () => {
  it('reads titles, abstracts, authors, dates and venues under their topics', () => {
    const text = readFileSync(new URL('./__fixtures__/list.txt', import.meta.url), 'utf8');
    const { list, problems } = readGroupPage(text);
    expect(problems).toEqual([]);
    expect(list.areas.map((a) => a.id)).toEqual(['Low Precision', 'Efficient ML']);
    expect(list.papers[1]).toEqual({
      where: 'entry "Elucidating the Design Space of FP4 training" (under "Low Precision")',
      title: 'Elucidating the Design Space of FP4 training',
      abstract:
        'The increasing computational demands of foundation models have spurred research into low-precision training.',
      authors: [{ printed: 'Robert Hu' }, { printed: 'Carlo Luschi' }, { printed: 'Paul Balança' }],
      date: '2025-09',
      published: 'arXiv Preprint',
      areas: ['Low Precision'],
    });
  });

  it('names a block that is neither a paper nor a heading', () => {
    expect(readGroupPage('Our Papers\n\nTopic\n\nTwo\nlines\n').problems).toEqual([
      'entry block 3: is neither a title nor a topic heading',
    ]);
  });
});
