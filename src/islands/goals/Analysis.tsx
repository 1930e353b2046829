// The live analysis of a goal: its type in words, why, and the five checks.
import type { GoalAnalysis } from '@/lib/goals/analyze';
import { analysisStrings, analysisPanelStrings } from '@/strings/goals-analysis';
import { Checks } from './Checks';

const s = analysisPanelStrings;
const SHOWN = new Set(['leren', 'competitie', 'vaag', 'aantal', 'termijn', 'anderen', 'negatief']);

export function Analysis({ analyse, kop }: { analyse: GoalAnalysis; kop: 'h3' | 'h4' }) {
  const Heading = kop;
  const Sub = kop === 'h3' ? 'h4' : 'h5';
  const herkend = [
    ...new Map(
      analyse.signalen.filter((x) => SHOWN.has(x.soort)).map((x) => [x.woorden.toLowerCase(), x]),
    ).values(),
  ].slice(0, 6);
  return (
    <div class="goals-analysis" data-type={analyse.type}>
      <Heading class="goals-analysis__kop">
        {s.analyseKop} <span class="goals-type">{analyse.typeNaam}</span>
      </Heading>
      <p>{analyse.typeUitleg}</p>
      {analyse.type !== 'onbekend' && herkend.length > 0 && (
        <p class="goals-hint">
          {s.signalen}:{' '}
          {herkend.map((x, i) => (
            <span key={x.woorden}>
              {i > 0 && ', '}
              <span class="goals-signaal">“{x.woorden}”</span> ({analysisStrings.signalen[x.soort]})
            </span>
          ))}
        </p>
      )}
      {analyse.checks.length > 0 && (
        <>
          <Sub class="goals-subkop">{s.vragenKop}</Sub>
          <Checks items={analyse.checks} />
        </>
      )}
    </div>
  );
}
