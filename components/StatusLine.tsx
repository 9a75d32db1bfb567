import type { PageState } from '../lib/sites/page-state';

interface Props {
  page: Exclude<PageState, { kind: 'loading' }>;
  onScan(): void;
  onEnableSite(siteId: string): void;
}

/** Why the popup lists no papers for this page, and what the user can do about it. */
export function StatusLine({ page, onScan, onEnableSite }: Props) {
  if (page.kind === 'ready' && page.detections.disabled) {
    return (
      <p class="status">
        Detection is off on this site.{' '}
        <button
          type="button"
          class="secondary"
          onClick={() => onEnableSite(page.detections.siteId)}
        >
          Turn it on
        </button>
      </p>
    );
  }
  if (page.kind === 'ready') {
    return <p class="status">No Graphcore Research papers found on this page.</p>;
  }
  if (page.tabId === undefined) {
    return (
      <p class="status">
        This page cannot be read by extensions. Search and browse the group's papers below.
      </p>
    );
  }
  return (
    <div class="status">
      <p>This site is not one the extension reads by itself.</p>
      <button type="button" class="primary" onClick={onScan}>
        Scan this page
      </button>
    </div>
  );
}
