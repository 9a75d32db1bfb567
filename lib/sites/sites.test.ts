import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as v from 'valibot';
import { describe, expect, it, vi } from 'vitest';
import { PAGE_FIXTURES, type PageFixture } from '../../tests/fixtures/pages';
import { buildDetectionIndex, PaperMatcher } from '../matching/detection-index';
import { findPapers } from '../matching/find-papers';
import { PaperListSchema } from '../papers/model';
import { arxivListing } from '../../tests/bench/listing';
import { generic } from './generic';
import { SITES, siteExamples, siteForUrl } from './index';
import { pageIdentifiers } from './site';

// jsdom ships no type declarations; this is the part of its API the tests use.
interface JsdomWindow extends Window {
  close(): void;
}
interface JsdomInstance {
  window: JsdomWindow;
}
type JsdomConstructor = new (
  html: string,
  options: { url: string; runScripts?: 'dangerously'; pretendToBeVisual?: boolean },
) => JsdomInstance;
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: JsdomConstructor };

const papers = v.parse(
  PaperListSchema,
  JSON.parse(readFileSync(new URL('../../data/papers.json', import.meta.url), 'utf8')),
).papers;
const matcher = new PaperMatcher(buildDetectionIndex(papers));

function fixtureHtml(fixture: PageFixture): string {
  if (fixture.html !== undefined) return fixture.html;
  return readFileSync(
    new URL(`../../tests/fixtures/pages/${fixture.file}`, import.meta.url),
    'utf8',
  );
}

function detect(window: Window): { ids: string[]; titles: (Element | null)[]; cited: string[] } {
  const url = new URL(window.location.href);
  const detections = findPapers(siteForUrl(url).entries(window.document, url), matcher);
  return {
    ids: detections.map((d) => d.paperId),
    titles: detections.map((d) => d.title),
    cited: detections.filter((d) => d.cited).map((d) => d.paperId),
  };
}

/** Waits for `check` to pass: the fixtures' scripts render on timers, later on a busy machine. */
const eventually = (check: () => void): Promise<void> =>
  vi.waitFor(check, { timeout: 15_000, interval: 50 });

/** Loads a fixture with its inline scripts running, until its load event. */
async function loaded(fixture: PageFixture): Promise<JsdomWindow> {
  const { window } = new JSDOM(fixtureHtml(fixture), {
    url: fixture.url,
    runScripts: 'dangerously',
    pretendToBeVisual: true,
  });
  await new Promise<void>((resolve) => {
    if (window.document.readyState === 'complete') resolve();
    else window.addEventListener('load', () => resolve());
  });
  return window;
}

const hasInlineScript = (fixture: PageFixture): boolean => /<script>/.test(fixtureHtml(fixture));
const fixtureNamed = (file: string, hash = ''): PageFixture => {
  const found = PAGE_FIXTURES.find((f) => f.file === file && new URL(f.url).hash === hash);
  if (!found) throw new Error(`no fixture ${file}${hash}`);
  return found;
};

