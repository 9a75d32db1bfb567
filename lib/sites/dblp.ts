/**
 * dblp (dblp.org and its mirrors dblp.uni-trier.de, dblp.dagstuhl.de): every page that lists
 * publications (author pages `/pid/…`, venue tables of contents `/db/conf/…`, `/db/journals/…`,
 * search results, record pages) shows each as `li.entry` with the title in
 * `cite.data span.title` (always with a trailing period) and its electronic editions in
 * `nav.publ`: arXiv links or arXiv DOIs for CoRR entries, DOIs, OpenReview forums.
 *
 * @module
 */
import { idLinksIn, listEntries } from './links';
import type { Site } from './site';

const ENTRIES = {
  titles: 'li.entry cite.data > span.title',
  entry: 'li.entry',
  links: idLinksIn('li.entry nav.publ'),
};

/** Pages these rules read: the supported-page list for docs and tests (not shipped). */
export const EXAMPLES = [
  'https://dblp.org/pid/350/0436.html',
  'https://dblp.org/db/conf/iclr/iclr2024.html',
  'https://dblp.org/db/journals/tmlr/tmlr2023.html',
  'https://dblp.uni-trier.de/db/conf/icml/icml2023.html',
  'https://dblp.dagstuhl.de/db/journals/corr/corr2407.html',
  'https://dblp.org/search?q=unit+scaling',
  'https://dblp.org/rec/conf/icml/BlakeOLL23.html',
];

export const dblp: Site = {
  id: 'dblp',
  name: 'dblp',
  hosts: ['dblp.org', 'dblp.uni-trier.de', 'dblp.dagstuhl.de'],
  entries(doc) {
    return listEntries(doc, ENTRIES);
  },
};
