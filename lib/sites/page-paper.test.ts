import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { PAGE_LIMITS, describePage, displayName } from './page-paper';
import { siteForUrl } from './index';

// jsdom ships no type declarations; this is the part of its API the tests use.
type JsdomConstructor = new (html: string, options: { url: string }) => { window: Window };
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: JsdomConstructor };

function describeHtml(html: string, url: string) {
  const { window } = new JSDOM(html, { url });
  const parsed = new URL(url);
  return describePage(siteForUrl(parsed), window.document, parsed);
}

function describeFixture(file: string, url: string) {
  return describeHtml(
    readFileSync(new URL(`../../tests/fixtures/pages/${file}`, import.meta.url), 'utf8'),
    url,
  );
}

describe('describePage', () => {
  it('reads an arXiv abstract page: the visible title, authors, abstract and subjects', () => {
    const { paper, listing } = describeFixture(
      'arxiv/abs-tensor-programs-v.html',
      'https://arxiv.org/abs/2203.03466',
    );
    expect(listing).toEqual([]);
    expect(paper?.title).toBe(
      'Tensor Programs V: Tuning Large Neural Networks via Zero-Shot Hyperparameter Transfer',
    );
    expect(paper?.arxivId).toBe('2203.03466');
    expect(paper?.authors[0]).toMatch(/^Greg(ory)? Yang$/);
    expect(paper?.abstract).toMatch(/^Hyperparameter \(HP\) tuning/);
    expect(paper?.keywords).toContain('Machine Learning');
  });

  it('reads every entry of an arXiv listing with its authors and abstract', () => {
    const { paper, listing } = describeFixture(
      'arxiv/list-new.html',
      'https://arxiv.org/list/cs.LG/new',
    );
    expect(paper).toBeUndefined();
    expect(listing.length).toBeGreaterThanOrEqual(5);
    const umup = listing.find((entry) => entry.arxivId === '2407.17465');
    expect(umup?.title).toMatch(/Unit-Scaled Maximal Update Parametrization$/);
    expect(umup?.authors).toContain('Charlie Blake');
    expect(listing.every((entry) => entry.title && !entry.title.startsWith('Title:'))).toBe(true);
  });

  it('reads arXiv search results', () => {
    const { listing } = describeFixture(
      'arxiv/search-unit-scaling.html',
      'https://arxiv.org/search/?query=Unit+Scaling&searchtype=all',
    );
    expect(listing.map((entry) => entry.arxivId)).toContain('2303.11257');
    const unitScaling = listing.find((entry) => entry.arxivId === '2303.11257');
    expect(unitScaling?.authors).toEqual(['Charlie Blake', 'Douglas Orr', 'Carlo Luschi']);
  });

  it('reads a LaTeXML paper, which has no meta tags', () => {
    const { paper } = describeFixture(
      'arxiv/html-u-mup.html',
      'https://arxiv.org/html/2407.17465v3',
    );
    expect(paper?.arxivId).toBe('2407.17465');
    expect(paper?.title).toMatch(/The Unit-Scaled Maximal Update Parametrization$/);
    expect(paper?.authors).toContain('Charlie Blake');
    expect(paper?.abstract).toMatch(/^The Maximal Update Parametrization/);
  });

  it('takes the page’s abstract over a truncated Open Graph description (OpenReview)', () => {
    const { paper } = describeFixture(
      'openreview/forum-scaling-exponents.html',
      'https://openreview.net/forum?id=0ksNeD1SJT',
    );
    expect(paper?.title).toBe('Scaling Exponents Across Parameterizations and Optimizers');
    expect(paper?.authors.slice(0, 2)).toEqual(['Katie Everett', 'Lechao Xiao']);
    expect(paper?.abstract.length).toBeGreaterThan(100);
  });

  it('reads the abstract that follows an "Abstract" heading (NeurIPS proceedings)', () => {
    const { paper } = describeFixture(
      'neurips-proceedings/2021-proxy-norm.html',
      'https://papers.neurips.cc/paper_files/paper/2021/hash/8d2a5f7d4afa5d0530789d3066945330-Abstract.html',
    );
    expect(paper?.title).toMatch(/^Proxy-Normalizing Activations/);
    expect(paper?.abstract.length).toBeGreaterThan(100);
  });

  it('lists the titles of a proceedings index', () => {
    const { paper, listing } = describeFixture(
      'pmlr/v235-volume.html',
      'https://proceedings.mlr.press/v235/',
    );
    expect(paper).toBeUndefined();
    expect(listing.map((entry) => entry.title)).toContain(
      'SparQ Attention: Bandwidth-Efficient LLM Inference',
    );
  });

  it('knows only the id of an arXiv PDF', () => {
    const { paper } = describeHtml('', 'https://arxiv.org/pdf/2203.03466v2');
    expect(paper).toEqual({
      title: '',
      abstract: '',
      authors: [],
      keywords: [],
      arxivId: '2203.03466',
    });
  });

  it('bounds what it reads from a page, and finds nothing on an empty one', () => {
    const huge = 'x'.repeat(200_000);
    const { paper } = describeHtml(
      `<html><head><meta name="citation_title" content="A paper">
      <meta name="citation_abstract" content="${huge}"></head><body></body></html>`,
      'https://example.org/paper',
    );
    expect(paper?.abstract).toHaveLength(PAGE_LIMITS.abstract);
    expect(describeHtml('<html><body></body></html>', 'https://example.org/')).toEqual({
      listing: [],
    });
  });
});

describe('displayName', () => {
  it.each([
    ['Blake, Charlie', 'Charlie Blake'],
    ['Yamshchikov, Ivan P.', 'Ivan P. Yamshchikov'],
    ['Charlie Blake', 'Charlie Blake'],
    ['Plato', 'Plato'],
  ])('%s → %s', (name, shown) => expect(displayName(name)).toBe(shown));
});

describe('describePage on other pages (Scan this page)', () => {
  it('reads the paper a page declares in Dublin Core or Open Graph tags', () => {
    const { paper, listing } = describeHtml(
      `<html><head><meta name="DC.title" content="A Study of Things">
      <meta name="DC.creator" content="Ada Lovelace">
      <meta property="og:description" content="We study things at length."></head>
      <body><ul><li><a href="/a">Some link</a></li></ul></body></html>`,
      'https://example.org/paper.html',
    );
    expect(paper).toEqual({
      title: 'A Study of Things',
      abstract: 'We study things at length.',
      authors: ['Ada Lovelace'],
      keywords: [],
    });
    expect(listing).toEqual([]);
  });

  it('takes a page without such tags for no paper, and its links for no listing', () => {
    const { paper, listing } = describeHtml(
      '<html><body><h1>My reading list</h1><ul><li><a href="/a">Some paper</a></li></ul></body></html>',
      'https://example.org/list.html',
    );
    expect(paper).toBeUndefined();
    expect(listing).toEqual([]);
  });
});

describe('describePage on pages a site’s rules do not read', () => {
  it('finds no paper on a Hugging Face model card, whatever its meta tags say', () => {
    expect(
      describeFixture(
        'huggingface/model-card.html',
        'https://huggingface.co/graphcore-research/umup-llama-7b',
      ),
    ).toEqual({ listing: [] });
  });
});
