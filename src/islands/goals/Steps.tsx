// The part of the tool that loads on first use: the live analysis of step 1, steps
// 2-6 and the print view. Everything here may import the analyzer and the rewriter.
import { useMemo } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { analyzeGoal } from '@/lib/goals/analyze';
import type { ConceptProblem, Doelkaart } from '@/lib/goals/card';
import { $doelConcept } from '@/stores/goals';
import { analysisPanelStrings } from '@/strings/goals-analysis';
import { doelkaartStrings } from '@/strings/goals-card';
import { Analysis } from './Analysis';
import { Rewrite } from './Rewrite';
import { DoelkaartView } from './DoelkaartView';
import { DoelkaartActions } from './DoelkaartActions';
import { Plans } from './Plans';
import { SmartCheck } from './SmartCheck';
import { Strategies } from './Strategies';
import { useDebounced } from './useDebounced';

/** Live analysis under the goal field; a short summary goes to a polite live region once typing pauses. */
export function DoelAnalysis() {
  const tekst = useStore($doelConcept).oorspronkelijk;
  const analyse = useMemo(() => analyzeGoal(tekst), [tekst]);
  const ok = analyse.checks.filter((c) => c.pass).length;
  const samenvatting =
    analyse.type === 'onbekend'
      ? analyse.typeUitleg
      : analysisPanelStrings.live(analyse.typeNaam, ok, analyse.checks.length);
  const live = useDebounced(tekst.trim() ? samenvatting : '', 800);
  return (
    <>
      <Analysis analyse={analyse} kop="h3" />
      <p class="visually-hidden" aria-live="polite" aria-atomic="true">
        {live}
      </p>
    </>
  );
}

interface NextStepsProps {
  leerdoelError?: string;
  meld: (tekst: string) => void;
  problemen: ConceptProblem[];
  setProblemen: (p: ConceptProblem[]) => void;
  onAfdruk: (id: string, terugFocus: string) => void;
}

/** Steps 2-6. */
export function NextSteps({
  leerdoelError,
  meld,
  problemen,
  setProblemen,
  onAfdruk,
}: NextStepsProps) {
  return (
    <>
      <Rewrite foutId={leerdoelError} meld={meld} />
      <Strategies meld={meld} />
      <Plans />
      <SmartCheck />
      <DoelkaartActions
        meld={meld}
        problemen={problemen}
        setProblemen={setProblemen}
        onAfdruk={onAfdruk}
      />
    </>
  );
}

/** The print view of one saved card. */
export function PrintView({ kaart, onTerug }: { kaart: Doelkaart; onTerug: () => void }) {
  return (
    <div class="goals-eiland goals-afdruk">
      <div class="goals-knoppen no-print">
        <button type="button" class="button button--primary" onClick={() => window.print()}>
          {doelkaartStrings.afdrukken}
        </button>
        <button type="button" class="button" onClick={onTerug}>
          {doelkaartStrings.terug}
        </button>
      </div>
      <DoelkaartView kaart={kaart} niveau={2} kopId="goals-afdruk-kop" focusbaar />
    </div>
  );
}
