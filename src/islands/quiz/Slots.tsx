// Classroom mode with a session stored on this device: the builder offers to resume or
// stop it, starting another set asks what to do with it (keep it in the second slot, or
// end it), and the builder offers the session kept in the second slot. Loaded only when
// one of these shows.
import { useEffect, useRef } from 'preact/hooks';
import type { KlasSession } from '@/lib/quiz/klas-session';
import { stopSecondSession, switchSession } from '@/stores/quiz-klas';
import { parkSession } from '@/stores/quiz-klas-second-session';
import { slotsStrings as k } from '@/strings/quiz-klas-slots';

/** The session in the first slot: resume it or stop it. `zelfdeSet`: the link holds the same set. */
export function RunningSlot({
  sessie,
  zelfdeSet,
  onHervat,
  onStop,
}: {
  sessie: KlasSession;
  zelfdeSet: boolean;
  onHervat: () => void;
  onStop: () => void;
}) {
  return (
    <div class="quiz-melding quiz-klas-lopend">
      <p>
        <strong>{zelfdeSet ? k.eerderKop : k.lopendKop}.</strong>{' '}
        {k.lopend(sessie.index + 1, sessie.ids.length)}
      </p>
      <p class="quiz-knoppen">
        <button type="button" class="button button--primary" onClick={onHervat}>
          {zelfdeSet ? k.hervatVorige : k.hervat}
        </button>
        <button type="button" class="button" onClick={onStop}>
          {k.verwerp}
        </button>
      </p>
    </div>
  );
}

/** The session kept in the second slot, to resume or end. */
export function SecondSlot({ tweede, onHervat }: { tweede: KlasSession; onHervat: () => void }) {
  return (
    <div class="quiz-melding quiz-klas-lopend quiz-klas-tweede">
      <p>
        <strong>{k.tweedeKop}</strong> {k.tweede(tweede.index + 1, tweede.ids.length)}
      </p>
      <p class="quiz-knoppen">
        <button
          type="button"
          class="button"
          onClick={() => {
            switchSession();
            onHervat();
          }}
        >
          {k.hervatTweede}
        </button>
        <button
          type="button"
          class="button"
          onClick={() => confirm(k.stopTweedeVraag) && stopSecondSession()}
        >
          {k.stopTweede}
        </button>
      </p>
    </div>
  );
}

interface ChoiceSlotProps {
  sessie: KlasSession;
  /** Start the new set (the running session has been kept or is to be ended). */
  onStart: () => void;
  onSluit: () => void;
  onMislukt: (tekst: string) => void;
}

/** The question before another set replaces a running session (a modal <dialog>). */
export function ChoiceSlot({ sessie, onStart, onSluit, onMislukt }: ChoiceSlotProps) {
  const dialoog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (!dialoog.current?.open) dialoog.current?.showModal();
  }, []);
  const choose = (wat: 'bewaar' | 'stop' | 'annuleer') => {
    dialoog.current?.close();
    if (wat === 'bewaar' && !parkSession()) return onMislukt(k.parkeerMislukt);
    if (wat !== 'annuleer') onStart();
  };
  return (
    <dialog
      ref={dialoog}
      class="quiz-klas-keuze"
      aria-labelledby="quiz-klas-keuze-kop"
      onClose={onSluit}
    >
      <h2 id="quiz-klas-keuze-kop">{k.kiesKop}</h2>
      <p>{k.kiesUitleg(sessie.index + 1, sessie.ids.length)}</p>
      <p class="quiz-knoppen">
        <button type="button" class="button button--primary" onClick={() => choose('bewaar')}>
          {k.bewaarEnStart}
        </button>
        <button type="button" class="button" onClick={() => choose('stop')}>
          {k.stopEnStart}
        </button>
        <button type="button" class="button" onClick={() => choose('annuleer')}>
          {k.annuleer}
        </button>
      </p>
    </dialog>
  );
}
