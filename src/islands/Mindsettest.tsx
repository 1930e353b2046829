// The mindset self-test island: the test or a result, the quick check, the areas
// compared and "your data". Views and focus live here; state and actions live in
// @/stores/mindset, logic in @/lib/mindset.
//
// Loaded in two parts to keep the first load small: this shell (the test, the quick
// check, notices and the frame of the comparison and "your data") comes at once; a
// result, the comparison itself and the data actions (./mindset/Resultaten) load on
// the first interaction with the island, or at once when this browser already holds
// saved results or has something to say about them. A result submitted before they
// are there appears, and takes the focus, as soon as they are.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { eenmalig } from '@/lib/browser/eenmalig';
import type { MindsetResultaat } from '@/lib/mindset/results';
import { $storageNotices } from '@/stores/persisted';
import {
  $mindsetResults,
  deleteAllResults,
  deleteResult,
  MINDSET_KEY,
  resultsAreKept,
} from '@/stores/mindset';
import { mindsetStrings } from '@/strings/mindset';
import { Meldingen } from './mindset/Meldingen';
import { MijnGegevens } from './mindset/MijnGegevens';
import { TestFormulier } from './mindset/TestFormulier';
import { Uitgesteld } from './shared/Uitgesteld';
import type { MindsettestInhoud, MindsettestProps, ResultatenModule } from './mindset/types';

const laadResultaten = eenmalig(() => import('./mindset/Resultaten'));
const laadSnelleCheck = eenmalig(() => import('./mindset/SnelleCheck'));

type SnelleCheckModule = typeof import('./mindset/SnelleCheck');

type Weergave =
  | { soort: 'test' }
  | { soort: 'uitslag'; id: string; bewaard?: boolean }
  | { soort: 'afdruk'; id: string; terug: Weergave; terugFocus: string };

/** Class on <html> while the print view is open; mindset.css hides the rest of the page. */
const AFDRUK_KLASSE = 'mt-afdrukweergave';
/** Stands in for the result view while it loads; takes the focus meanwhile. */
const WACHT_ID = 'mt-uitslag-wacht';

const s = mindsetStrings;

