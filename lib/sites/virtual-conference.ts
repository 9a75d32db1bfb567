/**
 * The virtual conference sites icml.cc, neurips.cc (and its old name nips.cc) and iclr.cc,
 * one shared platform: poster, oral and spotlight pages (`/virtual/2024/poster/<n>`, workshop
 * items `/virtual/2024/<n>`; title `h2.card-title.main-title`, identified by the card's
 * OpenReview or arXiv link), paper lists (`/virtual/2024/papers.html`), event lists
 * (`/virtual/2024/events/oral`, `div.event-card h3.event-title > a`), workshop pages on these
 * hosts (`/virtual/2023/workshop/<n>`: the titles of the accepted-paper links and
 * `<strong>` titles in the workshop card) and the ≤2020 schedule pages
 * (`/Conferences/2020/Schedule`, `div.maincardBody`).
 *
 * @module
 */
import { idLinksIn, listEntries } from './links';
import type { PaperEntry, Site } from './site';

const CARD_TITLE = {
  titles: '.card-header > h2.main-title',
  entry: '.card',
  links: idLinksIn('.card-body'),
};
const LIST_TITLES = '.event-title > a, li > a[href^="/virtual/"]';
const WORKSHOP_TITLES =
  '.card-body li > a[href^="/virtual/"], .card-body li > strong, .card-body td > a[href^="/virtual/"]';

/** Pages these rules read: the supported-page list for docs and tests (not shipped). */
export const EXAMPLES = [
  'https://icml.cc/virtual/2024/poster/33389',
  'https://iclr.cc/virtual/2025/poster/29774',
  'https://neurips.cc/virtual/2023/poster/73512',
  'https://icml.cc/virtual/2024/37179',
  'https://icml.cc/virtual/2024/papers.html?filter=titles',
  'https://neurips.cc/virtual/2024/events/oral',
  'https://neurips.cc/virtual/2023/workshop/66495',
  'https://nips.cc/virtual/2023/workshop/66495',
  'https://icml.cc/Conferences/2020/Schedule?type=Poster',
];

export const virtualConference: Site = {
  id: 'virtual-conference',
  name: 'ICML / NeurIPS / ICLR virtual sites',
  hosts: ['icml.cc', 'neurips.cc', 'nips.cc', 'iclr.cc'],
  entries(doc, url) {
    const path = url.pathname;
    if (path.startsWith('/Conferences/')) return listEntries(doc, { titles: '.maincardBody' });
    if (!path.startsWith('/virtual/')) return [];
    const entries: PaperEntry[] = listEntries(doc, CARD_TITLE);
    if (path.includes('/workshop/')) entries.push(...listEntries(doc, { titles: WORKSHOP_TITLES }));
    else entries.push(...listEntries(doc, { titles: LIST_TITLES }));
    return entries;
  },
};
