// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { paperList } from '../data/index';
import { relatedTable } from '../data/related';
import { CITATION_FORMATS, type CitationFormat } from '../lib/citation/formats';
import { papersById, relatedEntries } from '../lib/papers/records';
import { PopupView, type Announcement } from './PopupView';
import type { PageState } from '../lib/sites/page-state';

const relatedOf = (id: string) => relatedEntries(relatedTable, id, papersById(paperList.papers));

const ready = (paperIds: string[], disabled = false): PageState => ({
  kind: 'ready',
  tabId: 7,
  detections: { paperIds, citedIds: [], siteId: 'arxiv', disabled },
});

function renderPopup(
  page: PageState,
  options: { defaultFormat?: CitationFormat; announcement?: Announcement } = {},
) {
  const callbacks = { onCopy: vi.fn(), onScan: vi.fn(), onEnableSite: vi.fn() };
  const view = (state: PageState, announcement?: Announcement) => (
    <PopupView
      page={state}
      list={{ ...paperList, whole: true }}
      relatedOf={relatedOf}
      formats={CITATION_FORMATS}
      defaultFormat={options.defaultFormat ?? 'bibtex'}
      announcement={announcement}
      {...callbacks}
    />
  );
  const result = render(view(page, options.announcement));
  return {
    ...callbacks,
    rerender: (state: PageState, announcement?: Announcement) =>
      result.rerender(view(state, announcement)),
  };
}

const searchBox = () => screen.getByRole('searchbox', { name: "Search the group's papers" });
const onPageSection = () => screen.getByRole('region', { name: /On this page/ });
const article = (id: string) => {
  const found = document.querySelector<HTMLElement>(`article.paper[data-paper-id="${id}"]`);
  if (!found) throw new Error(`no article for ${id}`);
  return found;
};
/** Opens a paper's related work, as a click on its summary does. */
const openRelated = (id: string): void => {
  const details = article(id).querySelector('details.related') as HTMLDetailsElement;
  details.open = true;
  fireEvent(details, new Event('toggle'));
};

beforeAll(() => {
  // jsdom draws nothing, so it has no scrolling.
  Element.prototype.scrollIntoView = () => undefined;
});
afterEach(cleanup);

