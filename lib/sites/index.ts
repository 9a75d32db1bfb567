/**
 * The one list of supported sites. The content script is declared for exactly these hosts;
 * every other page is read only when the user asks ("Scan this page").
 *
 * @module
 */
import { arxiv } from './arxiv';
import { generic } from './generic';
import type { Site } from './site';

export const SITES: readonly Site[] = [arxiv];

/** Match patterns for the manifest's content script declaration. */
export function contentScriptMatches(sites: readonly Site[] = SITES): string[] {
  return sites.flatMap((site) => site.hosts.map((host) => `https://${host}/*`));
}

/** The site whose rules read `url`; the generic rules for any other page. */
export function siteForUrl(url: URL, sites: readonly Site[] = SITES): Site {
  return sites.find((site) => site.hosts.includes(url.hostname)) ?? generic;
}
