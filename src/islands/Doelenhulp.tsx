// The goal rewriter island (/doelen/): from a performance goal to a learning goal with
// strategies, obstacles and if-then plans, on a doelkaart kept in this browser.
//
// Loaded in two parts to keep the first load small: this shell (the goal field, stored
// state, notices) comes at once; the analyzer, the rewriter and steps 2-6 (./doelen/Stappen)
// load on the first interaction with the tool, or at once when this browser already
// holds a draft or saved cards. Views, focus and announcements live here; state and
// actions in @/stores/goals, logic in @/lib/goals.
//
// The server renders the shell as a new visitor sees it (an empty goal field), so the
// page does not move when the island wakes up; stored text fills the field after that.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { eenmalig } from '@/lib/browser/eenmalig';
import type { ConceptProblem, DoelConcept } from '@/lib/goals/card';
import { $doelConcept, $doelkaarten, setOrigineel } from '@/stores/goals';
import { doelUi } from '@/strings/goals-shell';
import { DoelVeld } from './doelen/DoelVeld';
import { Meldingen } from './doelen/Meldingen';

type StappenModule = typeof import('./doelen/Stappen');
const laadStappen = eenmalig(() => import('./doelen/Stappen'));

/** Class on <html> while the print view is open; doelen.css hides the rest of the page. */
const AFDRUK_KLASSE = 'dh-afdrukweergave';

const heeftInhoud = (c: DoelConcept) =>
  !!(
    c.oorspronkelijk.trim() ||
    c.doel.trim() ||
    c.strategieen.some((x) => x.trim()) ||
    c.obstakels.length ||
    c.startplannen.length
  );

const veldWaarde = (veld: HTMLElement | null) =>
  veld instanceof HTMLTextAreaElement ? veld.value : '';

export default function Doelenhulp() {
  const concept = useStore($doelConcept);
  const kaarten = useStore($doelkaarten);
  // The draft and the cards exist only in this browser; until the first effect the
  // island renders what the server rendered: the shell, with an empty field.
  const [klaar, setKlaar] = useState(false);
  // Except what was typed into that field before the island woke up: hydrating keeps it
  // in the field, and the first effect puts it in the store.
  const [getypt] = useState(() =>
    typeof document === 'undefined' ? '' : veldWaarde(document.getElementById('dh-doel')),
  );
  const eiland = useRef<HTMLDivElement>(null);
  const [stappen, setStappen] = useState<StappenModule | null>(null);
  const [laadFout, setLaadFout] = useState(false);
  const [status, setStatus] = useState('');
  const [problemen, setProblemen] = useState<ConceptProblem[]>([]);
  const [afdruk, setAfdruk] = useState<{ id: string; terugFocus: string } | null>(null);

  function laad() {
    setLaadFout(false);
    laadStappen().then(setStappen, () => setLaadFout(true));
  }
  /**
   * Loading started by using the tool. After a failed load only the retry button tries
   * again: focusing that button (or typing on) must not swap it away under the user.
   */
  function laadVanzelf() {
    if (!laadFout) laad();
  }

  useEffect(() => {
    // Unless a goal is stored already: that one is older work, kept rather than overwritten.
    if (getypt && !$doelConcept.get().oorspronkelijk) setOrigineel(getypt);
    // Focus that came before the island's listeners still asks for the rest of the tool.
    if (eiland.current?.contains(document.activeElement)) laad();
    setKlaar(true);
  }, []);
  useEffect(() => {
    if (klaar && (heeftInhoud(concept) || kaarten.length > 0)) laadVanzelf();
  }, [klaar, concept, kaarten, laadFout]);

  const getoond = afdruk && stappen ? kaarten.find((k) => k.id === afdruk.id) : undefined;
  useEffect(() => {
    document.documentElement.classList.toggle(AFDRUK_KLASSE, !!getoond);
    if (getoond) document.getElementById('dh-afdruk-kop')?.focus();
  }, [getoond]);

  if (afdruk && getoond && stappen) {
    const terug = () => {
      const focus = afdruk.terugFocus;
      setAfdruk(null);
      setTimeout(() => document.getElementById(focus)?.focus(), 0);
    };
    return <stappen.Afdruk kaart={getoond} onTerug={terug} />;
  }

  const doelFout = problemen.includes('oorspronkelijk-te-lang') ? 'dh-opslaan-fout' : undefined;
  const leerdoelFout = problemen.some((p) => p !== 'oorspronkelijk-te-lang')
    ? 'dh-opslaan-fout'
    : undefined;

  return (
    <div class="dh-eiland" ref={eiland} onFocusIn={laadVanzelf} onPointerDown={laadVanzelf}>
      {klaar && <Meldingen />}
      <section class="dh-stap" aria-labelledby="dh-doel-kop">
        <h2 id="dh-doel-kop">{doelUi.kop}</h2>
        <DoelVeld
          tekst={klaar ? concept.oorspronkelijk : getypt}
          foutId={doelFout}
          meld={setStatus}
        />
        {stappen ? (
          <stappen.AnalyseDoel />
        ) : laadFout ? (
          <p class="dh-fout">
            {doelUi.laadFout}{' '}
            <button type="button" class="button" onClick={laad}>
              {doelUi.opnieuw}
            </button>
          </p>
        ) : (
          <p class="dh-hint">{doelUi.analyseVolgt}</p>
        )}
      </section>
      {stappen && (
        <stappen.Vervolg
          leerdoelFout={leerdoelFout}
          meld={setStatus}
          problemen={problemen}
          setProblemen={setProblemen}
          onAfdruk={(id, terugFocus) => setAfdruk({ id, terugFocus })}
        />
      )}
      <p role="status" class="visually-hidden">
        {status}
      </p>
    </div>
  );
}
