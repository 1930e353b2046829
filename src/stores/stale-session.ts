// The one way a stored quiz round or classroom session lets go of statements the site
// no longer has: the rest of the session is kept, and the ids dropped are returned so
// the page can name them.
import type { WritableAtom } from 'nanostores';
import { withoutUnknown, type SessionKind, type StatementSession } from '@/lib/quiz/stale';

/** Drops unknown statements from the session in `store`; returns their ids (empty when all are known). */
export function forgetStaleSession<S extends StatementSession>(
  store: WritableAtom<S | null>,
  known: ReadonlySet<string>,
  kind: SessionKind,
): string[] {
  const s = store.get();
  if (!s) return [];
  const { session, dropped } = withoutUnknown(s, known, kind);
  if (dropped.length) store.set(session);
  return dropped;
}
