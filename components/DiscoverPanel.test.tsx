// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, expect, it } from 'vitest';
import type { Paper } from '../lib/papers/model';
import { DiscoverPanel } from './DiscoverPanel';

afterEach(cleanup);

const papers: Paper[] = Array.from({ length: 25 }, (_, i) => ({
  id: `paper-${i}`,
  title: `Quantised kernels part ${i}`,
  altTitles: [],
  abstract: 'About quantised kernels.',
  authors: [{ given: 'Ana', family: 'Smith', person: 'ana-smith' }],
  topic: 'low-precision',
  date: '2024-01',
  venue: { name: 'Workshop', short: 'W', kind: 'workshop' },
  year: 2024,
  arxiv: [],
  codeUrls: [],
}));

/** The panel over `papers`, each result drawn as an article with its title. */
const renderPanel = () =>
  render(
    <DiscoverPanel
      papers={papers}
      topics={[{ id: 'low-precision', name: 'Low Precision' }]}
      autoFocus={false}
      renderPaper={(paper) => (
        <article class="paper" key={paper.id}>
          {paper.title}
        </article>
      )}
    />,
  );

it('draws ten matches at a time and says how many more there are', async () => {
  renderPanel();
  fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'quantised' } });
  expect(await screen.findByText('25 papers match “quantised”.')).toBeTruthy();
  expect(document.querySelectorAll('article.paper')).toHaveLength(10);
  fireEvent.click(screen.getByRole('button', { name: 'Show 10 more of 15' }));
  expect(document.querySelectorAll('article.paper')).toHaveLength(20);
  fireEvent.click(screen.getByRole('button', { name: 'Show 5 more of 5' }));
  expect(document.querySelectorAll('article.paper')).toHaveLength(25);
  expect(screen.queryByRole('button', { name: /more of/ })).toBeNull();
});

it('shows title matches as soon as a key is typed, then those found in abstracts', async () => {
  renderPanel();
  const box = screen.getByRole('searchbox');
  // Typed before the index is built.
  fireEvent.input(box, { target: { value: 'part' } });
  expect(screen.getByText('Preparing the search over 25 papers…')).toBeTruthy();
  expect(await screen.findByText('25 papers match “part”.')).toBeTruthy();
  // "About" is only in the abstracts: nothing at first, all of them once those are searched.
  fireEvent.input(box, { target: { value: 'about' } });
  expect(screen.getByText('No papers match “about” so far; searching abstracts…')).toBeTruthy();
  // Screen readers wait for the complete count.
  expect(document.querySelector('.results-summary')?.getAttribute('aria-busy')).toBe('true');
  expect(await screen.findByText('25 papers match “about”.')).toBeTruthy();
  expect(document.querySelectorAll('article.paper')).toHaveLength(10);
});
