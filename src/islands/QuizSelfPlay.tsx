/**
 * Self-play quiz on /quiz/: choose pages, answer the statements one at a time in a
 * random order, see the verdict and explanation, then a score with every miss and a
 * round of just the misses. State lives in @/stores/quiz, logic in @/lib/quiz.
 *
 * The page hands the island only the pages to choose from; the statements themselves
 * load when a round starts or resumes (./quiz/data), or as soon as the visitor
 * turns to the choice. The choice renders on the server as well and the page wakes the
 * island with client:ready, so boxes ticked before that are kept.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import {
  $selfPlaySession,
  goOn,
  chooseOordeel,
  practiceMisses,
  startRound,
  stopRound,
  SELF_PLAY_KEY,
} from '@/stores/quiz';
import { scoreRound } from '@/lib/quiz/score';
import { OORDELEN, type QuizGroup, type QuizStelling } from '@/lib/quiz/types';
import type { SelfPlaySession } from '@/lib/quiz/selfplay';
import { whyText, oordeelLabel, oordeelSentence } from '@/strings/quiz';
import { omittedMessage } from '@/strings/quiz-stale';
import { forgetStaleSession } from '@/stores/stale-session';
import { readSourceText, selfPlayStrings as t } from '@/strings/quiz-self-play';
import { stellingenLoader, type Stellingenbank } from './quiz/data';
import { Loaded } from './quiz/Loaded';
import { Notices } from './shared/Notices';
import { useHydrated } from './shared/hydrated';

interface Props {
  groepen: QuizGroup[];
  /** Address of every statement in full (/quiz/stellingen.json). */
  gegevens: string;
}

export default function QuizSelfPlay({ groepen, gegevens }: Props) {
  const sessie = useStore($selfPlaySession);
  const [melding, setMelding] = useState<string | null>(null);
  const bekend = useMemo(() => new Set(groepen.flatMap((g) => g.ids)), [groepen]);
  const load = stellingenLoader(gegevens);

  // Stored rounds exist only in the browser: until hydrated, render what the server did
  // (the choice of pages, with nothing chosen), so the page does not move when it hydrates.
  const klaar = useHydrated();
  useEffect(() => {
    // A stored round naming statements the site no longer has keeps the rest; it is
    // not shown (klaar) before that is done.
    const weg = forgetStaleSession($selfPlaySession, bekend, 'zelf');
    if (weg.length) setMelding(omittedMessage(weg));
  }, [bekend]);

  const ronde = klaar ? sessie : null;
  return (
    <div
      class="quiz-zelf"
      onClickCapture={() => (bediend = true)}
      onKeyDownCapture={() => (bediend = true)}
    >
      <Notices
        keys={klaar ? [SELF_PLAY_KEY] : []}
        sluiten={t.meldingSluiten}
        prefix="quiz"
        extra={melding ? [{ id: 'verouderd', tekst: melding }] : []}
        onSluitExtra={() => setMelding(null)}
      />
      {ronde === null ? (
        <Chooser groepen={groepen} onBijnaStart={() => void load().catch(() => {})} />
      ) : (
        <Loaded
          load={load}
          render={(bank) =>
            ronde.index >= ronde.ids.length ? (
              <Outcome sessie={ronde} bank={bank} groepen={groepen} />
            ) : (
              <Question sessie={ronde} stelling={bank.get(ronde.ids[ronde.index]!)!} />
            )
          }
        />
      )}
    </div>
  );
}

// Focus follows the visitor's actions, but a page load (resuming a stored round) leaves it alone.
let bediend = false;

/** Moves focus to an element when `key` changes after the visitor did something (headings get tabindex="-1"). */
function useFocusOnMount<T extends HTMLElement>(key: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (bediend) ref.current?.focus();
  }, [key]);
  return ref;
}

/** The choice of pages; `onBijnaStart` when the visitor turns to it (the statements can load meanwhile). */
function Chooser({ groepen, onBijnaStart }: { groepen: QuizGroup[]; onBijnaStart: () => void }) {
  const [gekozen, setGekozen] = useState<string[]>([]);
  const [fout, setFout] = useState(false);
  const aantal = groepen
    .filter((g) => gekozen.includes(g.key))
    .reduce((n, g) => n + g.ids.length, 0);

  function toggleGroup(key: string) {
    setFout(false);
    setGekozen((k) => (k.includes(key) ? k.filter((x) => x !== key) : [...k, key]));
  }
  function start(event: Event) {
    event.preventDefault();
    const choice = groepen.filter((g) => gekozen.includes(g.key));
    if (choice.length === 0) {
      setFout(true);
      document.getElementById('quiz-keuze-fout')?.focus();
      return;
    }
    startRound(
      choice.flatMap((g) => g.ids),
      choice.map((g) => g.key),
    );
  }

  return (
    <form
      class="quiz-kiezen"
      onSubmit={start}
      onFocusIn={onBijnaStart}
      onPointerEnter={onBijnaStart}
      noValidate
    >
      <fieldset aria-describedby={fout ? 'quiz-keuze-fout' : undefined}>
        <legend>
          <h2 class="quiz-kiezen__kop">{t.kiesKop}</h2>
        </legend>
        <ul class="quiz-kiezen__lijst">
          {groepen.map((g) => (
            <li key={g.key}>
              <label>
                <input
                  type="checkbox"
                  checked={gekozen.includes(g.key)}
                  onChange={() => toggleGroup(g.key)}
                />{' '}
                {g.label} <span class="quiz-aantal">({g.ids.length})</span>
              </label>
            </li>
          ))}
        </ul>
        <p class="quiz-knoppen">
          <button
            type="button"
            class="button"
            onClick={() => (setGekozen(groepen.map((g) => g.key)), setFout(false))}
          >
            {t.kiesAlles}
          </button>
          <button type="button" class="button" onClick={() => setGekozen([])}>
            {t.kiesNiets}
          </button>
        </p>
      </fieldset>
      <p class="quiz-gekozen" aria-live="polite">
        {t.gekozen(aantal)}
      </p>
      <p id="quiz-keuze-fout" class="quiz-fout" tabIndex={-1}>
        {fout ? t.kiesEerst : ''}
      </p>
      <button type="submit" class="button button--primary">
        {t.start}
      </button>
    </form>
  );
}

