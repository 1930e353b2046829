// The mindset self-test island: the test or a result, the areas compared and "your
// data". Views and focus live here; state and actions live in @/stores/mindset, logic
// in @/lib/mindset. The page wakes it with client:ready; the quick check below it is an
// island of its own (./mindset/QuickCheck).
//
// A result, the comparison itself and the data actions (./mindset/Results) load on
// the first interaction with the island, or at once when this browser already holds
// saved results or has something to say about them (./shared/load). A result
// submitted before they are there appears, and takes the focus, as soon as they are.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { once } from '@/lib/browser/once';
import type { MindsetResult } from '@/lib/mindset/results';
import { $storageNotices } from '@/stores/persisted';
import {
  $mindsetResults,
  deleteAllResults,
  deleteResult,
  MINDSET_KEY,
  resultsAreKept,
} from '@/stores/mindset';
import { mindsetStrings } from '@/strings/mindset';
import { Notices } from './shared/Notices';
import { useHydrated } from './shared/hydrated';
import { useLoaded } from './shared/load';
import { usePrintView } from './shared/print';
import { MyData } from './mindset/MyData';
import { TestForm } from './mindset/TestForm';
import type { MindsetTestContent, MindsetTestProps } from '@/lib/mindset/props';

const loadResults = once(() => import('./mindset/Results'));

type View =
  | { soort: 'test' }
  | { soort: 'uitslag'; id: string; bewaard?: boolean }
  | { soort: 'afdruk'; id: string; terug: View; terugFocus: string };

/** Class on <html> while the print view is open; mindset.css hides the rest of the page. */
const PRINT_CLASS = 'mindset-afdrukweergave';
/** Stands in for the result view while it loads; takes the focus meanwhile. */
const WAIT_ID = 'mindset-uitslag-wacht';

const s = mindsetStrings;

