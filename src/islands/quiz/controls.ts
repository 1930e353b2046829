// What the presenter's keys and buttons do to the running classroom session in
// @/stores/quiz-klas: step through the phases, move between statements, count hands.
// Loaded with the presenter, not with the page.
import { $klasSession, $tallySide, $freshInput, nextStep } from '@/stores/quiz-klas';
import {
  goToStelling,
  startRevote,
  nextPhase,
  previousPhase,
  changeTally,
  toggleTimer,
  type KlasSession,
} from '@/lib/quiz/presenter';
import { adjustTally, clampCount, setTally, typeDigit, type Tally } from '@/lib/quiz/tally';
import { shiftTally } from '@/lib/cards/votes';
import type { Oordeel } from '@/lib/quiz/types';

function pas(change: (s: KlasSession, now: number) => KlasSession): void {
  const s = $klasSession.get();
  if (s) $klasSession.set(change(s, Date.now()));
}

export function stepForward(): void {
  pas(nextPhase);
  nextStep();
}

export function stepBack(): void {
  pas(previousPhase);
  nextStep();
}

export function moveStelling(delta: 1 | -1): void {
  pas((s, now) =>
    s.einde && delta === -1 ? { ...s, einde: false } : goToStelling(s, s.index + delta, now),
  );
  nextStep();
}

export function revote(): void {
  pas(startRevote);
  nextStep();
}

export function switchTimer(): void {
  pas(toggleTimer);
}

/** W or M: point digits and +/− at one side. */
export function chooseSide(kant: Oordeel): void {
  $tallySide.set(kant);
  $freshInput.set(true);
}

/** A digit typed for the chosen side. */
export function typeTallyDigit(cijfer: number): void {
  const kant = $tallySide.get();
  const vers = $freshInput.get();
  pas((s) => changeTally(s, (t) => setTally(t, kant, typeDigit(t[kant], cijfer, vers))));
  $freshInput.set(false);
}

/** +1 or −1 on a side (the chosen one when none is given). */
export function addToTally(delta: number, kant: Oordeel = $tallySide.get()): void {
  $tallySide.set(kant);
  $freshInput.set(true);
  pas((s) => changeTally(s, (t) => adjustTally(t, kant, delta)));
}

/** Sets a side to a number typed into its field. */
export function setTallyTo(kant: Oordeel, waarde: number): void {
  pas((s) => changeTally(s, (t) => setTally(t, kant, waarde)));
}

/** The cards read changed the count from `voor` to `na`: the tally moves by the difference, corrections by hand stay. */
export function applyCardTally(voor: Tally, na: Tally): void {
  pas((s) =>
    changeTally(s, (t) => {
      const n = shiftTally(t, voor, na);
      return { waar: clampCount(n.waar), misvatting: clampCount(n.misvatting) };
    }),
  );
}