describe('fixture pages, parsed statically', () => {
  it.each(PAGE_FIXTURES.map((f) => [`${f.file} @ ${f.url}`, f] as const))(
    '%s',
    (_name, fixture) => {
      const { window } = new JSDOM(fixtureHtml(fixture), { url: fixture.url });
      const { ids, cited } = detect(window);
      expect(ids).toEqual(fixture.staticExpected ?? fixture.expected);
      expect(cited).toEqual(fixture.cited ?? []);
      window.close();
    },
  );

  it('marks title elements, never the whole page or a hidden copy', () => {
    for (const fixture of PAGE_FIXTURES) {
      const { window } = new JSDOM(fixtureHtml(fixture), { url: fixture.url });
      for (const title of detect(window).titles) {
        expect(title, fixture.file).not.toBeNull();
        expect(['HTML', 'BODY', 'MAIN', 'HEAD', 'META', 'TITLE']).not.toContain(title?.tagName);
        expect(title?.closest('[hidden], head, script, template'), fixture.file).toBeNull();
      }
      window.close();
    }
  });

  it('lists every fixture file once per URL', () => {
    const keys = PAGE_FIXTURES.map((f) => `${f.file} ${f.url}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('fixture pages, rendered by their inline scripts', () => {
  const dynamic = PAGE_FIXTURES.filter(hasInlineScript);

  it('has the dynamic cases the end-to-end tests rely on', () => {
    expect(dynamic.map((f) => f.file)).toEqual(
      expect.arrayContaining([
        'arxiv/abs-u-mup-typeset-late.html',
        'openreview/group-want-tabs.html',
        'openreview/group-iclr2024-navigation.html',
      ]),
    );
  });

  it.each(dynamic.map((f) => [`${f.file} @ ${f.url}`, f] as const))(
    '%s',
    async (_name, fixture) => {
      const window = await loaded(fixture);
      await eventually(() => expect(detect(window).ids).toEqual(fixture.expected));
      window.close();
    },
  );

  it('typesets the arXiv title late, into the MathJax 2 DOM', async () => {
    const window = await loaded(fixtureNamed('arxiv/abs-u-mup-typeset-late.html'));
    const h1 = window.document.querySelector('h1.title.mathjax');
    await eventually(() => expect(h1?.querySelector('.MJX_Assistive_MathML math')).not.toBeNull());
    expect(h1?.textContent).not.toContain('$');
    window.close();
  });

  it('renders a different list on an OpenReview tab click (#tab-… hash)', async () => {
    const window = await loaded(fixtureNamed('openreview/group-want-tabs.html'));
    await eventually(() => expect(detect(window).ids).toEqual(['scalify']));
    window.document.querySelector<HTMLElement>('a[href="#accept-poster"]')?.click();
    expect(window.location.hash).toBe('#tab-accept-poster');
    await eventually(() => {
      expect(detect(window).ids).toEqual(['scalify', 'u-mup']);
      expect(window.document.querySelector('#accept-poster mjx-container')).not.toBeNull();
    });
    window.close();
  });

  it('follows the OpenReview group → forum in-app navigation', async () => {
    const window = await loaded(
      fixtureNamed('openreview/group-iclr2024-navigation.html', '#tab-accept-poster'),
    );
    await eventually(() => expect(detect(window).ids).toEqual(['molecular-foundation-datasets']));
    window.document
      .querySelector<HTMLElement>('.list-paginated a[href="/forum?id=Zc2aIcucwc"]')
      ?.click();
    expect(window.location.href).toBe('https://openreview.net/forum?id=Zc2aIcucwc');
    const { ids, titles } = detect(window);
    expect(ids).toEqual(['molecular-foundation-datasets']);
    expect(titles[0]?.matches('h2.citation_title')).toBe(true);
    window.history.back();
    await eventually(() => {
      expect(window.location.href).toBe(
        'https://openreview.net/group?id=ICLR.cc/2024/Conference#tab-accept-poster',
      );
      expect(detect(window).ids).toEqual(['molecular-foundation-datasets']);
      expect(detect(window).titles[0]?.matches('.note h4 > a')).toBe(true);
    });
    window.close();
  });
});

describe('site list', () => {
  it('gives every host to one site only', () => {
    const hosts = SITES.flatMap((site) => site.hosts);
    expect(new Set(hosts).size).toBe(hosts.length);
  });

  it.each(SITES.map((site) => [site.id, site] as const))(
    '%s: its examples resolve to it; on an empty page nothing is marked',
    (_id, site) => {
      const examples = siteExamples()[site.id] ?? [];
      expect(examples.length).toBeGreaterThan(0);
      const { window } = new JSDOM('<!DOCTYPE html><html><body></body></html>', {
        url: 'https://example.org/',
      });
      for (const example of examples) {
        const url = new URL(example);
        expect(siteForUrl(url), example).toBe(site);
        expect(SITES.filter((other) => other.hosts.includes(url.hostname))).toEqual([site]);
        // A URL may identify the paper (arXiv, OpenReview, HF, ACS): counted, but with no title to mark.
        expect(
          findPapers(site.entries(window.document, url), matcher).map((d) => d.title),
        ).not.toContainEqual(expect.anything());
      }
      window.close();
    },
  );

  it.each(SITES.map((site) => [site.id, site] as const))(
    '%s: has at least one fixture page',
    (_id, site) => {
      expect(PAGE_FIXTURES.some((f) => siteForUrl(new URL(f.url)) === site)).toBe(true);
    },
  );

  it('sends unsupported pages to the generic rules, which have fixtures too', () => {
    expect(siteForUrl(new URL('https://example.org/reading-list.html'))).toBe(generic);
    expect(siteForUrl(new URL('https://scholar.archive.org/search?q=unit+scaling'))).toBe(generic);
    expect(
      PAGE_FIXTURES.filter((f) => siteForUrl(new URL(f.url)) === generic).length,
    ).toBeGreaterThan(0);
  });

  it('reads nothing on huggingface.co pages outside /papers', () => {
    const fixture = fixtureNamed('huggingface/daily-2024-07-25.html');
    const { window } = new JSDOM(fixtureHtml(fixture), { url: fixture.url });
    const site = siteForUrl(new URL(fixture.url));
    for (const path of [
      '/',
      '/models',
      '/datasets/graphcore/qm1b',
      '/spaces/x/y',
      '/graphcore-research/umup-llama-7b',
      '/blog/papers',
    ]) {
      expect(site.entries(window.document, new URL(path, 'https://huggingface.co')), path).toEqual(
        [],
      );
    }
    window.close();
  });
});

/**
 * Runs `read` counting its DOM work: each query call, plus each element a query returned (a
 * query over the whole page costs as many as the page has).
 */
function countDomWork<T>(window: JsdomWindow, read: () => T): { result: T; work: number } {
  let work = 0;
  const w = window as unknown as typeof globalThis;
  const restores: (() => void)[] = [];
  for (const proto of [w.Element.prototype, w.Document.prototype]) {
    const methods = proto as unknown as Record<string, (...args: unknown[]) => unknown>;
    for (const name of [
      'querySelector',
      'querySelectorAll',
      'closest',
      'getElementsByTagName',
      'getElementById',
    ]) {
      const original = methods[name];
      if (!original) continue;
      methods[name] = function (this: unknown, ...args: unknown[]) {
        const found = original.apply(this, args) as { length?: number } | null;
        work += 1 + (found?.length ?? 0);
        return found;
      };
      restores.push(() => (methods[name] = original));
    }
  }
  try {
    return { result: read(), work };
  } finally {
    for (const restore of restores) restore();
  }
}

describe('identifiers a page declares about itself', () => {
  it('reads the first tag of each name, whatever case the publisher wrote it in', () => {
    const { document } = new JSDOM(
      '<head><meta name="DC.Identifier" content="10.1021/ACS.JCIM.3C01234">' +
        '<meta name="Citation_ArXiv_Id" content="2303.11257">' +
        '<meta name="citation_arxiv_id" content="2406.19388"></head><body></body>',
      { url: 'https://pubs.acs.org/doi/10.1021/x' },
    ).window;
    expect(pageIdentifiers(document, new URL('https://pubs.acs.org/doi/10.1021/x'))).toEqual({
      arxivId: '2303.11257',
      doi: '10.1021/acs.jcim.3c01234',
      openreviewId: undefined,
    });
  });

  it('falls back to the URL on a page without tags', () => {
    const { document } = new JSDOM('<p>No tags here.</p>', {
      url: 'https://arxiv.org/abs/2303.11257v2',
    }).window;
    expect(pageIdentifiers(document, new URL('https://arxiv.org/abs/2303.11257v2'))).toEqual({
      arxivId: '2303.11257',
      doi: undefined,
      openreviewId: undefined,
    });
  });
});

describe('large pages', () => {
  it('a bibliography of 5,000 references: the cited group papers, a few lookups per reference', () => {
    const reference = (i: number, title: string) =>
      `<li class="ltx_bibitem"><span class="ltx_bibblock">A. Author and B. Writer.</span><span class="ltx_bibblock">${title}.</span><span class="ltx_bibblock">In Proceedings, ${2000 + (i % 25)}.</span></li>`;
    const items = Array.from({ length: 5000 }, (_, i) =>
      reference(i, `A study of topic ${i} in learning`),
    );
    items[1234] = reference(1234, 'Unit scaling: Out-of-the-box low-precision training');
    items[4321] = reference(4321, 'SparQ attention: Bandwidth-efficient LLM inference');
    const { window } = new JSDOM(
      `<!DOCTYPE html><html><body><article><h1 class="ltx_title_document">Another paper</h1><ul class="ltx_biblist">${items.join('')}</ul></article></body></html>`,
      { url: 'https://arxiv.org/html/2611.09999v1' },
    );
    const url = new URL(window.location.href);
    const { result, work } = countDomWork(window, () =>
      findPapers(siteForUrl(url).entries(window.document, url), matcher),
    );
    expect(result.map((d) => [d.paperId, d.cited])).toEqual([
      ['unit-scaling', true],
      ['sparq-attention', true],
    ]);
    expect(work).toBeLessThanOrEqual(20 * 5000);
    window.close();
  });

  // entries() must stay linear: one querySelectorAll per kind, a few lookups per entry.
  it.each([
    [
      'dblp',
      'https://dblp.org/db/conf/nips/neurips2023.html',
      (i: number) =>
        `<li class="entry inproceedings" id="k${i}"><nav class="publ"><ul><li class="ee"><a href="https://doi.org/10.48550/arXiv.2401.${String(10000 + i)}">ee</a></li></ul></nav><cite class="data"><span class="title" itemprop="name">Paper number ${i}.</span></cite></li>`,
    ],
    [
      'pmlr',
      'https://proceedings.mlr.press/v235/',
      (i: number) =>
        `<div class="paper"><p class="title">Paper number ${i}</p><p class="links">[<a href="https://proceedings.mlr.press/v235/x${i}.html">abs</a>][<a href="https://openreview.net/forum?id=id${String(100000 + i)}">OpenReview</a>]</p></div>`,
    ],
    [
      'openreview',
      'https://openreview.net/group?id=ICLR.cc/2024/Conference',
      (i: number) =>
        `<li><div class="note  undefined"><h4><a href="/forum?id=f${String(100000 + i)}">Paper number ${i}</a></h4></div></li>`,
    ],
  ])('%s: 4000 entries', (_id, url, row) => {
    const body = Array.from({ length: 4000 }, (_, i) => row(i)).join('\n');
    const group = row(4000).replace(
      /Paper number 4000/,
      'SparQ Attention: Bandwidth-Efficient LLM Inference',
    );
    const { window } = new JSDOM(
      `<!DOCTYPE html><html><body><ul>${body}${group}</ul></body></html>`,
      { url },
    );
    const parsedUrl = new URL(url);
    const { result: detections, work } = countDomWork(window, () =>
      findPapers(siteForUrl(parsedUrl).entries(window.document, parsedUrl), matcher),
    );
    expect(detections.map((d) => d.paperId)).toEqual(['sparq-attention']);
    // About a dozen lookups per entry; one query of the whole page per entry would be thousands.
    expect(work).toBeLessThanOrEqual(20 * 4001);
    window.close();
  });
});

describe('arXiv listings looked up by the ids the index holds', () => {
  it.each(
    PAGE_FIXTURES.filter((f) => f.url.includes('arxiv.org/list/')).map((f) => [f.file, f] as const),
  )('%s: the same papers as a scan of the whole listing', (_file, fixture) => {
    const { window } = new JSDOM(fixtureHtml(fixture), { url: fixture.url });
    const url = new URL(fixture.url);
    const site = siteForUrl(url);
    const byIds = findPapers(site.entries(window.document, url, matcher), matcher);
    expect(byIds.map((d) => d.paperId)).toEqual(fixture.staticExpected ?? fixture.expected);
    expect(byIds.map((d) => d.title)).toEqual(detect(window).titles);
    window.close();
  });

  it('reads a 2,000-entry listing in a few lookups per paper of the index, not per entry', () => {
    const html = arxivListing(2000, papers);
    const { window } = new JSDOM(html, { url: 'https://arxiv.org/list/cs.LG/new?show=2000' });
    const url = new URL(window.location.href);
    const { result, work } = countDomWork(window, () =>
      findPapers(siteForUrl(url).entries(window.document, url, matcher), matcher),
    );
    expect(result).toHaveLength(10);
    expect(work).toBeLessThanOrEqual(10 * matcher.arxivIds.length);
    window.close();
  });
});
