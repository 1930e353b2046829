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

function apply(change: (s: KlasSession, now: number) => KlasSession): void {
  const s = $klasSession.get();
  if (s) $klasSession.set(change(s, Date.now()));
}

export function stepForward(): void {
  apply(nextPhase);
  nextStep();
}

export function stepBack(): void {
  apply(previousPhase);
  nextStep();
}

export function moveStelling(delta: 1 | -1): void {
  apply((s, now) =>
    s.einde && delta === -1 ? { ...s, einde: false } : goToStelling(s, s.index + delta, now),
  );
  nextStep();
}

export function revote(): void {
  apply(startRevote);
  nextStep();
}

export function switchTimer(): void {
  apply(toggleTimer);
}

/** W or M: point digits and +/− at one side. */
export function chooseSide(side: Oordeel): void {
  $tallySide.set(side);
  $freshInput.set(true);
}

/** A digit typed for the chosen side. */
export function typeTallyDigit(digit: number): void {
  const side = $tallySide.get();
  const fresh = $freshInput.get();
  apply((s) => changeTally(s, (t) => setTally(t, side, typeDigit(t[side], digit, fresh))));
  $freshInput.set(false);
}

/** +1 or −1 on a side (the chosen one when none is given). */
export function addToTally(delta: number, side: Oordeel = $tallySide.get()): void {
  $tallySide.set(side);
  $freshInput.set(true);
  apply((s) => changeTally(s, (t) => adjustTally(t, side, delta)));
}

/** Sets a side to a number typed into its field. */
export function setTallyTo(side: Oordeel, value: number): void {
  apply((s) => changeTally(s, (t) => setTally(t, side, value)));
}

/** The cards read changed the count from `before` to `after`: the tally moves by the difference, corrections by hand stay. */
export function applyCardTally(before: Tally, after: Tally): void {
  apply((s) =>
    changeTally(s, (t) => {
      const n = shiftTally(t, before, after);
      return { waar: clampCount(n.waar), misvatting: clampCount(n.misvatting) };
    }),
  );
}
