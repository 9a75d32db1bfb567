/**
 * ACL Anthology (aclanthology.org): paper pages (`/2024.acl-long.1/`, `/P17-1011/`; title
 * `section#main > h2#title`, `citation_doi` meta) and every list of papers (volumes, events,
 * people, venues: `.d-sm-flex … strong > a`). Titles hold `span.acl-fixed-case` pieces inside
 * words and `span.tex-math`; the "Open PDF of '…'" title attributes are not read.
 *
 * @module
 */
import { listEntries } from './links';
import { pageIdentifiers, type PaperEntry, type Site } from './site';

const LIST_TITLES = '.d-sm-flex > .d-block > strong > a[href]';

/** Pages these rules read: the supported-page list for docs and tests (not shipped). */
export const EXAMPLES = [
  'https://aclanthology.org/2024.acl-long.1/',
  'https://aclanthology.org/P17-1011/',
  'https://aclanthology.org/volumes/2024.lrec-main/',
  'https://aclanthology.org/events/acl-2024/',
  'https://aclanthology.org/people/z/zhexuan-wang/',
];

export const aclAnthology: Site = {
  id: 'acl-anthology',
  name: 'ACL Anthology',
  hosts: ['aclanthology.org'],
  entries(doc, url) {
    const entries: PaperEntry[] = [];
    const title = doc.querySelector('section#main > h2#title');
    if (title) entries.push({ ...pageIdentifiers(doc, url), title: () => title });
    entries.push(...listEntries(doc, { titles: LIST_TITLES }));
    return entries;
  },
};
