import { describe, expect, it } from 'vitest';
import {
  arxivIdFromUrl,
  arxivIdOfPath,
  doiFromUrl,
  identifiersOfHref,
  normalizeDoi,
  openreviewIdFromUrl,
} from './identifiers';

describe('arxivIdFromUrl', () => {
  it.each([
    ['https://arxiv.org/abs/2407.17465', '2407.17465'],
    ['https://arxiv.org/abs/2407.17465v3', '2407.17465'],
    ['https://www.arxiv.org/abs/2303.11257v2', '2303.11257'],
    ['https://export.arxiv.org/abs/2303.11257', '2303.11257'],
    ['https://arxiv.org/pdf/2407.17465', '2407.17465'],
    ['https://arxiv.org/pdf/2407.17465v1.pdf', '2407.17465'],
    ['https://arxiv.org/html/2407.17465v2', '2407.17465'],
    ['https://arxiv.org/html/2407.17465v2/#S3', '2407.17465'],
    ['https://arxiv.org/abs/1804.07612?context=cs', '1804.07612'],
    ['https://arxiv.org/abs/cs/0112017v1', 'cs/0112017'],
    ['https://arxiv.org/abs/math.GT/0309136', 'math.GT/0309136'],
    ['https://doi.org/10.48550/arXiv.2407.17465', '2407.17465'],
  ])('reads %s', (url, id) => {
    expect(arxivIdFromUrl(url)).toBe(id);
  });

  it('reads relative links against the page origin', () => {
    expect(arxivIdFromUrl('/abs/2311.01135', 'https://arxiv.org')).toBe('2311.01135');
  });

  it.each([
    'https://example.org/abs/2407.17465',
    'https://arxiv.org/list/cs.LG/new',
    'https://arxiv.org/abs/2407.174651234',
    'not a url at all',
  ])('ignores %s', (url) => {
    expect(arxivIdFromUrl(url)).toBeUndefined();
  });
});

describe('doiFromUrl', () => {
  it.each([
    ['https://doi.org/10.1021/acs.jcim.3c01312', '10.1021/acs.jcim.3c01312'],
    ['https://dx.doi.org/10.1093/Bioinformatics/btaf547', '10.1093/bioinformatics/btaf547'],
    ['https://pubs.acs.org/doi/10.1021/acs.jcim.3c01312', '10.1021/acs.jcim.3c01312'],
    ['https://pubs.acs.org/doi/abs/10.1021/acs.jcim.3c01312?ref=x', '10.1021/acs.jcim.3c01312'],
    ['https://doi.org/10.1609%2Faaai.v38i11.29088', '10.1609/aaai.v38i11.29088'],
  ])('reads %s', (url, doi) => {
    expect(doiFromUrl(url)).toBe(doi);
  });

  it('ignores links that carry no DOI', () => {
    expect(doiFromUrl('https://example.org/10.1021/x')).toBeUndefined();
    expect(doiFromUrl('https://doi.org/')).toBeUndefined();
  });
});

describe('normalizeDoi', () => {
  it('trims punctuation from running text and lower-cases', () => {
    expect(normalizeDoi(' 10.1021/ACS.JCIM.3c01312. ')).toBe('10.1021/acs.jcim.3c01312');
    expect(normalizeDoi('nope')).toBeUndefined();
  });
});

describe('openreviewIdFromUrl', () => {
  it('reads forum and pdf ids, and nothing else', () => {
    expect(openreviewIdFromUrl('https://openreview.net/forum?id=P7KRIiLM8T')).toBe('P7KRIiLM8T');
    expect(openreviewIdFromUrl('/pdf?id=kIzat5hJxg', 'https://openreview.net')).toBe('kIzat5hJxg');
    expect(
      openreviewIdFromUrl('https://openreview.net/group?id=ICLR.cc/2025/Conference'),
    ).toBeUndefined();
    expect(openreviewIdFromUrl('https://example.org/forum?id=P7KRIiLM8T')).toBeUndefined();
  });
});

describe('identifiersOfHref', () => {
  it.each([
    ['https://arxiv.org/abs/2407.17465v3', { arxivId: '2407.17465' }],
    ['https://arxiv.org/pdf/2303.11257v2.pdf', { arxivId: '2303.11257' }],
    ['http://export.arxiv.org/abs/hep-th/9901001', { arxivId: 'hep-th/9901001' }],
    ['https://doi.org/10.48550/arXiv.2407.17465', { arxivId: '2407.17465' }],
    ['https://doi.org/10.1093/bioinformatics/btaf547', { doi: '10.1093/bioinformatics/btaf547' }],
    ['https://doi.org/10.1021%2Facs.jcim.3c01312', { doi: '10.1021/acs.jcim.3c01312' }],
    ['https://pubs.acs.org/doi/abs/10.1021/acs.jcim.3c01312', { doi: '10.1021/acs.jcim.3c01312' }],
    ['/doi/10.1021/acs.jcim.3c01312', { doi: '10.1021/acs.jcim.3c01312' }],
    ['https://openreview.net/forum?id=P7KRIiLM8T', { openreviewId: 'P7KRIiLM8T' }],
    ['https://openreview.net/pdf?id=kIzat5hJxg', { openreviewId: 'kIzat5hJxg' }],
    ['https://openreview.net/forum?noteId=x1&id=3_MUAtqR0aA', { openreviewId: '3_MUAtqR0aA' }],
  ])('%s', (href, ids) => {
    expect(identifiersOfHref(href)).toEqual(ids);
  });

  it.each([
    'https://arxiv.org/list/cs.LG/new',
    'https://openreview.net/group?id=ICLR.cc/2024/Conference',
    'https://www.reddit.com/submit?url=https://doi.org/10.1093/bioinformatics/btaf547',
    'https://proceedings.mlr.press/v202/blake23a.html',
    '/forum?id=P7KRIiLM8T',
  ])('finds nothing in %s', (href) => {
    expect(identifiersOfHref(href)).toBeUndefined();
  });
});

describe('arxivIdOfPath', () => {
  it("reads arXiv's own relative links, and nothing else", () => {
    expect(arxivIdOfPath('/abs/2406.19388')).toBe('2406.19388');
    expect(arxivIdOfPath('/abs/2406.19388v2')).toBe('2406.19388');
    expect(arxivIdOfPath('/pdf/cs/0112017v1')).toBe('cs/0112017');
    expect(arxivIdOfPath('https://arxiv.org/abs/2406.19388')).toBeUndefined();
    expect(arxivIdOfPath('/list/cs.LG/new')).toBeUndefined();
  });
});
