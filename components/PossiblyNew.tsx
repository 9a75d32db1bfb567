import type { PossiblyNewPaper } from '../lib/papers/possibly-new';

interface Props {
  papers: readonly PossiblyNewPaper[];
  onCopyBibtex(paper: PossiblyNewPaper): void;
}

/**
 * Papers on the page that the index does not know but that have two or more of the group's
 * regular authors: maybe new from the group. Set apart from the group's confirmed papers,
 * unmarked on the page and uncounted on the badge.
 */
export function PossiblyNew({ papers, onCopyBibtex }: Props) {
  if (papers.length === 0) return null;
  return (
    <section class="possibly-new" aria-labelledby="possibly-new-heading">
      <h2 id="possibly-new-heading">Possibly new from the group ({papers.length})</h2>
      <p class="hint">
        Not in the extension's list yet; each is by two or more of the group's authors.
      </p>
      <ol>
        {papers.map((found) => {
          const { paper, groupAuthors } = found;
          const group = new Set(groupAuthors);
          return (
            <li key={paper.arxivId} data-possibly-new={paper.arxivId}>
              <a
                href={`https://arxiv.org/abs/${paper.arxivId ?? ''}`}
                target="_blank"
                rel="noopener noreferrer"
              >
                {paper.title}
              </a>
              <span class="paper-authors">
                {paper.authors.map((name, i) => (
                  <span key={`${i}-${name}`}>
                    {i > 0 && ', '}
                    {group.has(name) ? <strong>{name}</strong> : name}
                  </span>
                ))}
              </span>
              <button
                type="button"
                class="secondary"
                aria-label={`Copy BibTeX citation of ${paper.title}`}
                onClick={() => onCopyBibtex(found)}
              >
                Copy BibTeX
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
