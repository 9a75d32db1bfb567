/**
 * Hugging Face papers (huggingface.co): paper pages (`/papers/<arXiv id>`, title in the `h1`)
 * and the daily, weekly, monthly and trending lists (`/papers`, `/papers/date/2024-07-25`,
 * `/papers/week/2024-W30`, `/papers/month/2024-07`, `/papers/trending`; cards
 * `article h3 > a[href="/papers/<id>"]`). HF paper ids are arXiv ids, so ids decide. Every
 * other page of the host (models, datasets, spaces, model cards quoting a title) is not read.
 *
 * @module
 */
import type { PaperEntry, Site } from './site';

const PAPER_PAGE = /^\/papers\/(\d{4}\.\d{4,5})\/?$/;
const LIST_PAGE = /^\/papers(?:\/(?:date|week|month)\/[\w-]+|\/trending)?\/?$/;
const CARD_HREF = /^\/papers\/(\d{4}\.\d{4,5})(?:[?#]|$)/;

function cardEntries(doc: Document): PaperEntry[] {
  const entries: PaperEntry[] = [];
  for (const link of doc.querySelectorAll('article h3 > a[href^="/papers/"]')) {
    const arxivId = CARD_HREF.exec(link.getAttribute('href') ?? '')?.[1];
    if (arxivId) entries.push({ arxivId, idsAreAuthoritative: true, title: () => link });
  }
  return entries;
}

/** Pages these rules read: the supported-page list for docs and tests (not shipped). */
export const EXAMPLES = [
  'https://huggingface.co/papers/2407.17465',
  'https://huggingface.co/papers',
  'https://huggingface.co/papers/date/2024-07-25',
  'https://huggingface.co/papers/week/2024-W30',
  'https://huggingface.co/papers/month/2024-07',
  'https://huggingface.co/papers/trending',
];

export const huggingface: Site = {
  id: 'huggingface',
  name: 'Hugging Face papers',
  hosts: ['huggingface.co'],
  entries(doc, url) {
    const path = url.pathname;
    if (!path.startsWith('/papers')) return [];
    const paper = PAPER_PAGE.exec(path);
    if (paper)
      return [
        { arxivId: paper[1], idsAreAuthoritative: true, title: () => doc.querySelector('main h1') },
      ];
    return LIST_PAGE.test(path) ? cardEntries(doc) : [];
  },
};
