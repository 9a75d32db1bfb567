import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { PaperItem, type RelatedEntry } from '../../components/PaperItem';
import { StatusLine, type PageState } from '../../components/StatusLine';
import { DiscoverPanel } from '../../components/DiscoverPanel';
import type { Paper } from '../../lib/papers/model';
import { CITATION_FORMATS, type CitationFormat } from '../../lib/citation/formats';
import { paperList } from '../../data/index';
import relatedJson from '../../data/generated/related.json';
import { askTabDetections, getTargetTabId, scanTab } from '../../utils/active-tab';
import { copyCitations } from '../../utils/clipboard';
import { readSettings, saveSettings } from '../../utils/settings';

const papersById = new Map(paperList.papers.map((p) => [p.id, p]));
const topicNames = new Map(paperList.topics.map((t) => [t.id, t.name]));
const related = relatedJson as Record<string, { id: string; reason: string }[]>;

function relatedOf(paperId: string): RelatedEntry[] {
  return (related[paperId] ?? []).flatMap(({ id, reason }) => {
    const paper = papersById.get(id);
    return paper ? [{ paper, reason }] : [];
  });
}

/** What the popup shows about its tab; asked for as soon as the popup's script runs. */
async function loadPageState(): Promise<PageState> {
  const tabId = await getTargetTabId().catch(() => undefined);
  const detections = tabId === undefined ? null : await askTabDetections(tabId);
  return tabId !== undefined && detections
    ? { kind: 'ready', tabId, detections }
    : { kind: 'unreachable', tabId };
}
const initialPageState = loadPageState();

export function App() {
  const [page, setPage] = useState<PageState>({ kind: 'loading' });
  const [defaultFormat, setDefaultFormat] = useState<CitationFormat>('bibtex');
  const [announcement, setAnnouncement] = useState('');
  const [focusPaper, setFocusPaper] = useState<string | undefined>();
  const mainRef = useRef<HTMLElement>(null);

  useEffect(() => {
    void readSettings().then((settings) => setDefaultFormat(settings.defaultFormat));
    void initialPageState.then(setPage);
  }, []);

  const onPage: Paper[] = useMemo(
    () =>
      page.kind === 'ready'
        ? page.detections.paperIds.flatMap((id) => papersById.get(id) ?? [])
        : [],
    [page],
  );

  const copy = async (paperIds: string[], format: string): Promise<void> => {
    const label = CITATION_FORMATS.find((f) => f.id === format)?.label ?? format;
    try {
      await copyCitations(paperIds, format as CitationFormat);
      // A format picked from the menu becomes the one-click default, remembered and synced.
      const newDefault = format !== defaultFormat;
      if (newDefault) {
        setDefaultFormat(format as CitationFormat);
        void saveSettings({ defaultFormat: format as CitationFormat }).catch(() => undefined);
      }
      setAnnouncement(
        (paperIds.length === 1
          ? `${label} citation copied.`
          : `${paperIds.length} ${label} citations copied.`) +
          (newDefault ? ` ${label} is now the default.` : ''),
      );
    } catch (error) {
      setAnnouncement(
        `Could not copy: ${error instanceof Error ? error.message : 'the clipboard is unavailable'}.`,
      );
    }
  };

  const scan = async (): Promise<void> => {
    if (page.kind !== 'unreachable' || page.tabId === undefined) return;
    const tabId = page.tabId;
    setPage({ kind: 'loading' });
    try {
      const detections = await scanTab(tabId);
      setPage(
        detections
          ? { kind: 'ready', tabId, detections }
          : { kind: 'unreachable', tabId: undefined },
      );
    } catch {
      setPage({ kind: 'unreachable', tabId: undefined });
      setAnnouncement('This page cannot be scanned: the browser does not let extensions read it.');
    }
  };

  const enableSite = async (siteId: string): Promise<void> => {
    const { disabledSites } = await readSettings();
    await saveSettings({ disabledSites: disabledSites.filter((s) => s !== siteId) });
    if (page.kind === 'ready') {
      // The content script rescans when the setting changes; ask again once it has.
      setTimeout(() => {
        void askTabDetections(page.tabId).then(
          (d) => d && setPage({ kind: 'ready', tabId: page.tabId, detections: d }),
        );
      }, 300);
    }
  };

  const onKeyDown = (event: KeyboardEvent): void => {
    const target = event.target as HTMLElement;
    if (target.closest('input, select, textarea, [role="menu"]')) return;
    const articles = [...(mainRef.current?.querySelectorAll<HTMLElement>('article.paper') ?? [])];
    const current = target.closest<HTMLElement>('article.paper');
    const at = current ? articles.indexOf(current) : -1;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = articles[event.key === 'ArrowDown' ? at + 1 : Math.max(at - 1, 0)];
      next?.focus();
    } else if (event.key === 'c' && current && !event.ctrlKey && !event.metaKey && !event.altKey) {
      const id = current.dataset.paperId;
      if (id) void copy([id], defaultFormat);
    } else if (event.key === 'Enter' && current === target) {
      current.querySelector<HTMLButtonElement>('.paper-abstract .link-button')?.click();
    }
  };

  const paperItem = (paper: Paper, terms: readonly string[] = []) => (
    <PaperItem
      key={paper.id}
      paper={paper}
      topicName={topicNames.get(paper.topic) ?? paper.topic}
      terms={terms}
      related={relatedOf(paper.id)}
      formats={CITATION_FORMATS}
      defaultFormat={defaultFormat}
      onCopy={(id, format) => void copy([id], format)}
      onShowPaper={setFocusPaper}
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
      <main ref={mainRef} onKeyDown={onKeyDown}>
        {page.kind === 'loading' && (
          <p class="status" role="status">
            Looking at this page…
          </p>
        )}
        {page.kind !== 'loading' && onPage.length === 0 && (
          <StatusLine
            page={page}
            onScan={() => void scan()}
            onEnableSite={(id) => void enableSite(id)}
          />
        )}
        {onPage.length > 0 && (
          <section class="on-page" aria-labelledby="on-page-heading">
            <div class="section-head">
              <h2 id="on-page-heading">On this page ({onPage.length})</h2>
              {onPage.length > 1 && (
                <button
                  type="button"
                  class="secondary"
                  onClick={() =>
                    void copy(
                      onPage.map((p) => p.id),
                      defaultFormat,
                    )
                  }
                >
                  Copy all
                </button>
              )}
            </div>
            {onPage.map((paper) => paperItem(paper))}
          </section>
        )}
        {page.kind !== 'loading' && (
          <DiscoverPanel
            papers={paperList.papers}
            topics={paperList.topics}
            autoFocus={onPage.length === 0}
            focusPaperId={focusPaper}
            renderPaper={paperItem}
          />
        )}
      </main>
      <p class="sr-announce" aria-live="polite" role="status">
        {announcement}
      </p>
    </>
  );
}
