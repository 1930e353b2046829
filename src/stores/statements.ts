// The one way a stored quiz round or classroom session lets go of statements the site
// no longer has: the rest of the round is kept and the visitor is told which were dropped.
import type { WritableAtom } from 'nanostores';
import { withoutUnknown, type StatementSession } from '@/lib/quiz/stale';

/**
 * Drops unknown statements from the session in `store`; returns the ids dropped
 * (empty when all are known). See withoutUnknown for `records` and `last`.
 */
export function forgetUnknownStatements<S extends StatementSession>(
  store: WritableAtom<S | null>,
  known: ReadonlySet<string>,
  records: readonly (keyof S)[],
  last: 0 | -1,
): string[] {
  const s = store.get();
  if (!s) return [];
  const { session, dropped } = withoutUnknown(s, known, records, last);
  if (dropped.length) store.set(session);
  return dropped;
}
