import { useState } from 'preact/hooks';
import { abstractPreview, authorLine, authorName, venueLabel } from '../lib/papers/format';
import type { Paper } from '../lib/papers/model';
import { CopyCitation } from './CopyCitation';
import type { CitationFormat, CopyFormat, CopyFormatOption } from '../lib/citation/formats';
import { Highlight } from './Highlight';
import type { RelatedEntry } from '../lib/papers/records';

interface Props {
  paper: Paper;
  topicName: string;
  /** Matched search terms to highlight. */
  terms?: readonly string[];
  related?: readonly RelatedEntry[];
  formats: readonly CopyFormatOption[];
  defaultFormat: CitationFormat;
  onCopy(paperId: string, format: CopyFormat): void;
  /** Open the related papers of this one (in the popup). */
  onShowPaper?(paperId: string): void;
  /** Added to the index since the user last opened the popup. */
  isNew?: boolean;
}

interface PaperLink {
  label: string;
  href: string;
}

function paperLinks(paper: Paper): PaperLink[] {
  const links: PaperLink[] = [];
  const arxivId = paper.arxiv[0]?.id;
  if (arxivId) {
    links.push({ label: 'arXiv', href: `https://arxiv.org/abs/${arxivId}` });
    links.push({ label: 'PDF', href: `https://arxiv.org/pdf/${arxivId}` });
  }
  const proceedings = paper.archival?.url ?? paper.proceedingsUrl;
  if (proceedings) links.push({ label: 'Proceedings', href: proceedings });
  if (paper.openreviewId)
    links.push({
      label: 'OpenReview',
      href: `https://openreview.net/forum?id=${paper.openreviewId}`,
    });
  const doi = paper.archival?.doi ?? paper.doi;
  if (doi && !proceedings?.includes(doi))
    links.push({ label: 'DOI', href: `https://doi.org/${doi}` });
  for (const code of paper.codeUrls.slice(0, 1)) links.push({ label: 'Code', href: code });
  return links;
}

/** One of the group's papers: what it is, what it is about, where to read it, how to cite it. */
export function PaperItem({
  paper,
  topicName,
  terms = [],
  related,
  formats,
  defaultFormat,
  onCopy,
  onShowPaper,
  isNew = false,
}: Props) {
  const [allAuthors, setAllAuthors] = useState(false);
  const [fullAbstract, setFullAbstract] = useState(false);
  // Drawn when opened: the popup opens with a page's papers sooner.
  const [relatedOpen, setRelatedOpen] = useState(false);
  const preview = abstractPreview(paper.abstract);
  const abstractId = `abstract-${paper.id}`;
  const shortAuthors = authorLine(paper.authors);
  const authorsShortened = shortAuthors !== paper.authors.map(authorName).join(', ');

  return (
    <article
      class="paper"
      data-paper-id={paper.id}
      aria-labelledby={`title-${paper.id}`}
      tabIndex={-1}
    >
      <h3 class="paper-title" id={`title-${paper.id}`}>
        <Highlight text={paper.title} terms={terms} />
      </h3>
      <p class="paper-authors">
        <Highlight
          text={allAuthors ? paper.authors.map(authorName).join(', ') : shortAuthors}
          terms={terms}
        />
        {authorsShortened && (
          <button
            type="button"
            class="link-button"
            aria-expanded={allAuthors}
            aria-label={
              allAuthors ? 'Show fewer authors' : `Show all ${paper.authors.length} authors`
            }
            onClick={() => setAllAuthors(!allAuthors)}
          >
            {allAuthors ? 'fewer' : `all ${paper.authors.length}`}
          </button>
        )}
      </p>
      <p class="paper-meta">
        {isNew && <span class="new-paper">New</span>}
        <span class="venue">{venueLabel(paper)}</span>
        <span class="topic">{topicName}</span>
      </p>
      <p class="paper-abstract" id={abstractId}>
        <Highlight text={fullAbstract ? paper.abstract : preview} terms={terms} />
        {preview !== paper.abstract && (
          <button
            type="button"
            class="link-button"
            aria-expanded={fullAbstract}
            aria-controls={abstractId}
            onClick={() => setFullAbstract(!fullAbstract)}
          >
            {fullAbstract ? 'Show less' : 'Read the whole abstract'}
          </button>
        )}
      </p>
      <div class="paper-actions">
        <CopyCitation
          subject={paper.title}
          formats={formats}
          defaultFormat={defaultFormat}
          onCopy={(format) => onCopy(paper.id, format)}
        />
        <div class="paper-links" role="group" aria-label={`Links for ${paper.title}`}>
          {paperLinks(paper).map((link) => (
            <a key={link.label} href={link.href} target="_blank" rel="noopener noreferrer">
              {link.label}
            </a>
          ))}
        </div>
      </div>
      {related && related.length > 0 && (
        <details
          class="related"
          onToggle={(event) => setRelatedOpen((event.currentTarget as HTMLDetailsElement).open)}
        >
          <summary>Related group work ({related.length})</summary>
          {relatedOpen && (
            <ul>
              {related.map(({ paper: other, reason }) => (
                <li key={other.id} data-related-id={other.id}>
                  {onShowPaper ? (
                    <button
                      type="button"
                      class="link-button related-title"
                      onClick={() => onShowPaper(other.id)}
                    >
                      {other.title}
                    </button>
                  ) : (
                    <span class="related-title">{other.title}</span>
                  )}
                  <span class="related-reason">{reason}</span>
                </li>
              ))}
            </ul>
          )}
        </details>
      )}
    </article>
  );
}
