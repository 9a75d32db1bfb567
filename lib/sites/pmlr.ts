/**
 * PMLR (proceedings.mlr.press): volume pages (`/v235/`, one `div.paper` per paper, `p.title`)
 * and paper pages (`/v235/ribar24a.html`, `article.post-content > h1` plus `citation_*` meta).
 * Titles may hold `$…$` that MathJax 2.7.7 typesets after load. Entries are identified by
 * their OpenReview or arXiv links where the volume gives them; the `#bibtex` and other hidden
 * citation copies of a paper page are not read.
 *
 * @module
 */
import { idLinksIn, idsOfLinks, listEntries } from './links';
import { pageIdentifiers, type Site } from './site';

const VOLUME = /^\/[vr]\d+\/?$/;
const PAPER = /^\/[vr]\d+\/[\w-]+\.html$/;

/** Pages these rules read: the supported-page list for docs and tests (not shipped). */
export const EXAMPLES = [
  'https://proceedings.mlr.press/v235/',
  'https://proceedings.mlr.press/v202/',
  'https://proceedings.mlr.press/v235/ribar24a.html',
  'https://proceedings.mlr.press/v202/blake23a.html',
];

export const pmlr: Site = {
  id: 'pmlr',
  name: 'PMLR',
  hosts: ['proceedings.mlr.press'],
  entries(doc, url) {
    const path = url.pathname;
    if (VOLUME.test(path)) {
      return listEntries(doc, {
        titles: 'div.paper > p.title',
        entry: 'div.paper',
        links: idLinksIn('div.paper > p.links'),
      });
    }
    if (PAPER.test(path)) {
      const ids = { ...pageIdentifiers(doc, url), ...idsOfLinks(doc, idLinksIn('#extras')) };
      return [{ ...ids, title: () => doc.querySelector('article.post-content > h1') }];
    }
    return [];
  },
};
