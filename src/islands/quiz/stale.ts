// Loaded by the classroom island only when a stored session names statements the site
// no longer has: keeps the rest of both slots and returns the notice that names them. (A module of
// its own, so this dynamic import does not point into a chunk the self-play page loads
// statically.)
import type { WritableAtom } from 'nanostores';
import type { KlasSession } from '@/lib/quiz/klas-session';
import { forgetStaleSession } from '@/stores/stale-session';
import { omittedMessage } from '@/strings/quiz-stale';

/** Drops unknown statements from the sessions in `slots`; the notice naming them (each once), if any. */
export function forgetStaleStellingen(
  slots: readonly WritableAtom<KlasSession | null>[],
  known: ReadonlySet<string>,
): string | undefined {
  const weg = new Set<string>();
  for (const slot of slots) for (const id of forgetStaleSession(slot, known, 'klas')) weg.add(id);
  return weg.size ? omittedMessage([...weg]) : undefined;
}
