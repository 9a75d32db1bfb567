/**
 * Google Scholar: result pages (`/scholar?q=…`, `cites=`, `cluster=`; `div.gs_r` results,
 * title `h3.gs_rt` with `[PDF]`/`[HTML]`/`[CITATION]` labels and `<b>` query highlights,
 * identified by arXiv, DOI or OpenReview links of the title or the side link), profile pages
 * (`/citations?user=…`, rows `a.gsc_a_at`) and the single-citation view (`#gsc_oci_title`).
 * Hosts: scholar.google.com and the country hosts Google sends the group's readers to (the
 * UK, the group's home; Canada, Germany, France, Australia).
 *
 * @module
 */
import { idLinksIn, listEntries } from './links';
import type { Site } from './site';

const RESULTS = {
  titles: '.gs_r h3.gs_rt',
  entry: '.gs_r',
  links: idLinksIn('.gs_r h3.gs_rt, .gs_r .gs_ggs'),
};
const PROFILE = {
  titles: 'a.gsc_a_at, #gsc_oci_title',
  entry: '#gsc_oci_title',
  links: idLinksIn('#gsc_oci_title'),
};

/** Pages these rules read: the supported-page list for docs and tests (not shipped). */
export const EXAMPLES = [
  'https://scholar.google.com/scholar?q=unit+scaling&hl=en',
  'https://scholar.google.com/scholar?cites=3885100108290384890&as_sdt=2005&sciodt=0,5&hl=en',
  'https://scholar.google.co.uk/scholar?hl=en&as_sdt=0%2C5&q=sparq+attention',
  'https://scholar.google.de/scholar?q=GPS%2B%2B+molecular+property+prediction',
  'https://scholar.google.com/citations?user=Ke2kZ3QAAAAJ&hl=en',
  'https://scholar.google.co.uk/citations?view_op=view_citation&hl=en&user=Ke2kZ3QAAAAJ&citation_for_view=Ke2kZ3QAAAAJ:u5HHmVD_uO8C',
];

export const googleScholar: Site = {
  id: 'google-scholar',
  name: 'Google Scholar',
  hosts: [
    'scholar.google.com',
    'scholar.google.co.uk',
    'scholar.google.ca',
    'scholar.google.de',
    'scholar.google.fr',
    'scholar.google.com.au',
  ],
  entries(doc, url) {
    switch (url.pathname) {
      case '/scholar':
        return listEntries(doc, RESULTS);
      case '/citations':
        return listEntries(doc, PROFILE);
      default:
        return [];
    }
  },
};
