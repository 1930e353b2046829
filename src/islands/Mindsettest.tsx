// The mindset self-test island: the test or a result, the quick check, the areas
// compared and "your data". Views and focus live here; state and actions live in
// @/stores/mindset, logic in @/lib/mindset.
import { useEffect, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { MindsetResultaat } from '@/lib/mindset/results';
import { $storageNotices } from '@/stores/persisted';
import {
  $areaOverview,
  $mindsetResults,
  deleteAllResults,
  deleteResult,
  resultsAreKept,
} from '@/stores/mindset';
import { formatDatum, mindsetStrings } from '@/strings/mindset';
import { Meldingen } from './mindset/Meldingen';
import { MijnGegevens } from './mindset/MijnGegevens';
import { SnelleCheck } from './mindset/SnelleCheck';
import { TestFormulier } from './mindset/TestFormulier';
import { Uitslag } from './mindset/Uitslag';
import { Vergelijking } from './mindset/Vergelijking';
import type { MindsettestProps } from './mindset/types';

type Weergave =
  | { soort: 'test' }
  | { soort: 'uitslag'; id: string; bewaard?: boolean }
  | { soort: 'afdruk'; id: string; terug: Weergave; terugFocus: string };

/** Class on <html> while the print view is open; mindset.css hides the rest of the page. */
const AFDRUK_KLASSE = 'mt-afdrukweergave';

export default function Mindsettest({ items, snelleCheck, verderLezen }: MindsettestProps) {
  const resultaten = useStore($mindsetResults);
  const overzicht = useStore($areaOverview);
  useStore($storageNotices); // re-render when storage turns out to be full
  const [weergave, setWeergave] = useState<Weergave>({ soort: 'test' });
  const [focus, setFocus] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  // Stored results and storage state exist only in the browser; until the first
  // effect the island renders exactly what the server rendered.
  const [klaar, setKlaar] = useState(false);
  useEffect(() => setKlaar(true), []);

  useEffect(() => {
    if (!focus) return;
    document.getElementById(focus)?.focus();
    setFocus(null);
  }, [focus]);

  const zoek = (id: string): MindsetResultaat | undefined => resultaten.find((r) => r.id === id);
  // A result deleted meanwhile (another tab) simply falls back to the test.
  const getoond = weergave.soort === 'test' ? undefined : zoek(weergave.id);

  const afdruk = weergave.soort === 'afdruk' && getoond !== undefined;
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

  function verwijder(id: string) {
    const resultaat = zoek(id);
    deleteResult(id);
    if (weergave.soort !== 'test' && weergave.id === id) setWeergave({ soort: 'test' });
    setFocus('mt-gebieden-kop');
    if (resultaat) {
      setStatus(
        mindsetStrings.vergelijking.verwijderd(resultaat.gebied, formatDatum(resultaat.datum)),
      );
    }
  }

  function verwijderAlles() {
    deleteAllResults();
    setWeergave({ soort: 'test' });
    setFocus('mt-gegevens-kop');
    setStatus(mindsetStrings.gegevens.allesVerwijderd);
  }

  if (weergave.soort === 'afdruk' && getoond) {
    return (
      <div class="mt-eiland">
        <Uitslag
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
    <div class="mt-eiland">
      {klaar && <Meldingen />}
      <div class="mt-sectie">
        {getoond ? (
          <Uitslag
            resultaat={getoond}
            items={items}
            verderLezen={verderLezen}
            modus="scherm"
            bewaard={weergave.soort === 'uitslag' ? weergave.bewaard : undefined}
            onAfdrukweergave={() => openAfdruk(getoond.id, 'mt-uitslag-kop')}
            onOpnieuw={() => toon({ soort: 'test' }, 'mt-test-kop')}
          />
        ) : (
          <TestFormulier
            items={items}
            onKlaar={(resultaat, bewaard) =>
              toon({ soort: 'uitslag', id: resultaat.id, bewaard }, 'mt-uitslag-kop')
            }
          />
        )}
      </div>
      <SnelleCheck stellingen={snelleCheck} />
      <Vergelijking
        overzicht={klaar ? overzicht : null}
        onBekijk={(id) => toon({ soort: 'uitslag', id }, 'mt-uitslag-kop')}
        onAfdruk={(id) => openAfdruk(id, 'mt-gebieden-kop')}
        onVerwijder={verwijder}
      />
      <MijnGegevens
        aantal={klaar ? resultaten.length : 0}
        opslagWerkt={!klaar || resultsAreKept()}
        meld={setStatus}
        onAllesVerwijderen={verwijderAlles}
      />
      <p role="status" class="visually-hidden">
        {status}
      </p>
    </div>
  );
}
