// "Mijn aantekeningen": every highlight and note of this browser, grouped by page in
// reading order, each with a link back to its place; filter by colour, search in the
// notes, export (Markdown, JSON backup), import (merge), print, delete all.
import { useMemo, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import {
  $aantekeningen,
  $readingPlaces,
  AANTEKENINGEN_KEY,
  READING_PLACE_KEY,
  removeAantekening,
  removeAll,
} from '@/stores/annotations';
import { useHydrated } from '@/islands/shared/hydrated';
import { Notices } from '@/islands/shared/Notices';
import { FileImport } from '@/islands/shared/FileImport';
import { COLOURS, sectionLabel, type Aantekening, type Colour } from '@/lib/annotations/model';
import { groupByPage, linkTo, type PageInfo } from '@/lib/annotations/transfer';
import { download } from '@/lib/browser/download';
import { once } from '@/lib/browser/once';
import { colourNames, pageStrings as s } from '@/strings/annotations-page';

interface Props {
  /** JSON of PageInfo[]: every reading page in reading order. */
  pages: string;
}

type Notice = { soort: 'ok' | 'fout'; tekst: string };

/** The files (Markdown, the JSON backup and its merge, their text): loaded when one is made or read. */
const loadFiles = once(() =>
  Promise.all([
    import('@/stores/annotations-backup'),
    import('@/lib/annotations/backup'),
    import('@/strings/annotations-backup'),
  ]),
);

type Files = Awaited<ReturnType<typeof loadFiles>>;

const datum = () => new Date().toISOString().slice(0, 10);

function matches(a: Aantekening, kleur: Colour | '', zoek: string): boolean {
  if (kleur && a.kleur !== kleur) return false;
  if (!zoek) return true;
  const q = zoek.toLocaleLowerCase('nl');
  return (
    a.notitie.toLocaleLowerCase('nl').includes(q) ||
    (a.quote?.exact.toLocaleLowerCase('nl').includes(q) ?? false)
  );
}

export default function AnnotationList({ pages: pagesJson }: Props) {
  const pages = useMemo(() => JSON.parse(pagesJson) as PageInfo[], [pagesJson]);
  // The server knows nothing of this browser: hydrate what it rendered (nothing kept),
  // then render what is kept, so every attribute (disabled buttons) is set right.
  const mounted = useHydrated();
  const stored = useStore($aantekeningen);
  const storedPlekken = useStore($readingPlaces);
  const list = mounted ? stored : [];
  const plekken = mounted ? storedPlekken : {};
  const [kleur, setKleur] = useState<Colour | ''>('');
  const [zoek, setZoek] = useState('');
  const [notice, setNotice] = useState<Notice | null>(null);
  const [bevestig, setBevestig] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  const shown = list.filter((a) => matches(a, kleur, zoek.trim()));
  const groepen = groupByPage(shown, pages);

  /** Runs `use` with the file code once loaded; shows `failed` when it cannot be loaded. */
  async function withFiles(failed: string, use: (files: Files) => void) {
    let files: Files;
    try {
      files = await loadFiles();
    } catch {
      setNotice({ soort: 'fout', tekst: failed });
      return;
    }
    use(files);
  }

  const exportFile = (make: (files: Files) => void) =>
    withFiles(s.nietGemaakt, (files) => {
      make(files);
      setNotice({ soort: 'ok', tekst: s.geexporteerd(list.length) });
    });

  const exportMarkdown = () =>
    exportFile(([, { toMarkdown }, { markdownText }]) => {
      const text = markdownText(new Date().toLocaleDateString('nl-NL'));
      const md = toMarkdown(groupByPage(list, pages), location.origin, text, (a) =>
        Boolean(a.wees),
      );
      download(`aantekeningen-${datum()}.md`, md, 'text/markdown');
    });

  const exportJson = () =>
    exportFile(([{ exportBackup }]) =>
      download(`aantekeningen-${datum()}.json`, exportBackup(), 'application/json'),
    );

  const importText = (text: string, name: string) =>
    withFiles(s.nietGelezen(name), ([{ importBackup }, , { backupErrors }]) => {
      const result = importBackup(text);
      if (!result.ok) {
        setNotice({ soort: 'fout', tekst: backupErrors[result.reden](name) });
        return;
      }
      const tekst = s.geimporteerd(name, result.toegevoegd, result.dubbel, result.ongeldig);
      setNotice({
        soort: result.ongeldig > 0 || result.vol > 0 ? 'fout' : 'ok',
        tekst: result.vol > 0 ? `${tekst} ${s.teVeel(5000)}` : tekst,
      });
    });

  function wis() {
    removeAll();
    setBevestig(false);
    setNotice({ soort: 'ok', tekst: s.gewist });
    heading.current?.focus();
  }

  return (
    <div class="annotations-lijst">
      <Notices
        keys={mounted ? [AANTEKENINGEN_KEY, READING_PLACE_KEY] : []}
        sluiten={s.sluiten}
        prefix="annotations"
      />

      <div class="annotations-acties no-print">
        <button type="button" class="button" onClick={exportMarkdown} disabled={list.length === 0}>
          {s.exportMd}
        </button>
        <button type="button" class="button" onClick={exportJson} disabled={list.length === 0}>
          {s.exportJson}
        </button>
        <FileImport
          label={s.importeer}
          onText={importText}
          onReadError={(name) => setNotice({ soort: 'fout', tekst: s.nietGeopend(name) })}
        />
        <button type="button" class="button" onClick={() => print()} disabled={list.length === 0}>
          {s.afdrukken}
        </button>
        {!bevestig && (
          <button
            type="button"
            class="button annotations-gevaar"
            onClick={() => setBevestig(true)}
            disabled={list.length === 0 && Object.keys(plekken).length === 0}
          >
            {s.wisAlles}
          </button>
        )}
      </div>
      {bevestig && (
        <div
          class="annotations-bevestig no-print"
          role="group"
          aria-labelledby="annotations-wis-vraag"
        >
          <p id="annotations-wis-vraag">{s.wisVraag(list.length)}</p>
          <button
            type="button"
            class="button annotations-gevaar"
            onClick={wis}
            ref={(b) => b?.focus()}
          >
            {s.wisJa}
          </button>
          <button type="button" class="button" onClick={() => setBevestig(false)}>
            {s.wisNee}
          </button>
        </div>
      )}
      <p class="annotations-status" role="status" data-soort={notice?.soort}>
        {notice?.tekst}
      </p>

      {list.length > 0 && (
        <div class="annotations-filters no-print">
          <label>
            {s.filterKleur}{' '}
            <select
              value={kleur}
              onChange={(e) =>
                setKleur((e.currentTarget as HTMLSelectElement).value as Colour | '')
              }
            >
              <option value="">{s.alleKleuren}</option>
              {COLOURS.map((k) => (
                <option value={k}>{colourNames[k]}</option>
              ))}
            </select>
          </label>
          <label>
            {s.zoek}{' '}
            <input
              type="search"
              value={zoek}
              onInput={(e) => setZoek((e.currentTarget as HTMLInputElement).value)}
            />
          </label>
          <p class="annotations-aantal" aria-live="polite">
            {s.aantal(shown.length, list.length)}
          </p>
        </div>
      )}

      <h2 ref={heading} tabIndex={-1} class="visually-hidden">
        {s.titel}
      </h2>
      {list.length === 0 ? (
        <p class="annotations-leeg">{s.leeg}</p>
      ) : groepen.length === 0 ? (
        <p class="annotations-leeg">{s.geenTreffers}</p>
      ) : (
        groepen.map((g) => (
          <section
            class="annotations-groep"
            aria-labelledby={`groep-${g.pagina.replace(/\W+/g, '-')}`}
          >
            <h3 id={`groep-${g.pagina.replace(/\W+/g, '-')}`}>
              {g.href ? <a href={g.href}>{g.titel}</a> : g.titel}
            </h3>
            <ol class="annotations-items">
              {g.aantekeningen.map((a) => {
                const label = a.sectie ? (sectionLabel(a.sectie) ?? '') : '';
                const href = linkTo(g, a);
                return (
                  <li key={a.id} class="annotations-item" data-kleur={a.kleur}>
                    {a.quote ? (
                      <blockquote class={`annotations-citaat annotations--${a.kleur}`}>
                        {a.quote.exact}
                      </blockquote>
                    ) : (
                      <p class="annotations-item__soort">
                        <strong>{s.sectieNotitie(label || g.titel)}</strong>
                      </p>
                    )}
                    {a.wees && (
                      <p class="annotations-wees">
                        <strong>{s.wees}.</strong> {s.weesUitleg}
                      </p>
                    )}
                    {a.notitie ? (
                      <p class="annotations-notitie">{a.notitie}</p>
                    ) : (
                      <p class="annotations-zonder">{s.zonderNotitie}</p>
                    )}
                    <p class="annotations-item__voet">
                      {a.quote && (
                        <span class="annotations-item__kleur">{colourNames[a.kleur]}</span>
                      )}
                      {href && (
                        <a href={href}>
                          {s.naarTekst}
                          {label ? ` (${label})` : ''}
                        </a>
                      )}
                      <button
                        type="button"
                        class="button no-print"
                        onClick={() => {
                          removeAantekening(a.id);
                          setNotice({ soort: 'ok', tekst: s.verwijderd });
                          heading.current?.focus();
                        }}
                      >
                        {s.verwijder}
                        <span class="visually-hidden">
                          {' '}
                          “{a.quote?.exact.slice(0, 60) ?? s.sectieNotitie(label || g.titel)}”
                        </span>
                      </button>
                    </p>
                  </li>
                );
              })}
            </ol>
          </section>
        ))
      )}
    </div>
  );
}
