import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parsePaperList } from '../../data/build-index';
import { RELATED_PAGES } from '../../tests/fixtures/related-pages';
import { PaperMatcher, buildDetectionIndex } from '../matching/detection-index';
import { findPapers } from '../matching/find-papers';
import { possiblyNewPapers, regularAuthors } from '../papers/possibly-new';
import { siteForUrl } from '../sites';
import { describePage, type PagePaper } from '../sites/page-paper';
import { RelatedScorer, type RelatedModel } from './model';
import { LISTING_SUGGESTIONS, pageRelations } from './page';

type JsdomConstructor = new (html: string, options: { url: string }) => { window: Window };
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: JsdomConstructor };

const papers = parsePaperList(
  readFileSync(new URL('../../data/papers.json', import.meta.url), 'utf8'),
).papers;
const matcher = new PaperMatcher(buildDetectionIndex(papers));
const scorer = new RelatedScorer(
  JSON.parse(
    readFileSync(new URL('../../data/generated/related-model.json', import.meta.url), 'utf8'),
  ) as RelatedModel,
);

describe('related work on pages of other people’s papers', () => {
  it.each(RELATED_PAGES.map((page) => [page.file, page] as const))('%s', (_file, page) => {
    const html =
      page.html ??
      readFileSync(new URL(`../../tests/fixtures/pages/${page.file}`, import.meta.url), 'utf8');
    const { window } = new JSDOM(html, { url: page.url });
    const url = new URL(page.url);
    const site = siteForUrl(url);
    const cited = findPapers(site.entries(window.document, url), matcher)
      .filter((d) => d.cited)
      .map((d) => d.paperId);
    const content = describePage(site, window.document, url);
    const entries = content.paper ? [content.paper, ...content.listing] : content.listing;
    const possiblyNew = possiblyNewPapers(entries, regularAuthors(papers), matcher);
    const listedAsNew = new Set(possiblyNew.flatMap((p) => p.paper.arxivId ?? []));
    const relations = pageRelations(content, cited, scorer, matcher, listedAsNew);
    const { related } = page;
    if (relations?.kind === 'paper') {
      expect([...relations.cited, ...relations.related].map((r) => r.paperId)).toEqual(
        related.page,
      );
      expect(relations.cited.map((r) => r.paperId)).toEqual(related.cited ?? []);
      for (const r of [...relations.cited, ...relations.related])
        expect(r.shared.length, r.paperId).toBeGreaterThan(0);
    } else if (relations?.kind === 'listing') {
      expect(relations.entries.map((e) => e.paper.arxivId)).toEqual(related.listing);
    } else {
      expect(related.page ?? related.listing).toBeUndefined();
    }
    expect(possiblyNew.map((p) => p.paper.arxivId)).toEqual(related.possiblyNew ?? []);
    window.close();
  });
});

describe('related work on bad pages', () => {
  const relate = (html: string, url: string, cited: string[] = []) => {
    const { window } = new JSDOM(html, { url });
    const parsed = new URL(url);
    return pageRelations(
      describePage(siteForUrl(parsed), window.document, parsed),
      cited,
      scorer,
      matcher,
    );
  };

  it('takes a page whose meta tags give a group paper’s title for that paper: nothing to suggest', () => {
    const html = `<html><head><meta property="og:title" content="Unit Scaling: Out-of-the-Box Low-Precision Training">
      <meta property="og:description" content="Ten ways to bake sourdough bread at home."></head>
      <body><h1>Sourdough</h1></body></html>`;
    expect(relate(html, 'https://example.org/bread')).toBeUndefined();
  });

  it('scores a paper with no abstract from its title alone', () => {
    const html = `<html><head><meta name="citation_title" content="Sparse attention with a compressed KV cache for long-context LLM inference"></head><body></body></html>`;
    const relations = relate(html, 'https://example.org/paper');
    expect(relations?.kind).toBe('paper');
    expect(relations?.kind === 'paper' && relations.related[0]?.paperId).toBe('sparq-attention');
  });

  it('stays calm on TeX soup, other scripts and a huge abstract', () => {
    const tex = '$\\mathcal{L}_{\\theta}(x) = \\sum_{i=1}^{N} \\frac{\\partial f}{\\partial x_i}$ ';
    const html = `<html><head><meta name="citation_title" content="深層学習における $\\alpha$-正則化">
      <meta name="citation_abstract" content="${tex.repeat(10_000)}"></head><body></body></html>`;
    const relations = relate(html, 'https://example.org/tex');
    expect(relations).toEqual({
      kind: 'paper',
      title: '深層学習における $\\alpha$-正則化',
      cited: [],
      related: [],
    });
  });
});

describe('related entries of a long listing', () => {
  it('are those that scoring every entry in full would suggest', () => {
    const read = (file: string): PagePaper[] =>
      (
        JSON.parse(
          readFileSync(new URL(`../../tests/related/${file}`, import.meta.url), 'utf8'),
        ) as { items: { id: string; title: string; abstract: string }[] }
      ).items.map(({ id, title, abstract }) => ({
        arxivId: id,
        title,
        abstract,
        authors: [],
        keywords: [],
      }));
    // 465 real abstracts, most of them on the group's subjects: far more than are scored in full.
    const listing = [
      'judged-set.json',
      'judged-set.held-out.json',
      'judged-set.held-out-2.json',
      'judged-set.held-out-3.json',
      'judged-set.held-out-4.json',
      'judged-set.held-out-5.json',
      'judged-set.held-out-6.json',
      'listing-entries.json',
    ].flatMap(read);
    const inFull = listing
      .flatMap((paper) => scorer.related(paper, { listing: true }).map((r) => [paper, r] as const))
      .sort((a, b) => b[1].score - a[1].score)
      .slice(0, LISTING_SUGGESTIONS)
      .map(([paper]) => paper.arxivId);
    const relations = pageRelations({ listing }, [], scorer, matcher);
    expect(relations?.kind === 'listing' && relations.entries.map((e) => e.paper.arxivId)).toEqual(
      inFull,
    );
  });
});
