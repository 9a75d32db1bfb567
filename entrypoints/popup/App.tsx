import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import type { PageRelatedWork } from '../../components/RelatedWork';
import type { PageState } from '../../lib/sites/page-state';
import {
  PAGE_ASKED_MARK,
  PAGE_READ_MARK,
  PopupView,
  type Announcement,
} from '../../components/PopupView';
import {
  COPY_FORMATS,
  isCitationFormat,
  isInTextFormat,
  type CitationFormat,
  type CopyFormat,
} from '../../lib/citation/formats';
import { relatedTable } from '../../data/related';
import { papersById, relatedEntries, type PapersAtHand } from '../../lib/papers/records';
import { askTabDetections, scanTab } from '../../utils/active-tab';
import { citationText } from '../../utils/citations';
import { copyCitation, copyText } from '../../utils/clipboard';
import { takeNewPaperIds } from '../../utils/new-papers';
import { readSettings, saveSettings, watchSettings } from '../../utils/settings';
import { loadPageState, pageStateInUrl } from './page-state';
import { relatedWorkView } from './page-related';
import {
  askPageContent,
  pageRelationsFor,
  possiblyNewOn,
  relatedScorer,
} from '../../utils/related-work';
import type { PossiblyNewPaper } from '../../lib/papers/possibly-new';
import { popupPaperSource } from './paper-source';

// Both start as soon as the popup's script runs, before the first render: the group's papers,
// and the tab's, carried in the popup's address when the background put them there.
const paperSource = popupPaperSource();
const carriedPageState = pageStateInUrl();
const initialPageState = carriedPageState ? Promise.resolve(carriedPageState) : loadPageState();

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The popup's wiring: the tab, the settings and the clipboard; PopupView draws it all. */
export function App() {
  const [list, setList] = useState<PapersAtHand>(paperSource.initial);
  // With the whole list at hand, the tab's papers are drawn in the first render.
  const [page, setPage] = useState<PageState>(
    (list.whole && carriedPageState) || { kind: 'loading' },
  );
  const [defaultFormat, setDefaultFormat] = useState<CitationFormat>('bibtex');
  const [announcement, setAnnouncement] = useState<Announcement | undefined>();
  const [pageRelated, setPageRelated] = useState<PageRelatedWork | undefined>();
  const [possiblyNew, setPossiblyNew] = useState<PossiblyNewPaper[]>([]);
  const [newIds, setNewIds] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    if (list.whole) void takeNewPaperIds(list.papers.map((p) => p.id)).then(setNewIds);
  }, [list]);
  const relatedOf = (paperId: string) =>
    relatedEntries(relatedTable, paperId, papersById(list.papers));
  const announce = (text: string): void =>
    setAnnouncement((last) => ({ id: (last?.id ?? 0) + 1, text }));

  // A layout effect, so the popup waits for its data from the first render on (an effect would
  // start only after the first frame).
  useLayoutEffect(() => {
    const readFormat = (): void =>
      void readSettings().then((settings) => setDefaultFormat(settings.defaultFormat));
    readFormat();
    void paperSource.whole.then(setList);
    void initialPageState.then(async (state) => {
      if (state.kind === 'ready' && state.detections.paperIds.length > 0) {
        const some = await paperSource.forPapers(state.detections.paperIds);
        setList((current) => (current.whole ? current : some));
      }
      setPage(state);
    });
    return watchSettings(readFormat);
  }, []);

  // After the first render: what the page says about its papers, scored against the group's.
  const readyTab = page.kind === 'ready' && !page.detections.disabled ? page.tabId : undefined;
  const citedIds = page.kind === 'ready' ? page.detections.citedIds : [];
  const [pageRead, setPageRead] = useState<PageState | undefined>();
  useEffect(() => {
    if (readyTab === undefined || !list.whole) return;
    let current = true;
    void (async () => {
      performance.mark(PAGE_ASKED_MARK);
      // The model loads while the tab answers.
      void relatedScorer();
      const [content, settings] = await Promise.all([askPageContent(readyTab), readSettings()]);
      performance.mark(PAGE_READ_MARK);
      if (!content || !current) return;
      const possibly = settings.possiblyNew ? possiblyNewOn(content, list.papers) : [];
      setPossiblyNew(possibly);
      const listedAsNew = new Set(possibly.flatMap(({ paper }) => paper.arxivId ?? []));
      const relations = await pageRelationsFor(content, citedIds, list.papers, listedAsNew);
      if (current) setPageRelated(relatedWorkView(relations, papersById(list.papers)));
    })()
      .catch(() => undefined)
      .finally(() => current && setPageRead(page));
    return () => {
      current = false;
    };
  }, [page, list]);
  // Busy while the page is still being asked about, or its papers scored.
  const readingPage = page.kind === 'loading' || (readyTab !== undefined && pageRead !== page);

  const copy = async (paperIds: string[], format: CopyFormat): Promise<void> => {
    const label = COPY_FORMATS.find((f) => f.id === format)?.label ?? format;
    try {
      await copyCitation(await citationText(paperIds, format));
      // A reference format picked from the menu becomes the one-click default, remembered and
      // synced; an in-text form is copied once (the one-click button copies references).
      const newDefault = isCitationFormat(format) && format !== defaultFormat;
      if (newDefault) {
        setDefaultFormat(format);
        void saveSettings({ defaultFormat: format }).catch(() => undefined);
      }
      const what = isInTextFormat(format)
        ? paperIds.length === 1
          ? `${label} copied.`
          : `${label} of ${paperIds.length} papers copied.`
        : paperIds.length === 1
          ? `${label} citation copied.`
          : `${paperIds.length} ${label} citations copied.`;
      announce(what + (newDefault ? ` ${label} is now the default.` : ''));
    } catch (error) {
      announce(
        `Could not copy: ${error instanceof Error ? error.message : 'the clipboard is unavailable'}.`,
      );
    }
  };

  const copyPossiblyNew = async ({ paper }: PossiblyNewPaper): Promise<void> => {
    try {
      // Loaded when first used: it brings the TeX escaping tables.
      const { pagePaperBibtex } = await import('../../lib/citation/page-paper');
      const bibtex = pagePaperBibtex(paper);
      if (!bibtex) throw new Error('this entry has no arXiv id');
      await copyText(bibtex);
      announce('BibTeX citation copied.');
    } catch (error) {
      announce(`Could not copy: ${error instanceof Error ? error.message : 'unknown error'}.`);
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
      announce('This page cannot be scanned: the browser does not let extensions read it.');
    }
  };

  const enableSite = async (siteId: string): Promise<void> => {
    const { disabledSites } = await readSettings();
    await saveSettings({ disabledSites: disabledSites.filter((s) => s !== siteId) });
    if (page.kind !== 'ready') return;
    // The content script rescans when the setting reaches it; ask until it has.
    for (let attempt = 0; attempt < 10; attempt++) {
      await delay(200);
      const detections = await askTabDetections(page.tabId);
      if (detections && !detections.disabled) {
        setPage({ kind: 'ready', tabId: page.tabId, detections });
        return;
      }
    }
  };

  return (
    <PopupView
      page={page}
      list={list}
      relatedOf={relatedOf}
      pageRelated={pageRelated}
      readingPage={readingPage}
      possiblyNew={possiblyNew}
      newIds={newIds}
      onCopyPossiblyNew={(paper) => void copyPossiblyNew(paper)}
      formats={COPY_FORMATS}
      defaultFormat={defaultFormat}
      announcement={announcement}
      onCopy={(ids, format) => void copy(ids, format)}
      onScan={() => void scan()}
      onEnableSite={(id) => void enableSite(id)}
    />
  );
}
