// Entering a show of hands: per verdict −/+ buttons and a number field, the side that
// W/M points at marked, and the vote as bars underneath.
import { useId } from 'preact/hooks';
import { addToTally, setTallyTo } from './controls';
import type { Tally } from '@/lib/quiz/tally';
import { OORDELEN, type Oordeel } from '@/lib/quiz/types';
import { oordeelLabel } from '@/strings/quiz';
import { presenterStrings as t } from '@/strings/quiz-klas-presentatie';
import { Bars } from './Bars';

interface Props {
  tally: Tally;
  actief: Oordeel;
  kop: string;
  /** The first vote, shown beside the second one while voting again. */
  eerste?: Tally | undefined;
}

/** Keeps focus where it was when a control is clicked, so Space keeps driving the phases. */
export const keepFocus = (event: MouseEvent) => event.preventDefault();

export function TallyInput({ tally, actief, kop, eerste }: Props) {
  const id = useId();
  return (
    <div class="telling">
      <p class="telling__kop">{kop}</p>
      <div class="telling__zijden">
        {OORDELEN.map((o) => (
          <div
            key={o}
            class={`telling__zijde telling__zijde--${o}`}
            data-actief={actief === o ? '' : undefined}
          >
            <p class="telling__label">
              <label for={`${id}-${o}`}>{oordeelLabel[o]}</label>
            </p>
            <div class="telling__rij">
              <button
                type="button"
                class="button telling__knop"
                aria-label={t.eraf(oordeelLabel[o])}
                onMouseDown={keepFocus}
                onClick={() => addToTally(-1, o)}
              >
                −
              </button>
              <input
                id={`${id}-${o}`}
                class="telling__getal"
                type="number"
                inputMode="numeric"
                min={0}
                max={999}
                value={tally[o]}
                onInput={(e) => setTallyTo(o, Number((e.target as HTMLInputElement).value))}
              />
              <button
                type="button"
                class="button telling__knop"
                aria-label={t.erbij(oordeelLabel[o])}
                onMouseDown={keepFocus}
                onClick={() => addToTally(1, o)}
              >
                +
              </button>
            </div>
          </div>
        ))}
      </div>
      <div class="quiz-presenter__balken">
        {eerste && <Bars tally={eerste} kop={t.eersteStemming} />}
        <Bars tally={tally} kop={eerste ? t.tweedeStemming : t.eersteStemming} />
      </div>
    </div>
  );
}
