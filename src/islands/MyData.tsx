/**
 * /mijn-gegevens/: everything the site keeps in this browser, per tool, with its size;
 * the set-aside copies (download, restore, delete); everything as one file (export and
 * import); delete per tool or all. Every deletion asks first, the way the presenter's
 * stop does (the browser's own confirm). The work is in @/stores/my-data.
 */
import { useEffect, useState } from 'preact/hooks';
import { download } from '@/lib/browser/download';
import { FileImport } from './shared/FileImport';
import {
  deleteAll,
  deleteKey,
  deleteTool,
  exportAll,
  importAll,
  inventory,
  rawOf,
  restoreAside,
  storageWorks,
  type AsideItem,
  type Inventory,
} from '@/stores/my-data';
import { formatSize, importErrors, myDataStrings as t } from '@/strings/my-data';

interface Props {
  /** The site's base path, for links to the tools. */
  base: string;
}

const vandaag = () => new Date().toISOString().slice(0, 10);
const bestandsnaam = (key: string) =>
  `${key.replace(/[^a-z0-9-]+/gi, '-').replace(/^-|-$/g, '')}.json`;

export default function MyData({ base }: Props) {
  const [stand, setStand] = useState<Inventory | null>(null);
  const [melding, setMelding] = useState<{ ok: boolean; tekst: string } | null>(null);
  const refresh = () => setStand(inventory());

  useEffect(() => {
    refresh();
    // Another tab may change what is kept while this page is open.
    addEventListener('storage', refresh);
    return () => removeEventListener('storage', refresh);
  }, []);

  const report = (ok: boolean, tekst: string) => {
    setMelding({ ok, tekst });
    refresh();
  };
  /** Deletes one set-aside or unclaimed copy, after a confirm. */
  const removeCopy = (key: string) => {
    if (!confirm(t.verwijderKopieVraag)) return;
    deleteKey(key);
    report(true, t.kopieVerwijderd);
  };

  if (!stand) return <p>{t.laden}</p>;

  function herstel(item: AsideItem) {
    if (!confirm(t.terugzettenVraag)) return;
    const r = restoreAside(item.key);
    if (!r.ok) return report(false, t.terugFout[r.reden]);
    const tekst =
      r.soort === 'samengevoegd' ? t.samengevoegd(r.toegevoegd, r.teVeel) : t.teruggezet;
    report(true, r.kopieBlijft && r.teVeel === 0 ? `${tekst} ${t.kopieBlijft}` : tekst);
  }

  function importText(text: string) {
    const r = importAll(text);
    report(r.ok, r.ok ? t.geimporteerd(r) : importErrors[r.reden]);
  }

  return (
    <div class="mg">
      <div class="mg-melding" role="status">
        {melding && <p class={melding.ok ? 'mg-gelukt' : 'mg-fout'}>{melding.tekst}</p>}
      </div>
      {!storageWorks() && <p class="mg-fout">{t.opslagUit}</p>}
      <p>{t.totaal(formatSize(stand.bytes))}</p>

      <h2 id="mg-per-hulpmiddel">{t.perHulpmiddel}</h2>
      <ul class="mg-lijst">
        {stand.tools.map(({ tool, items, bytes }) => (
          <li key={tool.id} class="mg-tool" data-tool={tool.id}>
            <h3>{tool.label}</h3>
            {items.length === 0 ? (
              <p class="mg-hint">{t.niets}</p>
            ) : (
              <ul class="mg-items">
                {items.map((i) => (
                  <li key={i.key}>
                    {i.label} <span class="mg-hint">({formatSize(i.bytes)})</span>
                    {!i.readable && <span class="mg-hint"> {t.onleesbaar}</span>}
                  </li>
                ))}
              </ul>
            )}
            <div class="mg-knoppen">
              {tool.pad && (
                <a class="button" href={`${base}${tool.pad}`}>
                  {t.naarHulpmiddel(tool.label)}
                </a>
              )}
              {items.length > 0 && (
                <button
                  type="button"
                  class="button mg-gevaar"
                  aria-label={t.verwijderToolLabel(tool.label)}
                  onClick={() => {
                    if (!confirm(t.verwijderToolVraag(tool.label))) return;
                    deleteTool(tool.id);
                    report(true, t.toolVerwijderd(tool.label));
                  }}
                >
                  {t.verwijderTool} <span class="mg-hint">({formatSize(bytes)})</span>
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>

      <h2 id="mg-apart">{t.apartKop}</h2>
      <p>{t.apartUitleg}</p>
      {stand.aside.length === 0 ? (
        <p class="mg-hint">{t.apartLeeg}</p>
      ) : (
        <ul class="mg-lijst">
          {stand.aside.map((a) => (
            <li key={a.key} class="mg-apart" data-reden={a.reason}>
              <p>
                <strong>{a.tool ? `${a.tool.label}: ${a.label.toLowerCase()}` : a.label}</strong>
                <br />
                {t.apartOp(a.date)}; {t.reden[a.reason]}{' '}
                <span class="mg-hint">({formatSize(a.bytes)})</span>
              </p>
              {!a.restorable && <p class="mg-hint">{t.nietTerug}</p>}
              <div class="mg-knoppen">
                <button
                  type="button"
                  class="button"
                  aria-label={t.downloadLabel(a.label)}
                  onClick={() =>
                    download(bestandsnaam(a.key), rawOf(a.key) ?? '', 'application/json')
                  }
                >
                  {t.download}
                </button>
                {a.restorable && (
                  <button
                    type="button"
                    class="button"
                    aria-label={t.terugzettenLabel(a.label)}
                    onClick={() => herstel(a)}
                  >
                    {t.terugzetten}
                  </button>
                )}
                <button
                  type="button"
                  class="button mg-gevaar"
                  aria-label={t.verwijderKopieLabel(a.label)}
                  onClick={() => removeCopy(a.key)}
                >
                  {t.verwijderTool}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}

      {stand.other.length > 0 && (
        <>
          <h2 id="mg-overig">{t.overigKop}</h2>
          <p>{t.overigUitleg}</p>
          <ul class="mg-lijst">
            {stand.other.map((o) => (
              <li key={o.key} class="mg-apart">
                <p>
                  <code>{o.key}</code> <span class="mg-hint">({formatSize(o.bytes)})</span>
                </p>
                <div class="mg-knoppen">
                  <button
                    type="button"
                    class="button"
                    onClick={() =>
                      download(bestandsnaam(o.key), rawOf(o.key) ?? '', 'application/json')
                    }
                  >
                    {t.download}
                  </button>
                  <button type="button" class="button mg-gevaar" onClick={() => removeCopy(o.key)}>
                    {t.verwijderTool}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}

      <h2 id="mg-overzetten">{t.overzettenKop}</h2>
      <p>{t.overzettenUitleg}</p>
      <div class="mg-knoppen">
        <button
          type="button"
          class="button button--primary"
          onClick={() => {
            download(t.exportNaam(vandaag()), exportAll(), 'application/json');
            setMelding({ ok: true, tekst: t.geexporteerd });
          }}
        >
          {t.exporteren}
        </button>
        <FileImport
          label={t.importeren}
          onText={importText}
          onReadError={() => report(false, t.leesFout)}
        />
      </div>

      <h2 id="mg-alles">{t.allesKop}</h2>
      <p>{t.allesUitleg}</p>
      <div class="mg-knoppen">
        <button
          type="button"
          class="button mg-gevaar"
          onClick={() => {
            if (!confirm(t.allesVraag)) return;
            deleteAll();
            report(true, t.allesVerwijderd);
          }}
        >
          {t.allesKnop}
        </button>
      </div>
    </div>
  );
}
