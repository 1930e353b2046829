// The part of the tool that loads on first use: the live analysis of step 1, steps
// 2-6 and the print view. Everything here may import the analyzer and the rewriter.
import { useMemo } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { analyzeGoal } from '@/lib/goals/analyze';
import type { ConceptProblem, Doelkaart } from '@/lib/goals/card';
import { $doelConcept } from '@/stores/goals';
import { analysisPanelStrings } from '@/strings/goals-analysis';
import { doelkaartStrings } from '@/strings/goals-card';
import { Analyse } from './Analyse';
import { Herschrijven } from './Herschrijven';
import { DoelkaartView } from './DoelkaartView';
import { DoelkaartActions } from './DoelkaartActions';
import { Plannen } from './Plannen';
import { SmartCheck } from './SmartCheck';
import { Strategieen } from './Strategieen';
import { useDebounced } from './useDebounced';

/** Live analysis under the goal field; a short summary goes to a polite live region once typing pauses. */
export function AnalyseDoel() {
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
      <Analyse analyse={analyse} kop="h3" />
      <p class="visually-hidden" aria-live="polite" aria-atomic="true">
        {live}
      </p>
    </>
  );
}

interface VervolgProps {
  leerdoelFout?: string;
  meld: (tekst: string) => void;
  problemen: ConceptProblem[];
  setProblemen: (p: ConceptProblem[]) => void;
  onAfdruk: (id: string, terugFocus: string) => void;
}

/** Steps 2-6. */
export function Vervolg({ leerdoelFout, meld, problemen, setProblemen, onAfdruk }: VervolgProps) {
  return (
    <>
      <Herschrijven foutId={leerdoelFout} meld={meld} />
      <Strategieen meld={meld} />
      <Plannen />
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
