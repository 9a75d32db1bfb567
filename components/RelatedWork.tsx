import { useState } from 'preact/hooks';
import { abstractPreview } from '../lib/papers/format';
import type { RelatedEntry } from '../lib/papers/records';
import { CopyCitation } from './CopyCitation';
import type { CitationFormat, CopyFormat, CopyFormatOption } from '../lib/citation/formats';

/** An entry of a listing that relates to one of the group's papers. */
export interface RelatedListingEntry {
  /** arXiv id without version, where the page gives one. */
  arxivId?: string;
  title: string;
  related: RelatedEntry;
}

/** What the popup says about the page's paper, or its listing, beside the group's own papers. */
export type PageRelatedWork =
  | { kind: 'paper'; title: string; cited: RelatedEntry[]; related: RelatedEntry[] }
  | { kind: 'pdf'; abstractUrl: string }
  | { kind: 'listing'; entries: RelatedListingEntry[] };

interface Props {
  work: PageRelatedWork;
  formats: readonly CopyFormatOption[];
  defaultFormat: CitationFormat;
  onCopy(paperId: string, format: CopyFormat): void;
  /** Open a group paper in the popup's search and browse. */
  onShowPaper(paperId: string): void;
}

function RelatedPaper({
  entry,
  formats,
  defaultFormat,
  onCopy,
  onShowPaper,
}: { entry: RelatedEntry } & Omit<Props, 'work'>) {
  const { paper, reason } = entry;
  const [open, setOpen] = useState(false);
  const preview = abstractPreview(paper.abstract, 180);
  return (
    <li class="related-paper" data-related-paper-id={paper.id}>
      <button type="button" class="link-button related-title" onClick={() => onShowPaper(paper.id)}>
        {paper.title}
      </button>
      {reason && <span class="related-reason">{reason}</span>}
      <p class="related-abstract">
        {open ? paper.abstract : preview}
        {preview !== paper.abstract && (
          <button
            type="button"
            class="link-button"
            aria-expanded={open}
            aria-label={open ? 'Show less of the abstract' : `Read the abstract of ${paper.title}`}
            onClick={() => setOpen(!open)}
          >
            {open ? 'less' : 'more'}
          </button>
        )}
      </p>
      <CopyCitation
        subject={paper.title}
        formats={formats}
        defaultFormat={defaultFormat}
        onCopy={(format) => onCopy(paper.id, format)}
      />
    </li>
  );
}

function RelatedList({ entries, ...rest }: { entries: RelatedEntry[] } & Omit<Props, 'work'>) {
  return (
    <ol class="related-papers">
      {entries.map((entry) => (
        <RelatedPaper key={entry.paper.id} entry={entry} {...rest} />
      ))}
    </ol>
  );
}

/**
 * The group's work related to someone else's paper (cited by it or not), or to the entries of a
 * listing; says so plainly when nothing is related enough.
 */
export function RelatedWork({ work, ...rest }: Props) {
  if (work.kind === 'pdf') {
    return (
      <section class="related-work" aria-labelledby="related-heading">
        <h2 id="related-heading">Related group work</h2>
        <p class="status">
          The extension cannot read a PDF. The paper's{' '}
          <a href={work.abstractUrl} target="_blank" rel="noopener noreferrer">
            abstract page
          </a>{' '}
          shows the group's related work.
        </p>
      </section>
    );
  }
  if (work.kind === 'listing') {
    if (work.entries.length === 0) return null;
    return (
      <section class="related-work" data-related-for="listing" aria-labelledby="related-heading">
        <h2 id="related-heading">Related to the group's work ({work.entries.length})</h2>
        <ol class="related-entries">
          {work.entries.map(({ arxivId, title, related }) => (
            <li key={arxivId ?? title} data-related-entry={arxivId}>
              {arxivId ? (
                <a
                  href={`https://arxiv.org/abs/${arxivId}`}
                  target="_blank"
                  rel="noopener noreferrer"
                >
                  {title}
                </a>
              ) : (
                <span>{title}</span>
              )}
              <span class="related-reason">
                relates to{' '}
                <button
                  type="button"
                  class="link-button related-to"
                  onClick={() => rest.onShowPaper(related.paper.id)}
                >
                  {related.paper.title}
                </button>
                {related.reason && ` (${related.reason})`}
              </span>
            </li>
          ))}
        </ol>
      </section>
    );
  }
  const { cited, related } = work;
  return (
    <section class="related-work" data-related-for="page" aria-labelledby="related-heading">
      <h2 id="related-heading">Related group work</h2>
      <p class="related-subject">for “{work.title}”</p>
      {cited.length > 0 && (
        <>
          <h3 class="related-group">Cited by this paper ({cited.length})</h3>
          <RelatedList entries={cited} {...rest} />
        </>
      )}
      {related.length > 0 && (
        <>
          {cited.length > 0 && <h3 class="related-group">Related, not cited ({related.length})</h3>}
          <RelatedList entries={related} {...rest} />
        </>
      )}
      {cited.length === 0 && related.length === 0 && (
        <p class="status">None of the group's papers is closely related to this one.</p>
      )}
    </section>
  );
}
