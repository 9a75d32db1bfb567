import { describe, expect, it } from 'vitest';
import { arxivIdFromUrl, doiFromUrl, normalizeDoi, openreviewIdFromUrl } from './identifiers';

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
  ])('reads %s', (url, id) => {
    expect(arxivIdFromUrl(url)).toBe(id);
  });

  it('resolves relative links against the page', () => {
    expect(arxivIdFromUrl('/abs/2311.01135', 'https://arxiv.org/list/cs.LG/new')).toBe(
      '2311.01135',
    );
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
    expect(openreviewIdFromUrl('/pdf?id=kIzat5hJxg', 'https://openreview.net/group?id=X')).toBe(
      'kIzat5hJxg',
    );
    expect(
      openreviewIdFromUrl('https://openreview.net/group?id=ICLR.cc/2025/Conference'),
    ).toBeUndefined();
    expect(openreviewIdFromUrl('https://example.org/forum?id=P7KRIiLM8T')).toBeUndefined();
  });
});
