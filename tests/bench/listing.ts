/**
 * An arXiv "new submissions" listing of any length in the current (2024+) markup, with some
 * of the group's papers among synthetic ones: the largest page the content script meets.
 */
import type { Paper } from '../../lib/papers/model';

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

function entry(n: number, id: string, title: string, authors: string[], abstract: string): string {
  const authorLinks = authors
    .map(
      (a) =>
        `<a href="https://arxiv.org/search/cs?searchtype=author&amp;query=${encodeURIComponent(a)}">${escape(a)}</a>`,
    )
    .join(', ');
  return `    <dt>
      <a name='item${n}'>[${n}]</a>
      <a href ="/abs/${id}" title="Abstract" id="${id}">
        arXiv:${id}
      </a>
      [<a href="/pdf/${id}" title="Download PDF" id="pdf-${id}" aria-labelledby="pdf-${id}">pdf</a>, <a href="https://arxiv.org/html/${id}v1" title="View HTML" id="html-${id}" aria-labelledby="html-${id}" rel="noopener noreferrer" target="_blank">html</a>, <a href="/format/${id}" title="Other formats" id="oth-${id}" aria-labelledby="oth-${id}">other</a>]
    </dt>
    <dd>
      <div class='meta'>
        <div class='list-title mathjax'><span class='descriptor'>Title:</span>
          ${escape(title)}
        </div>
        <div class='list-authors'>${authorLinks}</div>
        <div class='list-subjects'><span class='descriptor'>Subjects:</span>
          <span class="primary-subject">Machine Learning (cs.LG)</span>; Artificial Intelligence (cs.AI)
        </div>
        <p class='mathjax'>
          ${escape(abstract)}
        </p>
      </div>
    </dd>`;
}

/** `size` entries; every `every`-th one is the next of `groupPapers` (with an arXiv id). */
export function arxivListing(size: number, groupPapers: readonly Paper[], every = 200): string {
  const withIds = groupPapers.filter((p) => p.arxiv.length > 0);
  const entries: string[] = [];
  for (let n = 1; n <= size; n++) {
    const group = n % every === 0 ? withIds[(n / every - 1) % withIds.length] : undefined;
    if (group) {
      const authors = group.authors.map((a) => `${a.given} ${a.family}`);
      entries.push(entry(n, group.arxiv[0]!.id, group.title, authors, group.abstract));
    } else {
      const id = `2406.${String(20000 + n)}`;
      entries.push(
        entry(
          n,
          id,
          `A study of method number ${n} for scalable learning on benchmark ${n % 37}`,
          ['Ana Smith', 'Ben Chen'],
          `We study method ${n}. `.repeat(12),
        ),
      );
    }
  }
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Machine Learning</title></head>
<body class="with-cu-identity"><div id='content-inner'><div id='dlpage'>
  <h1>Machine Learning</h1>
<h3>Showing new listings for Friday, 28 June 2024</h3>
<dl id='articles'>
    <h3>New submissions (showing ${size} of ${size} entries)</h3>
${entries.join('\n')}
</dl>
</div></div></body></html>`;
}
