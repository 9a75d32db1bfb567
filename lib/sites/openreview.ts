/**
 * OpenReview (openreview.net): forum pages in the API-v2 layout (2023+ venues, TMLR) and the
 * legacy v1 layout, `/forum?arxivid=` pages, PDF URLs, and group (venue) pages such as
 * `group?id=ICLR.cc/2024/Conference` or `group?id=TMLR`. Group pages render their paper lists
 * on the client after load and again on every tab switch (`#tab-…`) or page turn, and the app
 * moves from a group to a forum without a page load; the content script re-reads the page
 * then, so entries() only reads what is in the DOM now.
 *
 * A forum id is not the paper's only record (a workshop version has its own forum), so ids
 * never rule a title out here.
 *
 * @module
 */
import type { PaperEntry, Site } from './site';

/**
 * Paper titles in note lists (`div.note > h4 > a`, legacy `li.note > h4 > a`). Not the venue
 * header's own `h4`, and not activity items that link to a reply (`&noteId=`): their text is
 * a review's title, their forum id the paper's.
 */
const NOTE_TITLES = '.note h4 > a[href*="/forum?id="]:not([href*="noteId="])';
const FORUM_ID = /[?&]id=([\w-]+)/;

function noteListEntries(doc: Document): PaperEntry[] {
  const entries: PaperEntry[] = [];
  for (const link of doc.querySelectorAll(NOTE_TITLES)) {
    const openreviewId = FORUM_ID.exec(link.getAttribute('href') ?? '')?.[1];
    entries.push({ openreviewId, title: () => link });
  }
  return entries;
}

/** Pages these rules read: the supported-page list for docs and tests (not shipped). */
export const EXAMPLES = [
  'https://openreview.net/forum?id=P7KRIiLM8T',
  'https://openreview.net/forum?id=pzmwfDLoANS&noteId=9yB3nXyQb5',
  'https://openreview.net/forum?arxivid=2407.17465',
  'https://openreview.net/pdf?id=kIzat5hJxg',
  'https://openreview.net/group?id=ICLR.cc/2024/Conference#tab-accept-poster',
  'https://openreview.net/group?id=ICML.cc/2024/Workshop/WANT#tab-accept-oral',
  'https://openreview.net/group?id=TMLR',
];

export const openreview: Site = {
  id: 'openreview',
  name: 'OpenReview',
  hosts: ['openreview.net'],
  entries(doc, url) {
    const params = url.searchParams;
    switch (url.pathname) {
      case '/forum':
        return [
          {
            openreviewId: params.get('id') ?? undefined,
            arxivId: params.get('arxivid') ?? undefined,
            // v2: div.forum-title > h2.citation_title; legacy: h2.note_content_title.citation_title.
            title: () => doc.querySelector('h2.citation_title'),
          },
        ];
      case '/pdf': {
        const openreviewId = params.get('id');
        return openreviewId ? [{ openreviewId, title: () => null }] : [];
      }
      case '/group':
        return noteListEntries(doc);
      default:
        return [];
    }
  },
};