export default function Mindsettest({ inhoud, snelleCheckServer }: MindsettestProps) {
  const { items, snelleCheck, verderLezen } = useMemo(
    () => JSON.parse(inhoud) as MindsettestInhoud,
    [inhoud],
  );
  const resultaten = useStore($mindsetResults);
  const meldingen = useStore($storageNotices); // also re-renders when storage turns out to be full
  const [weergave, setWeergave] = useState<Weergave>({ soort: 'test' });
  const [focus, setFocus] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  // Stored results and storage state exist only in the browser; until the first
  // effect the island renders exactly what the server rendered.
  const [klaar, setKlaar] = useState(false);
  const [deel, setDeel] = useState<ResultatenModule | null>(null);
  const [laadFout, setLaadFout] = useState(false);
  /** True while a focus move waits for the result view to load. */
  const wacht = useRef(false);

  /** Loads the result views once; after a failure, a new call tries again. */
  function laad(): Promise<ResultatenModule> {
    setLaadFout(false);
    return laadResultaten().then(
      (module) => {
        setDeel(module);
        return module;
      },
      (error: unknown) => {
        setLaadFout(true);
        throw error;
      },
    );
  }
  // A failure shows where the views would be, with a button to try again.
  const probeer = () => {
    laad().catch(() => {});
  };
  // Started by using the island; after a failure only that button (or an import) tries
  // again, so moving the focus to it does not start a new attempt.
  const start = () => {
    if (!deel && !laadFout) probeer();
  };

  useEffect(() => setKlaar(true), []);
  const heeftGegevens = resultaten.length > 0 || meldingen.some((n) => n.key === MINDSET_KEY);
  useEffect(() => {
    if (klaar && heeftGegevens) start();
  }, [klaar, heeftGegevens]);

  useEffect(() => {
    if (!focus) return;
    const doel = document.getElementById(focus);
    const plaatshouder = document.getElementById(WACHT_ID);
    // Focus that nothing holds (its element just left the page), or the placeholder's.
    const vrij =
      document.activeElement === document.body || document.activeElement === plaatshouder;
    if (!doel && plaatshouder) {
      // The result view is still loading: its placeholder holds the focus meanwhile.
      if (vrij) plaatshouder.focus();
      wacht.current = true;
      return;
    }
    // Once it is there it takes the focus, unless the visitor went elsewhere meanwhile.
    if (doel && (!wacht.current || vrij)) doel.focus();
    wacht.current = false;
    setFocus(null);
  }, [focus, deel, laadFout]);

  const zoek = (id: string): MindsetResultaat | undefined => resultaten.find((r) => r.id === id);
  // A result deleted meanwhile (another tab) simply falls back to the test.
  const getoond = weergave.soort === 'test' ? undefined : zoek(weergave.id);

  const afdruk = weergave.soort === 'afdruk' && getoond !== undefined && deel !== null;
  useEffect(() => {
    document.documentElement.classList.toggle(AFDRUK_KLASSE, afdruk);
  }, [afdruk]);

  function toon(volgende: Weergave, focusId: string) {
    setWeergave(volgende);
    setFocus(focusId);
  }

  function openAfdruk(id: string, terugFocus: string) {
    const terug = weergave.soort === 'afdruk' ? weergave.terug : weergave;
    toon({ soort: 'afdruk', id, terug, terugFocus }, 'mt-uitslag-kop');
  }

  function verwijder(id: string, melding: string) {
    deleteResult(id);
    if (weergave.soort !== 'test' && weergave.id === id) setWeergave({ soort: 'test' });
    setFocus('mt-gebieden-kop');
    setStatus(melding);
  }

  function verwijderAlles() {
    deleteAllResults();
    setWeergave({ soort: 'test' });
    setFocus('mt-gegevens-kop');
  }

  // The form and the quick check keep their own state and do not change with the rest of
  // the island: made once, Preact skips them when the island renders again (first of all
  // right after hydration, when the stored results come in).
  const formulier = useMemo(
    () => (
      <TestFormulier
        items={items}
        onKlaar={(resultaat, bewaard) =>
          toon({ soort: 'uitslag', id: resultaat.id, bewaard }, 'mt-uitslag-kop')
        }
      />
    ),
    [items],
  );
  // The quick check (nothing stored, nothing shared with the rest) brings its own code
  // when it wakes up; until then its markup, rendered by the page (snelleCheckServer),
  // stands in for it.
  const [snel, setSnel] = useState<SnelleCheckModule | null>(null);
  const snelleCheckDeel = useMemo(() => {
    if (snel) return <snel.SnelleCheck stellingen={snelleCheck} />;
    return typeof window === 'undefined' ? snelleCheckServer : null;
  }, [snel, snelleCheck]);

  const laadFoutMelding = () => (
    <p class="mt-waarschuwing">
      {s.laden.fout}{' '}
      <button type="button" class="button" onClick={probeer}>
        {s.laden.opnieuw}
      </button>
    </p>
  );

  if (weergave.soort === 'afdruk' && getoond && deel) {
    return (
      <div class="mt-eiland">
        <deel.Uitslag
          resultaat={getoond}
          items={items}
          verderLezen={verderLezen}
          modus="afdruk"
          onAfdrukken={() => window.print()}
          onTerug={() => toon(weergave.terug, weergave.terugFocus)}
        />
      </div>
    );
  }

  return (
    // Clicks count too: a screen reader in browse mode may check a radio without focus or pointer.
    <div class="mt-eiland" onFocusIn={start} onPointerDown={start} onClick={start}>
      {klaar && <Meldingen />}
      <div class="mt-sectie">
        {getoond && deel ? (
          <deel.Uitslag
            resultaat={getoond}
            items={items}
            verderLezen={verderLezen}
            modus="scherm"
            bewaard={weergave.soort === 'uitslag' ? weergave.bewaard : undefined}
            onAfdrukweergave={() => openAfdruk(getoond.id, 'mt-uitslag-kop')}
            onOpnieuw={() => toon({ soort: 'test' }, 'mt-test-kop')}
          />
        ) : getoond ? (
          <div id={WACHT_ID} class="mt-uitslag-wacht" tabIndex={-1}>
            {laadFout ? laadFoutMelding() : <p class="mt-hint">{s.laden.uitslag}</p>}
          </div>
        ) : (
          formulier
        )}
      </div>
      {/* Below the test: each part wakes up on its own once the page is idle, or when reached. */}
      <Uitgesteld laad={() => laadSnelleCheck().then(setSnel)}>{snelleCheckDeel}</Uitgesteld>
      <Uitgesteld>
        <section class="mt-sectie mt-vergelijking" aria-labelledby="mt-gebieden-kop">
          <h2 id="mt-gebieden-kop" tabIndex={-1}>
            {s.vergelijking.kop}
          </h2>
          {/* Until the stored results are read, as on the server: none. */}
          {!klaar || resultaten.length === 0 ? (
            <p>{s.vergelijking.leeg}</p>
          ) : deel ? (
            <deel.Vergelijking
              onBekijk={(id) => toon({ soort: 'uitslag', id }, 'mt-uitslag-kop')}
              onAfdruk={(id) => openAfdruk(id, 'mt-gebieden-kop')}
              onVerwijder={verwijder}
            />
          ) : laadFout ? (
            laadFoutMelding()
          ) : (
            <p class="mt-hint">{s.laden.uitslagen}</p>
          )}
        </section>
        <MijnGegevens
          aantal={klaar ? resultaten.length : 0}
          opslagWerkt={!klaar || resultsAreKept()}
          deel={deel}
          laad={laad}
          meld={setStatus}
          onAllesVerwijderen={verwijderAlles}
        />
      </Uitgesteld>
      <p role="status" class="visually-hidden">
        {status || null /* no empty text node for hydration to add */}
      </p>
    </div>
  );
}