export default function MindsetTest({ inhoud }: MindsetTestProps) {
  const { items, verderLezen } = useMemo(() => JSON.parse(inhoud) as MindsetTestContent, [inhoud]);
  const resultaten = useStore($mindsetResults);
  const meldingen = useStore($storageNotices); // also re-renders when storage turns out to be full
  const [view, setView] = useState<View>({ soort: 'test' });
  const [focus, setFocus] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  // Stored results and storage state exist only in the browser; until hydrated the
  // island renders exactly what the server rendered.
  const klaar = useHydrated();
  // The result views load once the island is used, or when there is something to show.
  const [gebruikt, setGebruikt] = useState(false);
  const hasData = resultaten.length > 0 || meldingen.some((n) => n.key === MINDSET_KEY);
  const {
    value: geladen,
    failed: laadFout,
    retry: probeer,
  } = useLoaded(loadResults, klaar && (gebruikt || hasData));
  const deel = geladen ?? null;
  const start = () => setGebruikt(true);
  /** True while a focus move waits for the result view to load. */
  const waiting = useRef(false);

  useEffect(() => {
    if (!focus) return;
    const doel = document.getElementById(focus);
    const plaatshouder = document.getElementById(WAIT_ID);
    // Focus that nothing holds (its element just left the page), or the placeholder's.
    const vrij =
      document.activeElement === document.body || document.activeElement === plaatshouder;
    if (!doel && plaatshouder) {
      // The result view is still loading: its placeholder holds the focus meanwhile.
      if (vrij) plaatshouder.focus();
      waiting.current = true;
      return;
    }
    // Once it is there it takes the focus, unless the visitor went elsewhere meanwhile.
    if (doel && (!waiting.current || vrij)) doel.focus();
    waiting.current = false;
    setFocus(null);
  }, [focus, deel, laadFout]);

  const zoek = (id: string): MindsetResult | undefined => resultaten.find((r) => r.id === id);
  // A result deleted meanwhile (another tab) simply falls back to the test.
  const getoond = view.soort === 'test' ? undefined : zoek(view.id);

  const afdruk = view.soort === 'afdruk' && getoond !== undefined && deel !== null;
  usePrintView(PRINT_CLASS, afdruk);

  function show(volgende: View, focusId: string) {
    setView(volgende);
    setFocus(focusId);
  }

  function openPrint(id: string, terugFocus: string) {
    const terug = view.soort === 'afdruk' ? view.terug : view;
    show({ soort: 'afdruk', id, terug, terugFocus }, 'mindset-uitslag-kop');
  }

  function remove(id: string, melding: string) {
    deleteResult(id);
    if (view.soort !== 'test' && view.id === id) setView({ soort: 'test' });
    setFocus('mindset-gebieden-kop');
    setStatus(melding);
  }

  function removeAll() {
    deleteAllResults();
    setView({ soort: 'test' });
    setFocus('mindset-gegevens-kop');
  }

  // The form and the quick check keep their own state and do not change with the rest of
  // the island: made once, Preact skips them when the island renders again (first of all
  // right after hydration, when the stored results come in).
  const formulier = useMemo(
    () => (
      <TestForm
        items={items}
        onKlaar={(resultaat, bewaard) =>
          show({ soort: 'uitslag', id: resultaat.id, bewaard }, 'mindset-uitslag-kop')
        }
      />
    ),
    [items],
  );
  const loadErrorNotice = () => (
    <p class="mindset-waarschuwing">
      {s.laden.fout}{' '}
      <button type="button" class="button" onClick={probeer}>
        {s.laden.opnieuw}
      </button>
    </p>
  );

  if (view.soort === 'afdruk' && getoond && deel) {
    return (
      <div class="mindset-eiland">
        <deel.Outcome
          resultaat={getoond}
          items={items}
          verderLezen={verderLezen}
          modus="afdruk"
          onAfdrukken={() => window.print()}
          onTerug={() => show(view.terug, view.terugFocus)}
        />
      </div>
    );
  }

  return (
    // Clicks count too: a screen reader in browse mode may check a radio without focus or pointer.
    <div
      class="mindset-eiland"
      onFocusIn={start}
      onPointerDown={start}
      onClick={start}
      onChange={start}
    >
      <Notices keys={klaar ? [MINDSET_KEY] : []} sluiten={s.meldingSluiten} prefix="mindset" />
      <div class="mindset-sectie">
        {getoond && deel ? (
          <deel.Outcome
            resultaat={getoond}
            items={items}
            verderLezen={verderLezen}
            modus="scherm"
            bewaard={view.soort === 'uitslag' ? view.bewaard : undefined}
            onAfdrukweergave={() => openPrint(getoond.id, 'mindset-uitslag-kop')}
            onOpnieuw={() => show({ soort: 'test' }, 'mindset-test-kop')}
          />
        ) : getoond ? (
          <div id={WAIT_ID} class="mindset-uitslag-wacht" tabIndex={-1}>
            {laadFout ? loadErrorNotice() : <p class="mindset-hint">{s.laden.uitslag}</p>}
          </div>
        ) : (
          formulier
        )}
      </div>
      <section class="mindset-sectie mindset-vergelijking" aria-labelledby="mindset-gebieden-kop">
        <h2 id="mindset-gebieden-kop" tabIndex={-1}>
          {s.vergelijking.kop}
        </h2>
        {/* Until the stored results are read, as on the server: none. */}
        {!klaar || resultaten.length === 0 ? (
          <p>{s.vergelijking.leeg}</p>
        ) : deel ? (
          <deel.Comparison
            onBekijk={(id) => show({ soort: 'uitslag', id }, 'mindset-uitslag-kop')}
            onAfdruk={(id) => openPrint(id, 'mindset-gebieden-kop')}
            onVerwijder={remove}
          />
        ) : laadFout ? (
          loadErrorNotice()
        ) : (
          <p class="mindset-hint">{s.laden.uitslagen}</p>
        )}
      </section>
      <MyData
        aantal={klaar ? resultaten.length : 0}
        opslagWerkt={!klaar || resultsAreKept()}
        deel={deel}
        load={loadResults}
        meld={setStatus}
        onDeleteAll={removeAll}
      />
      <p role="status" class="visually-hidden">
        {status || null /* no empty text node for hydration to add */}
      </p>
    </div>
  );
}
