// The classroom session on /quiz/klas/: persisted so a reload or a closed tab resumes
// where it was, plus the small bits of input state (which tally W/M points at).
import { atom } from 'nanostores';
import { persistedAtom } from '@/stores/persisted';
import {
  gaNaarStelling,
  startHerstemming,
  startKlasSessie,
  validateKlasSessie,
  volgendeFase,
  vorigeFase,
  wijzigTelling,
  wisselTimer,
  type KlasOpties,
  type KlasSessie,
} from '@/lib/quiz/presenter';
import { adjustTally, setTally, typeDigit } from '@/lib/quiz/tally';
import type { Oordeel } from '@/lib/quiz/types';

/** localStorage key of the running classroom session. */
export const KLAS_KEY = 'zelfsturing:quiz-klas';

/** The running session, or null while the trainer builds a set. */
export const $klasSessie = persistedAtom<KlasSessie | null>({
  key: KLAS_KEY,
  version: 1,
  initial: null,
  validate: (value) => (value === null ? null : validateKlasSessie(value)),
});

/** The tally that digits and +/− change: chosen with W or M. */
export const $tellingKant = atom<Oordeel>('waar');
/** True right after W or M: the next digit starts a new number. */
const $verseInvoer = atom(true);

function pas(change: (s: KlasSessie, now: number) => KlasSessie): void {
  const s = $klasSessie.get();
  if (s) $klasSessie.set(change(s, Date.now()));
}

export function startPresentatie(ids: readonly string[], opties: KlasOpties): void {
  if (ids.length === 0) return;
  $tellingKant.set('waar');
  $verseInvoer.set(true);
  $klasSessie.set(startKlasSessie(ids, opties, new Date()));
}

/** Ends the session (back to the set builder). */
export function stopPresentatie(): void {
  $klasSessie.set(null);
}

function nieuweStap(): void {
  $tellingKant.set('waar');
  $verseInvoer.set(true);
}

export function volgende(): void {
  pas(volgendeFase);
  nieuweStap();
}

export function vorige(): void {
  pas(vorigeFase);
  nieuweStap();
}

export function naarStelling(delta: 1 | -1): void {
  pas((s, now) => (s.einde && delta === -1 ? { ...s, einde: false } : gaNaarStelling(s, s.index + delta, now)));
  nieuweStap();
}

export function herstemming(): void {
  pas(startHerstemming);
  nieuweStap();
}

export function timerWisselen(): void {
  pas(wisselTimer);
}

/** W or M: point digits and +/− at one side. */
export function kiesKant(kant: Oordeel): void {
  $tellingKant.set(kant);
  $verseInvoer.set(true);
}

/** A digit typed for the chosen side. */
export function typCijfer(cijfer: number): void {
  const kant = $tellingKant.get();
  const vers = $verseInvoer.get();
  pas((s) => wijzigTelling(s, (t) => setTally(t, kant, typeDigit(t[kant], cijfer, vers))));
  $verseInvoer.set(false);
}

/** +1 or −1 on a side (the chosen one when none is given). */
export function telBij(delta: number, kant: Oordeel = $tellingKant.get()): void {
  $tellingKant.set(kant);
  $verseInvoer.set(true);
  pas((s) => wijzigTelling(s, (t) => adjustTally(t, kant, delta)));
}

/** Sets a side to a number typed into its field. */
export function zetTelling(kant: Oordeel, waarde: number): void {
  pas((s) => wijzigTelling(s, (t) => setTally(t, kant, waarde)));
}

/** Drops a stored session that names statements the site no longer has. */
export function vergeetOnbekendeSessie(bekend: ReadonlySet<string>): boolean {
  const s = $klasSessie.get();
  if (!s || s.ids.every((id) => bekend.has(id))) return false;
  $klasSessie.set(null);
  return true;
}
