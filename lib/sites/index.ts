/**
 * The one list of supported sites. The content script is declared for exactly these hosts;
 * every other page is read only when the user asks ("Scan this page").
 *
 * @module
 */
import { aaai } from './aaai';
import { aclAnthology } from './acl-anthology';
import { acs } from './acs';
import { arxiv } from './arxiv';
import { dblp } from './dblp';
import { generic } from './generic';
import { googleScholar } from './google-scholar';
import { huggingface } from './huggingface';
import { neuripsProceedings } from './neurips-proceedings';
import { openreview } from './openreview';
import { pmlr } from './pmlr';
import { semanticScholar } from './semantic-scholar';
import type { Site } from './site';
import { virtualConference } from './virtual-conference';

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
