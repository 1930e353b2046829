// The classroom session on /quiz/klas/: persisted so a reload or a closed tab resumes
// where it was, plus the small bits of input state (which tally W/M points at). What
// the page needs before the presenter shows; the presenter's own actions (the keys and
// buttons that step through a session) are in src/islands/quiz/controls.ts, loaded
// with it.
import { atom } from 'nanostores';
import { persistedAtom, type PersistedOptions } from '@/stores/persisted';
import {
  startKlasSessie,
  validateKlasSessie,
  type KlasOpties,
  type KlasSessie,
} from '@/lib/quiz/klas-sessie';
import type { Oordeel } from '@/lib/quiz/types';

/** localStorage key of the running classroom session. */
export const KLAS_KEY = 'zelfsturing:quiz-klas';

/** The running session, or null while the trainer builds a set. */
export const KLAS_STORED: PersistedOptions<KlasSessie | null> = {
  key: KLAS_KEY,
  version: 1,
  initial: null,
  validate: (value) => (value === null ? null : validateKlasSessie(value)),
};
export const $klasSessie = persistedAtom(KLAS_STORED);

/** localStorage key of the second slot: a session kept aside while another set runs. */
export const KLAS_TWEEDE_KEY = 'zelfsturing:quiz-klas-2';

/** A session the trainer kept for later when starting another set, or null. */
export const KLAS_TWEEDE_STORED: PersistedOptions<KlasSessie | null> = {
  ...KLAS_STORED,
  key: KLAS_TWEEDE_KEY,
};
export const $klasTweede = persistedAtom(KLAS_TWEEDE_STORED);

/** Resumes the session of the second slot; the running one (if any) takes its place there. */
export function switchSession(): void {
  const tweede = $klasTweede.get();
  if (!tweede) return;
  $klasTweede.set($klasSessie.get());
  $klasSessie.set(tweede);
}

/** Ends the session in the second slot. */
export function stopTweede(): void {
  $klasTweede.set(null);
}

/** The tally that digits and +/− change: chosen with W or M. */
export const $tellingKant = atom<Oordeel>('waar');
/** True right after W or M: the next digit starts a new number. */
export const $verseInvoer = atom(true);

/** Points the keys at the first tally again, for a new step. */
export function nextStep(): void {
  $tellingKant.set('waar');
  $verseInvoer.set(true);
}

export function startPresentatie(ids: readonly string[], opties: KlasOpties): void {
  if (ids.length === 0) return;
  nextStep();
  $klasSessie.set(startKlasSessie(ids, opties, new Date()));
}

/** Ends the session (back to the set builder). */
export function stopPresentatie(): void {
  $klasSessie.set(null);
}
