/**
 * AAAI proceedings (ojs.aaai.org, Open Journal Systems; also its other journals, ICWSM,
 * AIIDE, HCOMP): article pages (`/index.php/AAAI/article/view/<id>`, `h1.page_title` plus
 * `citation_doi`) and issue tables of contents (`/index.php/AAAI/issue/view/<n>`,
 * `div.obj_article_summary > .title > a`), also search results and the current issue, which
 * use the same summaries. PDF galley views (`/article/view/<id>/<galley>`) are not read.
 *
 * @module
 */
import { idLinksIn, listEntries } from './links';
import { pageIdentifiers, type Site } from './site';

const ARTICLE = /^\/index\.php\/[\w-]+\/article\/view\/\d+\/?$/;
const SUMMARIES = {
  titles: '.obj_article_summary > .title > a',
  entry: '.obj_article_summary',
  links: idLinksIn('.obj_article_summary'),
};

/** Pages these rules read: the supported-page list for docs and tests (not shipped). */
export const EXAMPLES = [
  'https://ojs.aaai.org/index.php/AAAI/article/view/29087',
  'https://ojs.aaai.org/index.php/AAAI/issue/view/586',
  'https://ojs.aaai.org/index.php/AAAI/issue/current',
  'https://ojs.aaai.org/index.php/AAAI/search/search?query=manycore',
];

export const aaai: Site = {
  id: 'aaai',
  name: 'AAAI',
  hosts: ['ojs.aaai.org'],
  entries(doc, url) {
    const path = url.pathname;
    if (!path.startsWith('/index.php/')) return [];
    if (ARTICLE.test(path)) {
      return [
        {
          ...pageIdentifiers(doc, url),
          title: () => doc.querySelector('article.obj_article_details h1.page_title'),
        },
      ];
    }
    return listEntries(doc, SUMMARIES);
  },
};
