/**
 * NeurIPS proceedings (papers.nips.cc, proceedings.neurips.cc, papers.neurips.cc; the same
 * software serves proceedings.iclr.cc): year indexes in the 2023+ markup
 * (`ul.paper-list … div.paper-content > a`) and the older `li > a` + `<i>authors</i>` markup,
 * and paper pages (`…/hash/<hex>-Abstract[-Track].html`, the title in the first `h4`, with
 * `citation_*` meta, sometimes a `citation_doi`). Index entries carry no identifiers.
 *
 * @module
 */
import { listEntries } from './links';
import { pageIdentifiers, type Site } from './site';

const PAPER_PAGE = /\/hash\/[0-9a-f]{32}-Abstract[\w-]*\.html$/;
const YEAR_INDEX = /^\/(?:paper_files\/)?paper\/\d{4}(?:\/[\w-]+)?\/?$/;
const INDEX_TITLES = '.paper-content > a[href*="/hash/"], li > a[href*="/hash/"]';

/** Pages these rules read: the supported-page list for docs and tests (not shipped). */
export const EXAMPLES = [
  'https://papers.nips.cc/paper_files/paper/2023',
  'https://proceedings.neurips.cc/paper_files/paper/2024',
  'https://proceedings.neurips.cc/paper/2020',
  'https://papers.nips.cc/paper_files/paper/2023/hash/ac7f98dd0b342edaf3be79844a180a6b-Abstract-Datasets_and_Benchmarks.html',
  'https://papers.neurips.cc/paper_files/paper/2021/hash/8d2a5f7d4afa5d0530789d3066945330-Abstract.html',
  'https://proceedings.neurips.cc/paper/2020/hash/8dcf2420e78a64333a59674678fb283b-Abstract.html',
  'https://proceedings.iclr.cc/paper_files/paper/2025/hash/e3130a164f5c724e37271b93bc76dd28-Abstract-Conference.html',
];

export const neuripsProceedings: Site = {
  id: 'neurips-proceedings',
  name: 'NeurIPS Proceedings',
  hosts: ['papers.nips.cc', 'proceedings.neurips.cc', 'papers.neurips.cc', 'proceedings.iclr.cc'],
  entries(doc, url) {
    const path = url.pathname;
    if (PAPER_PAGE.test(path)) {
      // The first h4 of the page is the title; "Authors" and "Abstract" h4s follow it.
      return [
        { ...pageIdentifiers(doc, url), title: () => doc.querySelector('.container-fluid h4') },
      ];
    }
    if (YEAR_INDEX.test(path)) return listEntries(doc, { titles: INDEX_TITLES });
    return [];
  },
};
