// Keeping a running classroom session in the second slot when another set starts.
// Apart from ./quiz-klas because it needs the repair path of the stores (setting a
// session aside), which the classroom page loads only when this is asked for.
import { readKey } from '@/stores/persisted';
import { setAside } from '@/stores/persisted-repair';
import { $klasSessie, $klasTweede, KLAS_TWEEDE_KEY } from '@/stores/quiz-klas';

/**
 * Moves the running session to the second slot, so another set can start without
 * losing it. A session already in that slot is set aside first (see /mijn-gegevens/);
 * false, and nothing moved, when that copy cannot be made.
 */
export function parkSession(): boolean {
  const s = $klasSessie.get();
  if (!s) return true;
  const vorige = readKey(KLAS_TWEEDE_KEY);
  if (
    $klasTweede.get() &&
    vorige !== null &&
    setAside(KLAS_TWEEDE_KEY, vorige, 'replaced') === undefined
  )
    return false;
  $klasTweede.set(s);
  $klasSessie.set(null);
  return true;
}