function Question({ sessie, stelling }: { sessie: SelfPlaySession; stelling: QuizStelling }) {
  const antwoord = sessie.antwoorden[stelling.id];
  const kop = useFocusOnMount<HTMLHeadingElement>(stelling.id);
  const feedback = useRef<HTMLHeadingElement>(null);
  const laatste = sessie.index === sessie.ids.length - 1;

  useEffect(() => {
    if (antwoord) feedback.current?.focus();
  }, [antwoord]);

  return (
    <section class="quiz-vraag" aria-labelledby="quiz-vraag-kop">
      <h2 id="quiz-vraag-kop" class="quiz-vraag__positie" tabIndex={-1} ref={kop}>
        {t.voortgang(sessie.index + 1, sessie.ids.length)}
        {sessie.herhaling && <span class="quiz-label"> · {t.herhaling}</span>}
      </h2>
      <progress
        class="quiz-voortgang"
        max={sessie.ids.length}
        value={sessie.index}
        aria-hidden="true"
      />
      <p class="quiz-vraag__stelling" id="quiz-stelling">
        {stelling.stelling}
      </p>
      <div class="quiz-vraag__keuze" role="group" aria-label={t.jouwOordeel}>
        {OORDELEN.map((o) => (
          <button
            key={o}
            type="button"
            class="button quiz-keuzeknop"
            aria-pressed={antwoord === o}
            aria-disabled={antwoord !== undefined}
            onClick={() => chooseOordeel(o)}
          >
            {oordeelLabel[o]}
          </button>
        ))}
      </div>
      {antwoord && (
        <div class={`quiz-feedback oordeel--${stelling.oordeel}`}>
          <h3 tabIndex={-1} ref={feedback} class="quiz-feedback__kop">
            {antwoord === stelling.oordeel ? t.goed : t.fout} {oordeelSentence[stelling.oordeel]}
          </h3>
          <p class="quiz-feedback__eigen">{t.jouwAntwoord(oordeelLabel[antwoord])}</p>
          <p>{stelling.uitleg}</p>
          {stelling.waaromGeloofd && (
            <p class="quiz-feedback__waarom">
              <strong>{whyText}</strong> {stelling.waaromGeloofd}
            </p>
          )}
          <p>
            <a href={stelling.href}>{readSourceText(stelling.bron)}</a>
          </p>
          <button type="button" class="button button--primary" onClick={goOn}>
            {laatste ? t.naarUitslag : t.volgende}
          </button>
        </div>
      )}
      <p class="quiz-stoppen">
        <button type="button" class="button" onClick={stopRound}>
          {t.stoppen}
        </button>
      </p>
    </section>
  );
}

function Outcome({
  sessie,
  bank,
  groepen,
}: {
  sessie: SelfPlaySession;
  bank: Stellingenbank;
  groepen: QuizGroup[];
}) {
  const items = sessie.ids.map((id) => bank.get(id)!);
  const score = scoreRound(items, sessie.antwoorden);
  const kop = useFocusOnMount<HTMLHeadingElement>(sessie);
  const choice = groepen.filter((g) => sessie.keuze.includes(g.key));

  return (
    <section class="quiz-uitslag" aria-labelledby="quiz-uitslag-kop">
      <h2 id="quiz-uitslag-kop" tabIndex={-1} ref={kop}>
        {t.uitslagKop}
      </h2>
      <p class="quiz-score">{t.score(score.goed, score.totaal)}</p>
      {score.missers.length === 0 ? (
        <p>{t.allesGoed}</p>
      ) : (
        <>
          <h3>{t.missersKop}</h3>
          <ul class="quiz-missers">
            {score.missers.map((id) => {
              const s = bank.get(id)!;
              return (
                <li key={id}>
                  <p class="quiz-missers__stelling">{s.stelling}</p>
                  <p>
                    {oordeelSentence[s.oordeel]}{' '}
                    {t.jouwKeuzeWas(oordeelLabel[sessie.antwoorden[id]!])}{' '}
                    <a href={s.href}>{readSourceText(s.bron)}</a>
                  </p>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <p class="quiz-knoppen">
        {score.missers.length > 0 && (
          <button
            type="button"
            class="button button--primary"
            onClick={() => practiceMisses(score.missers)}
          >
            {t.practiceMisses}
          </button>
        )}
        {choice.length > 0 && (
          <button
            type="button"
            class="button"
            onClick={() =>
              startRound(
                choice.flatMap((g) => g.ids),
                choice.map((g) => g.key),
              )
            }
          >
            {t.nieuweRonde}
          </button>
        )}
        <button type="button" class="button" onClick={stopRound}>
          {t.andereKeuze}
        </button>
      </p>
    </section>
  );
}
