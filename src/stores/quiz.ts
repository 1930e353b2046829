// Self-play on /quiz/: the round in progress (persisted, versioned, validated on load)
// and the actions the island calls. The logic lives in @/lib/quiz.
import { persistedAtom, type PersistedOptions } from '@/stores/persisted';
import { newSeed } from '@/lib/quiz/shuffle';
import {
  beantwoord,
  startZelfSessie,
  validateZelfSessie,
  nextStelling,
  type ZelfSessie,
} from '@/lib/quiz/selfplay';
import type { Oordeel } from '@/lib/quiz/types';

/** localStorage key of the self-play round. */
export const ZELF_KEY = 'zelfsturing:quiz';

/** The round in progress, or null on the choice screen. */
export const ZELF_STORED: PersistedOptions<ZelfSessie | null> = {
  key: ZELF_KEY,
  version: 1,
  initial: null,
  validate: (value) => (value === null ? null : validateZelfSessie(value)),
};
export const $zelfSessie = persistedAtom(ZELF_STORED);

/** Starts a round over the statements of the chosen pages, in a fresh random order. */
export function startRound(
  ids: readonly string[],
  keuze: readonly string[],
  seed = newSeed(),
): void {
  if (ids.length === 0) return;
  $zelfSessie.set(startZelfSessie(ids, keuze, seed));
}

/** Starts a round of just the statements missed in the last round. */
export function practiceMisses(missers: readonly string[], seed = newSeed()): void {
  if (missers.length === 0) return;
  $zelfSessie.set(startZelfSessie(missers, [], seed, true));
}

/** Records an answer to the statement on screen. */
export function chooseOordeel(oordeel: Oordeel): void {
  const s = $zelfSessie.get();
  if (s) $zelfSessie.set(beantwoord(s, oordeel));
}

/** Goes on to the next statement. */
export function goOn(): void {
  const s = $zelfSessie.get();
  if (s) $zelfSessie.set(nextStelling(s));
}

/** Back to the choice screen; the round is dropped. */
export function stopRound(): void {
  $zelfSessie.set(null);
}
