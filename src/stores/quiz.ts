// Self-play on /quiz/: the round in progress (persisted, versioned, validated on load)
// and the actions the island calls. The logic lives in @/lib/quiz.
import { persistedAtom, type PersistedOptions } from '@/stores/persisted';
import { newSeed } from '@/lib/quiz/shuffle';
import {
  selfPlayAnswer,
  startSelfPlaySession,
  validateSelfPlaySession,
  nextStelling,
  type SelfPlaySession,
} from '@/lib/quiz/selfplay';
import type { Oordeel } from '@/lib/quiz/types';

/** localStorage key of the self-play round. */
export const SELF_PLAY_KEY = 'zelfsturing:quiz';

/** The round in progress, or null on the choice screen. */
export const SELF_PLAY_STORED: PersistedOptions<SelfPlaySession | null> = {
  key: SELF_PLAY_KEY,
  version: 1,
  initial: null,
  validate: (value) => (value === null ? null : validateSelfPlaySession(value)),
};
export const $selfPlaySession = persistedAtom(SELF_PLAY_STORED);

/** Starts a round over the statements of the chosen pages, in a fresh random order. */
export function startRound(
  ids: readonly string[],
  chosen: readonly string[],
  seed = newSeed(),
): void {
  if (ids.length === 0) return;
  $selfPlaySession.set(startSelfPlaySession(ids, chosen, seed));
}

/** Starts a round of just the statements missed in the last round. */
export function practiceMisses(misses: readonly string[], seed = newSeed()): void {
  if (misses.length === 0) return;
  $selfPlaySession.set(startSelfPlaySession(misses, [], seed, true));
}

/** Records an answer to the statement on screen. */
export function chooseOordeel(oordeel: Oordeel): void {
  const s = $selfPlaySession.get();
  if (s) $selfPlaySession.set(selfPlayAnswer(s, oordeel));
}

/** Goes on to the next statement. */
export function goOn(): void {
  const s = $selfPlaySession.get();
  if (s) $selfPlaySession.set(nextStelling(s));
}

/** Back to the choice screen; the round is dropped. */
export function stopRound(): void {
  $selfPlaySession.set(null);
}