describe('PopupView states', () => {
  it('loading: says it is looking at the page, and search is already usable', () => {
    renderPopup({ kind: 'loading' });
    expect(screen.getByText('Looking at this page…')).toBeTruthy();
    expect(screen.queryByRole('region', { name: /On this page/ })).toBeNull();
    expect(searchBox()).toBeTruthy();
    // Focus is not taken while the page may still bring detections.
    expect(document.activeElement).not.toBe(searchBox());
  });

  it('none: says no papers were found and puts the cursor in the search box', () => {
    renderPopup(ready([]));
    expect(screen.getByText('No Graphcore Research papers found on this page.')).toBeTruthy();
    expect(screen.queryByRole('region', { name: /On this page/ })).toBeNull();
    expect(document.activeElement).toBe(searchBox());
  });

  it('none after loading: the search box gets the focus once the answer comes', () => {
    const popup = renderPopup({ kind: 'loading' });
    popup.rerender(ready([]));
    expect(document.activeElement).toBe(searchBox());
  });

  it('many: lists the detected papers in page order, with count, venue, year and topic', () => {
    renderPopup(ready(['qm1b', 'u-mup', 'gps-plus-plus']));
    const section = onPageSection();
    expect(within(section).getByRole('heading', { level: 2 }).textContent).toBe('On this page (3)');
    expect(
      within(section)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual([
      'Generating QM1B with PySCF_IPU',
      'u-µP: The Unit-Scaled Maximal Update Parametrization',
      'GPS++: Reviving the Art of Message Passing for Molecular Property Prediction',
    ]);
    const umup = within(article('u-mup'));
    expect(umup.getByText('ICLR 2025 (WANT@ICML 2024)')).toBeTruthy();
    expect(umup.getByText('Low Precision')).toBeTruthy();
    expect(document.activeElement).not.toBe(searchBox());
  });

  it('many: ids the index does not know are left out, not drawn empty', () => {
    renderPopup(ready(['no-such-paper', 'mess']));
    expect(within(onPageSection()).getAllByRole('article')).toHaveLength(1);
  });

  it('shortens long author lists with "et al." and shows them all on request', () => {
    renderPopup(ready(['u-mup']));
    const umup = within(article('u-mup'));
    const authors = article('u-mup').querySelector('.paper-authors') as HTMLElement;
    expect(authors.textContent).toContain(
      'Charlie Blake, Constantin Eichenberg, Josef Dean et al.',
    );
    expect(authors.textContent).not.toContain('Douglas Orr');
    const more = umup.getByRole('button', { name: 'Show all 10 authors' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(more);
    expect(authors.textContent).toContain('Carlo Luschi, Samuel Weinbach, Douglas Orr');
    expect(authors.textContent).not.toContain('et al.');
    expect(
      umup.getByRole('button', { name: 'Show fewer authors' }).getAttribute('aria-expanded'),
    ).toBe('true');
  });

  it('shows the first lines of the abstract and the whole of it on request', () => {
    renderPopup(ready(['u-mup']));
    const abstract = article('u-mup').querySelector('.paper-abstract') as HTMLElement;
    const full = papersById(paperList.papers).get('u-mup')?.abstract ?? '';
    expect(abstract.textContent).not.toContain('working out-of-the-box in FP8');
    expect(abstract.textContent?.length).toBeLessThan(full.length);
    const toggle = within(abstract).getByRole('button', { name: 'Read the whole abstract' });
    fireEvent.click(toggle);
    expect(abstract.textContent).toContain(full);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.textContent).toBe('Show less');
  });

  it('links to the arXiv abstract and PDF, OpenReview and the code', () => {
    renderPopup(ready(['u-mup']));
    const links = within(screen.getByLabelText(/^Links for u-µP/));
    expect(links.getByRole('link', { name: 'arXiv' }).getAttribute('href')).toBe(
      'https://arxiv.org/abs/2407.17465',
    );
    expect(links.getByRole('link', { name: 'PDF' }).getAttribute('href')).toBe(
      'https://arxiv.org/pdf/2407.17465',
    );
    expect(links.getByRole('link', { name: 'OpenReview' }).getAttribute('href')).toMatch(
      /^https:\/\/openreview\.net\/forum\?id=/,
    );
    expect(links.getByRole('link', { name: 'Code' }).getAttribute('href')).toMatch(
      /^https:\/\/github\.com\//,
    );
  });

  it('lists related group work with the reason for each', () => {
    renderPopup(ready(['u-mup']));
    const details = article('u-mup').querySelector('details.related') as HTMLDetailsElement;
    expect(within(details).getByText(/^Related group work \(\d\)$/)).toBeTruthy();
    openRelated('u-mup');
    const items = [...details.querySelectorAll('li')];
    expect(items.length).toBeGreaterThanOrEqual(3);
    expect(items[0]?.dataset.relatedId).toBe('unit-scaling');
    expect(items[0]?.querySelector('.related-title')?.textContent).toBe(
      'Unit Scaling: Out-of-the-Box Low-Precision Training',
    );
    expect(items[0]?.querySelector('.related-reason')?.textContent).toMatch(
      /^same topic: Low Precision; shared authors: /,
    );
    const fp8 = items.find((li) => li.dataset.relatedId === 'fp8-llm-training');
    expect(fp8?.querySelector('.related-reason')?.textContent).toContain('also about FP8');
  });

  it('opens a related paper on its own in the search panel', () => {
    renderPopup(ready(['u-mup']));
    openRelated('u-mup');
    fireEvent.click(
      within(article('u-mup')).getByRole('button', {
        name: 'Unit Scaling: Out-of-the-Box Low-Precision Training',
      }),
    );
    const discover = screen.getByRole('region', { name: "Search and browse the group's papers" });
    expect(
      within(discover)
        .getAllByRole('article')
        .map((a) => a.dataset.paperId),
    ).toEqual(['unit-scaling']);
  });

  it('copies one paper in the default format, another format from its menu, or all of them', () => {
    const popup = renderPopup(ready(['u-mup', 'qm1b']));
    fireEvent.click(
      screen.getByRole('button', { name: /^Copy BibTeX citation of u-µP: The Unit-Scaled/ }),
    );
    expect(popup.onCopy).toHaveBeenLastCalledWith(['u-mup'], 'bibtex');
    fireEvent.click(
      screen.getByRole('button', { name: /^Other citation formats for Generating QM1B/ }),
    );
    fireEvent.click(screen.getByRole('menuitem', { name: /^APA/ }));
    expect(popup.onCopy).toHaveBeenLastCalledWith(['qm1b'], 'apa');
    fireEvent.click(screen.getByRole('button', { name: 'Copy all' }));
    expect(popup.onCopy).toHaveBeenLastCalledWith(['u-mup', 'qm1b'], 'bibtex');
  });

  it('one paper: no "Copy all"', () => {
    renderPopup(ready(['u-mup']));
    expect(screen.queryByRole('button', { name: 'Copy all' })).toBeNull();
  });

  it('content script missing on a page that can be scanned: offers "Scan this page"', () => {
    const popup = renderPopup({ kind: 'unreachable', tabId: 7 });
    expect(screen.getByText('This site is not one the extension reads by itself.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Scan this page' }));
    expect(popup.onScan).toHaveBeenCalledOnce();
    expect(document.activeElement).toBe(searchBox());
  });

  it('a browser page: says extensions cannot read it, with no button to try', () => {
    renderPopup({ kind: 'unreachable', tabId: undefined });
    expect(screen.getByText(/This page cannot be read by extensions/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Scan this page' })).toBeNull();
    expect(document.activeElement).toBe(searchBox());
  });

  it('detection switched off on the site: says so and turns it back on', () => {
    const popup = renderPopup(ready([], true));
    expect(screen.getByText(/Detection is off on this site/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Turn it on' }));
    expect(popup.onEnableSite).toHaveBeenCalledWith('arxiv');
  });

  it('announces copies in a live region, again when the same text comes twice', () => {
    const popup = renderPopup(ready(['u-mup']));
    const live = document.querySelector('[aria-live="polite"].copy-status') as HTMLElement;
    expect(live.textContent).toBe('');
    popup.rerender(ready(['u-mup']), { id: 1, text: 'BibTeX citation copied.' });
    expect(live.textContent).toBe('BibTeX citation copied.');
    const first = live.firstElementChild;
    popup.rerender(ready(['u-mup']), { id: 2, text: 'BibTeX citation copied.' });
    expect(live.textContent).toBe('BibTeX citation copied.');
    // A new node: screen readers announce additions, not an unchanged text.
    expect(live.firstElementChild).not.toBe(first);
  });
});

describe('PopupView keyboard', () => {
  const key = (target: Element, k: string) => fireEvent.keyDown(target, { key: k, bubbles: true });

  it('arrows move between papers from the moment the popup opens', () => {
    renderPopup(ready(['unit-scaling', 'u-mup', 'sparq-attention']));
    key(document.body, 'ArrowDown');
    expect(document.activeElement).toBe(article('unit-scaling'));
    key(document.activeElement as Element, 'ArrowDown');
    expect(document.activeElement).toBe(article('u-mup'));
    key(document.activeElement as Element, 'ArrowDown');
    expect(document.activeElement).toBe(article('sparq-attention'));
    key(document.activeElement as Element, 'ArrowUp');
    expect(document.activeElement).toBe(article('u-mup'));
    // From a button inside a paper too.
    key(within(article('u-mup')).getByRole('button', { name: /^Copy BibTeX/ }), 'ArrowUp');
    expect(document.activeElement).toBe(article('unit-scaling'));
  });

  it('Enter on a focused paper opens its whole abstract, "c" copies it in the default format', () => {
    const popup = renderPopup(ready(['unit-scaling', 'u-mup']), { defaultFormat: 'apa' });
    key(document.body, 'ArrowDown');
    key(document.activeElement as Element, 'ArrowDown');
    const umup = article('u-mup');
    key(umup, 'Enter');
    expect(umup.querySelector('.paper-abstract')?.textContent).toContain(
      'working out-of-the-box in FP8',
    );
    key(umup, 'c');
    expect(popup.onCopy).toHaveBeenCalledWith(['u-mup'], 'apa');
    key(umup, 'c');
    expect(popup.onCopy).toHaveBeenCalledTimes(2);
  });

  it('typing "c" or arrows in the search box edits the query, never copies', () => {
    const popup = renderPopup(ready([]));
    key(searchBox(), 'c');
    expect(popup.onCopy).not.toHaveBeenCalled();
  });

  it('ArrowDown in the search box goes to the first result; Escape clears the query', async () => {
    renderPopup(ready([]));
    fireEvent.input(searchBox(), { target: { value: 'sparq' } });
    await screen.findByText('1 paper matches “sparq”.');
    key(searchBox(), 'ArrowDown');
    expect(document.activeElement).toBe(article('sparq-attention'));
    key(searchBox(), 'Escape');
    expect((searchBox() as HTMLInputElement).value).toBe('');
    expect(screen.queryByText(/“sparq”/)).toBeNull();
  });
});

describe('PopupView search and browse', () => {
  const discover = () =>
    within(screen.getByRole('region', { name: "Search and browse the group's papers" }));

  it('shows results as you type, with the matched words marked', async () => {
    renderPopup(ready([]));
    fireEvent.input(searchBox(), { target: { value: 'unit scaling' } });
    await screen.findByText(/(papers match|paper matches) “unit scaling”/);
    const first = discover().getAllByRole('article')[0] as HTMLElement;
    expect(first.dataset.paperId).toBe('unit-scaling');
    const title = first.querySelector('.paper-title') as HTMLElement;
    expect([...title.querySelectorAll('mark')].map((m) => m.textContent)).toEqual([
      'Unit',
      'Scaling',
    ]);
    // The title reads as it did: the marks only wrap words.
    expect(title.textContent).toBe('Unit Scaling: Out-of-the-Box Low-Precision Training');

    fireEvent.input(searchBox(), { target: { value: 'zzqx' } });
    expect(await screen.findByText('No papers match “zzqx”.')).toBeTruthy();
    expect(discover().queryAllByRole('article')).toHaveLength(0);
  });

  it('browses the six topics and the years', () => {
    renderPopup(ready([]));
    const chips = within(screen.getByRole('group', { name: 'Browse by topic' })).getAllByRole(
      'button',
    );
    expect(chips.map((c) => c.textContent)).toEqual(paperList.topics.map((t) => t.name));
    expect(chips).toHaveLength(6);

    const physics = chips.find((c) => c.textContent === 'Physics') as HTMLElement;
    fireEvent.click(physics);
    expect(physics.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByText('4 papers in Physics.')).toBeTruthy();
    expect(
      discover()
        .getAllByRole('article')
        .map((a) => a.dataset.paperId)
        .sort(),
    ).toEqual(['dft-backpropagation', 'mess', 'pyscf-ipu', 'qm1b']);
    fireEvent.click(physics);
    expect(physics.getAttribute('aria-pressed')).toBe('false');
    expect(discover().queryAllByRole('article')).toHaveLength(0);

    const year = screen.getByRole('combobox', { name: /Year/ });
    fireEvent.change(year, { target: { value: '2018' } });
    expect(screen.getByText('1 paper in 2018.')).toBeTruthy();
    expect(discover().getAllByRole('article')[0]?.dataset.paperId).toBe('small-batch-training');
  });
});
