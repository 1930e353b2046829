// The classroom session on /quiz/klas/: persisted so a reload or a closed tab resumes
// where it was, plus the small bits of input state (which tally W/M points at). What
// the page needs before the presenter shows; the presenter's own actions (the keys and
// buttons that step through a session) are in src/islands/quiz/controls.ts, loaded
// with it.
import { atom } from 'nanostores';
import { persistedAtom, type PersistedOptions } from '@/stores/persisted';
import {
  startKlasSession,
  validateKlasSession,
  type KlasOptions,
  type KlasSession,
} from '@/lib/quiz/klas-session';
import type { Oordeel } from '@/lib/quiz/types';

/** localStorage key of the running classroom session. */
export const KLAS_KEY = 'zelfsturing:quiz-klas';

/** The running session, or null while the trainer builds a set. */
export const KLAS_STORED: PersistedOptions<KlasSession | null> = {
  key: KLAS_KEY,
  version: 1,
  initial: null,
  validate: (value) => (value === null ? null : validateKlasSession(value)),
};
export const $klasSession = persistedAtom(KLAS_STORED);

/** localStorage key of the second slot: a session kept aside while another set runs. */
export const KLAS_SECOND_SESSION_KEY = 'zelfsturing:quiz-klas-2';

/** A session the trainer kept for later when starting another set, or null. */
export const KLAS_SECOND_SESSION_STORED: PersistedOptions<KlasSession | null> = {
  ...KLAS_STORED,
  key: KLAS_SECOND_SESSION_KEY,
};
export const $klasSecondSession = persistedAtom(KLAS_SECOND_SESSION_STORED);

/** Resumes the session of the second slot; the running one (if any) takes its place there. */
export function switchSession(): void {
  const second = $klasSecondSession.get();
  if (!second) return;
  $klasSecondSession.set($klasSession.get());
  $klasSession.set(second);
}

/** Ends the session in the second slot. */
export function stopSecondSession(): void {
  $klasSecondSession.set(null);
}

/** The tally that digits and +/− change: chosen with W or M. */
export const $tallySide = atom<Oordeel>('waar');
/** True right after W or M: the next digit starts a new number. */
export const $freshInput = atom(true);

/** Points the keys at the first tally again, for a new step. */
export function nextStep(): void {
  $tallySide.set('waar');
  $freshInput.set(true);
}

export function startPresenter(ids: readonly string[], options: KlasOptions): void {
  if (ids.length === 0) return;
  nextStep();
  $klasSession.set(startKlasSession(ids, options, new Date()));
}

/** Ends the session (back to the set builder). */
export function stopPresenter(): void {
  $klasSession.set(null);
}
