import { useEffect, useState } from 'preact/hooks';
import { CITATION_FORMATS, isCitationFormat } from '../../lib/citation/formats';
import { SITES } from '../../lib/sites';
import { paperList } from '../../data/index';
import { indexSummary } from '../../lib/papers/format';
import { downloadCitations } from '../../utils/download';
import { readSettings, saveSettings, type Settings } from '../../utils/settings';

type Switch = 'markers' | 'markRelated' | 'possiblyNew';

/** The on-or-off settings: what each says, and what saving it says. */
const SWITCHES: { key: Switch; label: string; on: string; off: string }[] = [
  {
    key: 'markers',
    label: "Mark the group's papers beside their titles (the toolbar count is shown either way)",
    on: 'markers shown',
    off: 'markers hidden',
  },
  {
    key: 'markRelated',
    label:
      "Mark the entries of listings that relate to the group's work (they are always listed in the popup)",
    on: 'related entries marked',
    off: 'related entries not marked',
  },
  {
    key: 'possiblyNew',
    label:
      "List arXiv papers by the group's authors that the index does not have yet, as possibly new from the group",
    on: 'possibly new papers listed',
    off: 'possibly new papers not listed',
  },
];

/** The settings page: every choice saves at once and shows that it did. */
export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saved, setSaved] = useState('');

  useEffect(() => {
    void readSettings().then(setSettings);
  }, []);

  if (!settings) return <p role="status">Loading settings…</p>;

  const save = async (changes: Partial<Settings>, what: string): Promise<void> => {
    setSettings({ ...settings, ...changes });
    try {
      await saveSettings(changes);
      setSaved(`Saved: ${what}.`);
    } catch {
      setSaved(`Could not save ${what}: the browser's storage refused it.`);
    }
  };

  return (
    <main>
      <h1>Graphcore Research Papers: settings</h1>
      <section aria-labelledby="citation-heading">
        <h2 id="citation-heading">Citations</h2>
        <label>
          Format copied by one click{' '}
          <select
            value={settings.defaultFormat}
            onChange={(e) => {
              const defaultFormat = (e.target as HTMLSelectElement).value;
              if (!isCitationFormat(defaultFormat)) return;
              void save(
                { defaultFormat },
                `default format ${CITATION_FORMATS.find((f) => f.id === defaultFormat)?.label ?? defaultFormat}`,
              );
            }}
          >
            {CITATION_FORMATS.map((f) => (
              <option key={f.id} value={f.id}>
                {f.label}
              </option>
            ))}
          </select>
        </label>
      </section>
      <section aria-labelledby="index-heading">
        <h2 id="index-heading">The index</h2>
        <p class="index-summary">{indexSummary(paperList)}</p>
      </section>
      <section aria-labelledby="export-heading">
        <h2 id="export-heading">Export</h2>
        <p>
          <button
            type="button"
            onClick={() =>
              void downloadCitations(
                paperList.papers.map((p) => p.id),
                'bibtex',
              ).then(
                (name) => setSaved(`Downloaded ${name} (${paperList.papers.length} entries).`),
                () => setSaved('Could not prepare the download.'),
              )
            }
          >
            Download the whole index as BibTeX (.bib)
          </button>
        </p>
      </section>
      <section aria-labelledby="pages-heading">
        <h2 id="pages-heading">On pages</h2>
        {SWITCHES.map(({ key, label, on, off }) => (
          <label class="check" key={key}>
            <input
              type="checkbox"
              checked={settings[key]}
              onChange={(e) => {
                const checked = (e.target as HTMLInputElement).checked;
                void save({ [key]: checked }, checked ? on : off);
              }}
            />
            {label}
          </label>
        ))}
        <fieldset>
          <legend>Detect papers on</legend>
          {SITES.map((site) => (
            <label class="check" key={site.id}>
              <input
                type="checkbox"
                checked={!settings.disabledSites.includes(site.id)}
                onChange={(e) => {
                  const on = (e.target as HTMLInputElement).checked;
                  const disabledSites = on
                    ? settings.disabledSites.filter((id) => id !== site.id)
                    : [...settings.disabledSites, site.id];
                  void save({ disabledSites }, `${site.name} ${on ? 'on' : 'off'}`);
                }}
              />
              {site.name} <span class="hosts">({site.hosts.join(', ')})</span>
            </label>
          ))}
        </fieldset>
      </section>
      <p class="saved" role="status" aria-live="polite">
        {saved}
      </p>
    </main>
  );
}
