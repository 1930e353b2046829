// Keeping a running classroom session in the second slot when another set starts.
// Apart from ./quiz-klas because it sets a session aside (lib/storage/aside), which the
// classroom page loads only when this is asked for.
import { copyAside } from '@/lib/storage/aside';
import { keyStore, readKey } from '@/stores/persisted';
import { $klasSession, $klasSecondSession, KLAS_SECOND_SESSION_KEY } from '@/stores/quiz-klas';

/**
 * Moves the running session to the second slot, so another set can start without
 * losing it. A session already in that slot is set aside first (see /mijn-gegevens/);
 * false, and nothing moved, when that copy cannot be made.
 */
export function parkSession(): boolean {
  const s = $klasSession.get();
  if (!s) return true;
  const previous = readKey(KLAS_SECOND_SESSION_KEY);
  if (
    $klasSecondSession.get() &&
    previous !== null &&
    copyAside(keyStore, KLAS_SECOND_SESSION_KEY, previous, 'replaced') === undefined
  )
    return false;
  $klasSecondSession.set(s);
  $klasSession.set(null);
  return true;
}
