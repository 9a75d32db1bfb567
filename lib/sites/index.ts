/**
 * The one list of supported sites. The content script is declared for exactly these hosts;
 * every other page is read only when the user asks ("Scan this page").
 *
 * @module
 */
import { EXAMPLES as aaaiExamples, aaai } from './aaai';
import { EXAMPLES as aclAnthologyExamples, aclAnthology } from './acl-anthology';
import { EXAMPLES as acsExamples, acs } from './acs';
import { EXAMPLES as arxivExamples, arxiv } from './arxiv';
import { EXAMPLES as dblpExamples, dblp } from './dblp';
import { EXAMPLES as genericExamples, generic } from './generic';
import { EXAMPLES as googleScholarExamples, googleScholar } from './google-scholar';
import { EXAMPLES as huggingfaceExamples, huggingface } from './huggingface';
import { EXAMPLES as neuripsProceedingsExamples, neuripsProceedings } from './neurips-proceedings';
import { EXAMPLES as openreviewExamples, openreview } from './openreview';
import { EXAMPLES as pmlrExamples, pmlr } from './pmlr';
import { EXAMPLES as semanticScholarExamples, semanticScholar } from './semantic-scholar';
import type { Site } from './site';
import { EXAMPLES as virtualConferenceExamples, virtualConference } from './virtual-conference';

export const SITES: readonly Site[] = [
  arxiv,
  openreview,
  pmlr,
  neuripsProceedings,
  virtualConference,
  googleScholar,
  semanticScholar,
  huggingface,
  dblp,
  aclAnthology,
  aaai,
  acs,
];

/** Match patterns for the manifest's content script declaration. */
export function contentScriptMatches(sites: readonly Site[] = SITES): string[] {
  return sites.flatMap((site) => site.hosts.map((host) => `https://${host}/*`));
}

/** The site whose rules read `url`; the generic rules for any other page. */
export function siteForUrl(url: URL, sites: readonly Site[] = SITES): Site {
  return sites.find((site) => site.hosts.includes(url.hostname)) ?? generic;
}

/**
 * Example URLs of the pages each site's rules read, by site id: the documented list of
 * supported pages, checked by lib/sites/sites.test.ts. A function, so that none of it reaches
 * the content script's bundle.
 */
export const siteExamples = (): Readonly<Record<string, readonly string[]>> => ({
  [aaai.id]: aaaiExamples,
  [aclAnthology.id]: aclAnthologyExamples,
  [acs.id]: acsExamples,
  [arxiv.id]: arxivExamples,
  [dblp.id]: dblpExamples,
  [generic.id]: genericExamples,
  [googleScholar.id]: googleScholarExamples,
  [huggingface.id]: huggingfaceExamples,
  [neuripsProceedings.id]: neuripsProceedingsExamples,
  [openreview.id]: openreviewExamples,
  [pmlr.id]: pmlrExamples,
  [semanticScholar.id]: semanticScholarExamples,
  [virtualConference.id]: virtualConferenceExamples,
});
