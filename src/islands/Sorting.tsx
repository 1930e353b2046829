/**
 * Sorting exercise for Table 1 (learning versus performance orientation): the twenty
 * thoughts of the table in a shuffled order; the reader places each one, gets feedback
 * at once and a score at the end. The logic lives in src/lib/sorting; this component
 * only keeps state and renders.
 *
 * Without JavaScript (and in the server HTML) it shows the intro and the plain list of
 * thoughts; the table above it holds the answers.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { newSeed, place, shuffle, summarise, type Placements } from '@/lib/sorting';
import { feedbackText, scoreText, sortingStrings as t, progressText } from '@/lib/sorting/strings';
import type { Thought, Orientation } from '@/data/doelorientatie';
import '@/components/praktijk/sorting.css';

interface Props {
  /** The thoughts to sort, with their right answer (from src/data/doelorientatie.ts). */
  gedachten: readonly Thought[];
}

const CHOICES: readonly Orientation[] = ['leergericht', 'prestatiegericht'];

/** Fixed seed for the server render and the first client render, so hydration matches. */
const START_SEED = 1;

export default function Sorting({ gedachten }: Props) {
  const idPrefix = useId();
  const [ready, setReady] = useState(false);
  const [seed, setSeed] = useState(START_SEED);
  const [placements, setPlacements] = useState<Placements<Orientation>>({});
  const [melding, setMelding] = useState('');
  const firstButton = useRef<HTMLButtonElement>(null);
  const focusAfterRestart = useRef(false);

  // Once hydrated: a fresh order for this visit, and switch to the interactive form.
  useEffect(() => {
    setSeed(newSeed());
    setReady(true);
  }, []);

  useEffect(() => {
    if (!focusAfterRestart.current) return;
    focusAfterRestart.current = false;
    firstButton.current?.focus();
  }, [seed]);

  const items = useMemo(
    () => gedachten.map((g) => ({ id: g.id, category: g.orientatie })),
    [gedachten],
  );
  const volgorde = useMemo(() => shuffle(gedachten, seed), [gedachten, seed]);
  const samenvatting = useMemo(() => summarise(items, placements), [items, placements]);
  const resultaat = useMemo(
    () => new Map(samenvatting.items.map((r) => [r.id, r])),
    [samenvatting],
  );

  if (!ready) {
    return (
      <div class="sorteer">
        <p class="sorteer__intro">{t.zonderScript}</p>
        <ol class="sorteer__lijst sorteer__lijst--statisch">
          {volgorde.map((g) => (
            <li key={g.id}>{g.tekst}</li>
          ))}
        </ol>
      </div>
    );
  }

  function choose(gedachte: Thought, keuze: Orientation) {
    if (placements[gedachte.id] !== undefined) return;
    const volgende = place(placements, gedachte.id, keuze);
    setPlacements(volgende);
    const goed = keuze === gedachte.orientatie;
    const stand = summarise(items, volgende);
    const score = stand.complete ? ` ${scoreText(stand.correct, stand.total)}.` : '';
    setMelding(feedbackText(goed, gedachte.orientatie, gedachte.dimensie) + score);
  }

  function opnieuw() {
    focusAfterRestart.current = true;
    setPlacements({});
    setSeed(newSeed());
    setMelding(t.nieuweRonde);
  }

  const wrong = volgorde.filter((g) => resultaat.get(g.id)?.status === 'wrong');

  return (
    <div class="sorteer">
      <p class="sorteer__intro">{t.intro}</p>
      <p class="sorteer__voortgang">{progressText(samenvatting.answered, samenvatting.total)}</p>
      <ol class="sorteer__lijst">
        {volgorde.map((g, i) => {
          const r = resultaat.get(g.id);
          const status = r?.status ?? 'open';
          const answered = status !== 'open';
          const feedbackId = `${idPrefix}-${g.id}`;
          return (
            <li key={g.id} class={`sorteer__item sorteer__item--${status}`}>
              <fieldset aria-describedby={answered ? feedbackId : undefined}>
                <legend>{g.tekst}</legend>
                <div class="sorteer__keuzes">
                  {CHOICES.map((keuze, j) => (
                    <button
                      key={keuze}
                      type="button"
                      class="sorteer__keuze"
                      ref={i === 0 && j === 0 ? firstButton : undefined}
                      aria-pressed={r?.chosen === keuze}
                      aria-disabled={answered}
                      onClick={() => choose(g, keuze)}
                    >
                      {t.keuzeLabel[keuze]}
                    </button>
                  ))}
                </div>
                {answered && (
                  <p id={feedbackId} class="sorteer__feedback">
                    <span class="sorteer__teken" aria-hidden="true">
                      {status === 'correct' ? '✓' : '✗'}
                    </span>{' '}
                    {feedbackText(status === 'correct', g.orientatie, g.dimensie)}
                  </p>
                )}
              </fieldset>
            </li>
          );
        })}
      </ol>

      {samenvatting.complete && (
        <div class="sorteer__samenvatting">
          <p class="sorteer__kop">{t.samenvattingKop}</p>
          <p class="sorteer__score">{scoreText(samenvatting.correct, samenvatting.total)}</p>
          {wrong.length === 0 ? (
            <p>{t.allesGoed}</p>
          ) : (
            <>
              <p>{t.nogFout}</p>
              <ul>
                {wrong.map((g) => (
                  <li key={g.id}>
                    {g.tekst}{' '}
                    <span class="sorteer__juist">
                      ({t.keuzeLabel[g.orientatie]}, rij ‘{g.dimensie}’)
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}

      <p role="status" class="sorteer__melding">
        {melding}
      </p>

      <button type="button" class="sorteer__opnieuw" onClick={opnieuw}>
        {t.opnieuw}
      </button>
    </div>
  );
}
