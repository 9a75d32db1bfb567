import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Paper } from '../lib/papers/model';
import { papersById, type PapersAtHand, type RelatedEntry } from '../lib/papers/records';
import { CopyCitation } from './CopyCitation';
import type { CitationFormat, CopyFormat, CopyFormatOption } from '../lib/citation/formats';
import { DiscoverPanel } from './DiscoverPanel';
import { PaperItem } from './PaperItem';
import { PossiblyNew } from './PossiblyNew';
import { RelatedWork, type PageRelatedWork } from './RelatedWork';
import type { PossiblyNewPaper } from '../lib/papers/possibly-new';
import type { PageState } from '../lib/sites/page-state';
import { StatusLine } from './StatusLine';

/** User Timing mark (and element timing name) of the tab's papers first shown. */
export const PAPERS_SHOWN_MARK = 'papers-on-page';
/** User Timing marks of the popup asking the tab about its page, and of related work shown. */
export const PAGE_ASKED_MARK = 'page-content-asked';
export const PAGE_READ_MARK = 'page-content-read';
export const RELATED_SHOWN_MARK = 'related-work-shown';

/** Feedback for the live region; a new `id` announces again, even the same text. */
export interface Announcement {
  id: number;
  text: string;
}

interface Props {
  page: PageState;
  /** The group's papers and topics: all of them, or the tab's while the whole list loads. */
  list: PapersAtHand;
  relatedOf(paperId: string): readonly RelatedEntry[];
  /** The group's work related to the page's paper or listing, once worked out. */
  pageRelated?: PageRelatedWork | undefined;
  /** True while the page is asked what it shows and its papers are scored. */
  readingPage?: boolean;
  /** Papers on the page that may be new from the group. */
  possiblyNew?: readonly PossiblyNewPaper[];
  onCopyPossiblyNew?(paper: PossiblyNewPaper): void;
  /** Papers added to the index since the user last opened the popup. */
  newIds?: ReadonlySet<string>;
  formats: readonly CopyFormatOption[];
  defaultFormat: CitationFormat;
  announcement?: Announcement | undefined;
  onCopy(paperIds: string[], format: CopyFormat): void;
  onScan(): void;
  onEnableSite(siteId: string): void;
}

/**
 * The popup: the papers detected on the tab (or why there are none), then search and browse
 * over all the group's papers. Keyboard: arrows move between papers, Enter opens the focused
 * paper's abstract, "c" copies its citation in the default format.
 */
export function PopupView({
  page,
  list,
  relatedOf,
  pageRelated,
  readingPage = false,
  possiblyNew = [],
  onCopyPossiblyNew = () => undefined,
  newIds,
  formats,
  defaultFormat,
  announcement,
  onCopy,
  onScan,
  onEnableSite,
}: Props) {
  const [focusPaper, setFocusPaper] = useState<string | undefined>();
  const mainRef = useRef<HTMLElement>(null);
  const topicNames = useMemo(() => new Map(list.topics.map((t) => [t.id, t.name])), [list]);

  const onPage: Paper[] =
    page.kind === 'ready'
      ? page.detections.paperIds.flatMap((id) => papersById(list.papers).get(id) ?? [])
      : [];

  // When the tab's papers are first in the document, for DevTools and `npm run bench` (which
  // also reads when they were painted, through the heading's `elementtiming`).
  const papersShown = onPage.length > 0;
  useLayoutEffect(() => {
    if (papersShown) performance.mark(PAPERS_SHOWN_MARK);
  }, [papersShown]);
  useLayoutEffect(() => {
    if (pageRelated) performance.mark(RELATED_SHOWN_MARK);
  }, [pageRelated]);

  // On the document, so the arrows work from the moment the popup opens (focus on <body>).
  const copyRef = useRef({ onCopy, defaultFormat });
  copyRef.current = { onCopy, defaultFormat };
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement;
      if (target.closest('input, select, textarea, [role="menu"]')) return;
      const main = mainRef.current;
      if (!main || (target !== document.body && !main.contains(target))) return;
      const articles = [...main.querySelectorAll<HTMLElement>('article.paper')];
      const current = target.closest<HTMLElement>('article.paper');
      const at = current ? articles.indexOf(current) : -1;
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        const next = articles[event.key === 'ArrowDown' ? at + 1 : Math.max(at - 1, 0)];
        if (!next) return;
        event.preventDefault();
        next.focus();
      } else if (event.key === 'c' && current) {
        const id = current.dataset.paperId;
        if (id) copyRef.current.onCopy([id], copyRef.current.defaultFormat);
      } else if (event.key === 'Enter' && current === target) {
        event.preventDefault();
        current.querySelector<HTMLButtonElement>('.paper-abstract .link-button')?.click();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  const paperItem = (paper: Paper, terms: readonly string[] = []) => (
    <PaperItem
      key={paper.id}
      paper={paper}
      topicName={topicNames.get(paper.topic) ?? paper.topic}
      terms={terms}
      related={relatedOf(paper.id)}
      formats={formats}
      defaultFormat={defaultFormat}
      onCopy={(id, format) => onCopy([id], format)}
      onShowPaper={setFocusPaper}
      isNew={newIds?.has(paper.id) ?? false}
    />
  );

  return (
    <>
      <header class="top">
        <h1>Graphcore Research Papers</h1>
        <a class="settings-link" href="/options.html" target="_blank" rel="noopener">
          Settings
        </a>
      </header>
      <main ref={mainRef} aria-busy={readingPage}>
        {page.kind === 'loading' && (
          <p class="status" role="status">
            Looking at this page…
          </p>
        )}
        {page.kind !== 'loading' && onPage.length === 0 && (
          <StatusLine page={page} onScan={onScan} onEnableSite={onEnableSite} />
        )}
        {onPage.length > 0 && (
          <section class="on-page" aria-labelledby="on-page-heading">
            <div class="section-head">
              <h2 id="on-page-heading" elementtiming={PAPERS_SHOWN_MARK}>
                On this page ({onPage.length})
              </h2>
              {onPage.length > 1 && (
                <div class="copy-all">
                  <CopyCitation
                    subject={`all ${onPage.length} papers on this page`}
                    formats={formats}
                    defaultFormat={defaultFormat}
                    mainText="Copy all"
                    onCopy={(format) =>
                      onCopy(
                        onPage.map((p) => p.id),
                        format,
                      )
                    }
                  />
                </div>
              )}
            </div>
            {onPage.map((paper) => paperItem(paper))}
          </section>
        )}
        {pageRelated && (
          <RelatedWork
            work={pageRelated}
            formats={formats}
            defaultFormat={defaultFormat}
            onCopy={(id, format) => onCopy([id], format)}
            onShowPaper={setFocusPaper}
          />
        )}
        <PossiblyNew papers={possiblyNew} onCopyBibtex={onCopyPossiblyNew} />
        {/* Shown while the tab is still asked, so a slow page never keeps search waiting. */}
        {list.whole && (
          <DiscoverPanel
            papers={list.papers}
            topics={list.topics}
            autoFocus={page.kind !== 'loading' && onPage.length === 0}
            focusPaperId={focusPaper}
            {...(newIds ? { newIds } : {})}
            renderPaper={paperItem}
          />
        )}
      </main>
      <p class="copy-status" aria-live="polite" role="status">
        {announcement && <span key={announcement.id}>{announcement.text}</span>}
      </p>
    </>
  );
}
