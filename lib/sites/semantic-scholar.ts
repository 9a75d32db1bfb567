/**
 * Semantic Scholar (www.semanticscholar.org, a React app): paper pages
 * (`/paper/<slug>/<hex>`: `h1[data-test-id="paper-detail-title"]` plus `citation_*` meta, and
 * the citing and cited paper cards below it, the cited ones being its references), search results (`/search?q=…`, rendered on the
 * client) and author pages, whose cards are `div.cl-paper-row` with a `.cl-paper-title`.
 *
 * @module
 */
import { idLinksIn, listEntries } from './links';
import { pageIdentifiers, type PaperEntry, type Site } from './site';

const CARDS = {
  titles: '.cl-paper-row .cl-paper-title',
  entry: '.cl-paper-row',
  links: idLinksIn('.cl-paper-row'),
};

/** The paper page's list of the papers it cites (the cards above it are papers citing it). */
const REFERENCES = '#references, [data-test-id="reference"]';

/** Pages these rules read: the supported-page list for docs and tests (not shipped). */
export const EXAMPLES = [
  'https://www.semanticscholar.org/paper/GPS%2B%2B%3A-Reviving-the-Art-of-Message-Passing-for-Masters-Dean/5b9a2e5f0b4c3b7f1d1a5c0e2f9a8b7c6d5e4f3a',
  'https://www.semanticscholar.org/paper/5b9a2e5f0b4c3b7f1d1a5c0e2f9a8b7c6d5e4f3a',
  'https://www.semanticscholar.org/search?q=unit%20scaling&sort=relevance',
  'https://www.semanticscholar.org/author/Charlie-Blake/2215373436',
];

export const semanticScholar: Site = {
  id: 'semantic-scholar',
  name: 'Semantic Scholar',
  hosts: ['www.semanticscholar.org'],
  entries(doc, url) {
    const section = url.pathname.split('/')[1];
    if (section === 'paper') {
      const page: PaperEntry = {
        ...pageIdentifiers(doc, url),
        title: () => doc.querySelector('h1[data-test-id="paper-detail-title"]'),
      };
      const cards = listEntries(doc, CARDS).map((card) =>
        card.title()?.closest(REFERENCES) ? { ...card, cited: true } : card,
      );
      return [page, ...cards];
    }
    if (section === 'search' || section === 'author') return listEntries(doc, CARDS);
    return [];
  },
};
