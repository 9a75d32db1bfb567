import { useEffect, useState } from 'preact/hooks';
import { CITATION_FORMATS } from '../../lib/citation/formats';
import { SITES } from '../../lib/sites';
import {
  defaultCitationFormatItem,
  disabledSitesItem,
  markersEnabledItem,
} from '../../utils/settings';

interface Settings {
  format: string;
  markers: boolean;
  disabledSites: string[];
}

/** The settings page: every choice saves at once and shows that it did. */
export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saved, setSaved] = useState('');

  useEffect(() => {
    void Promise.all([
      defaultCitationFormatItem.getValue(),
      markersEnabledItem.getValue(),
      disabledSitesItem.getValue(),
    ]).then(([format, markers, disabledSites]) => setSettings({ format, markers, disabledSites }));
  }, []);

  if (!settings) return <p role="status">Loading settings…</p>;

  const save = async (next: Settings, what: string): Promise<void> => {
    setSettings(next);
    await Promise.all([
      defaultCitationFormatItem.setValue(next.format),
      markersEnabledItem.setValue(next.markers),
      disabledSitesItem.setValue(next.disabledSites),
    ]);
    setSaved(`Saved: ${what}.`);
  };

  return (
    <main>
      <h1>Graphcore Research Papers: settings</h1>
      <section aria-labelledby="citation-heading">
        <h2 id="citation-heading">Citations</h2>
        <label>
          Format copied by one click{' '}
          <select
            value={settings.format}
            onChange={(e) => {
              const format = (e.target as HTMLSelectElement).value;
              void save(
                { ...settings, format },
                `default format ${CITATION_FORMATS.find((f) => f.id === format)?.label ?? format}`,
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
      <section aria-labelledby="pages-heading">
        <h2 id="pages-heading">On pages</h2>
        <label class="check">
          <input
            type="checkbox"
            checked={settings.markers}
            onChange={(e) => {
              const markers = (e.target as HTMLInputElement).checked;
              void save({ ...settings, markers }, markers ? 'markers shown' : 'markers hidden');
            }}
          />
          Mark the group's papers beside their titles (the toolbar count is shown either way)
        </label>
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
                  void save({ ...settings, disabledSites }, `${site.name} ${on ? 'on' : 'off'}`);
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
