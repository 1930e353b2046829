// The goal rewriter island (/doelen/): from a performance goal to a learning goal with
// strategies, obstacles and if-then plans, on a doelkaart kept in this browser.
//
// The page wakes it with client:ready; a goal typed before that reaches the store as
// any typing does (the directive replays it as an input event). The analyzer, the
// rewriter and steps 2-6 (./goals/Steps) load on the first interaction with the
// tool, or at once when this browser already holds a draft or saved cards
// (./shared/load). Views, focus and announcements live here; state and actions in
// @/stores/goals, logic in @/lib/goals.
//
// The server renders the shell as a new visitor sees it (an empty goal field), so the
// page does not move when the island wakes up; stored text fills the field after that.
import { useEffect, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { once } from '@/lib/browser/once';
import type { ConceptProblem, DoelConcept } from '@/lib/goals/card';
import { $doelConcept, $doelkaarten, CONCEPT_KEY, CARDS_KEY } from '@/stores/goals';
import { shellStrings } from '@/strings/goals-shell';
import { DoelField } from './goals/DoelField';
import { Notices } from './shared/Notices';
import { useHydrated } from './shared/hydrated';
import { useLoaded } from './shared/load';
import { usePrintView } from './shared/print';

const loadSteps = once(() => import('./goals/Steps'));

/** Class on <html> while the print view is open; goals.css hides the rest of the page. */
const PRINT_CLASS = 'goals-afdrukweergave';

const hasContent = (c: DoelConcept) =>
  !!(
    c.oorspronkelijk.trim() ||
    c.doel.trim() ||
    c.strategieen.some((x) => x.trim()) ||
    c.obstakels.length ||
    c.startplannen.length
  );

export default function Goals() {
  const concept = useStore($doelConcept);
  const cards = useStore($doelkaarten);
  // The draft and the cards exist only in this browser; until hydrated the island
  // renders what the server rendered: the shell, with an empty field.
  const klaar = useHydrated();
  const [gebruikt, setGebruikt] = useState(false);
  const [status, setStatus] = useState('');
  const [problemen, setProblemen] = useState<ConceptProblem[]>([]);
  const [afdruk, setAfdruk] = useState<{ id: string; terugFocus: string } | null>(null);
  const hasWork = hasContent(concept) || cards.length > 0;
  const {
    value: steps,
    failed: laadFout,
    retry,
  } = useLoaded(loadSteps, klaar && (gebruikt || hasWork));
  const gebruik = () => setGebruikt(true);

  const getoond = afdruk && steps ? cards.find((k) => k.id === afdruk.id) : undefined;
  usePrintView(PRINT_CLASS, !!getoond);
  useEffect(() => {
    if (getoond) document.getElementById('goals-afdruk-kop')?.focus();
  }, [getoond]);

  if (afdruk && getoond && steps) {
    const terug = () => {
      const focus = afdruk.terugFocus;
      setAfdruk(null);
      setTimeout(() => document.getElementById(focus)?.focus(), 0);
    };
    return <steps.PrintView kaart={getoond} onTerug={terug} />;
  }

  const doelError = problemen.includes('oorspronkelijk-te-lang') ? 'goals-opslaan-fout' : undefined;
  const leerdoelError = problemen.some((p) => p !== 'oorspronkelijk-te-lang')
    ? 'goals-opslaan-fout'
    : undefined;

  return (
    <div class="goals-eiland" onFocusIn={gebruik} onPointerDown={gebruik} onInput={gebruik}>
      <Notices
        keys={klaar ? [CARDS_KEY, CONCEPT_KEY] : []}
        sluiten={shellStrings.meldingSluiten}
        prefix="goals"
      />
      <section class="goals-stap" aria-labelledby="goals-doel-kop">
        <h2 id="goals-doel-kop">{shellStrings.kop}</h2>
        <DoelField
          tekst={klaar ? concept.oorspronkelijk : ''}
          foutId={doelError}
          meld={setStatus}
        />
        {steps ? (
          <steps.DoelAnalysis />
        ) : laadFout ? (
          <p class="goals-fout">
            {shellStrings.laadFout}{' '}
            <button type="button" class="button" onClick={retry}>
              {shellStrings.opnieuw}
            </button>
          </p>
        ) : (
          <p class="goals-hint">{shellStrings.analyseVolgt}</p>
        )}
      </section>
      {steps && (
        <steps.NextSteps
          leerdoelError={leerdoelError}
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
