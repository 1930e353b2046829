// A stored quiz round or classroom session that names statements the site no longer
// has: the rest is kept, and the caller names what was dropped.

/** What both stored sessions have: statement ids in order and the index of the one on screen. */
export interface StatementSession {
  ids: string[];
  index: number;
}

/**
 * Removes unknown statement ids from a session, and their entries from the records
 * keyed by id (answers, rounds). The index follows the statement that was on screen,
 * or the next one kept; `last` is the highest index allowed, relative to the new length
 * (0 for the end screen of self-play, -1 for the classroom, which has none).
 * Returns null when no statement is left.
 */
export function withoutUnknown<S extends StatementSession>(
  s: S,
  known: ReadonlySet<string>,
  records: readonly (keyof S)[],
  last: 0 | -1,
): { session: S | null; dropped: string[] } {
  const dropped = s.ids.filter((id) => !known.has(id));
  if (dropped.length === 0) return { session: s, dropped };
  const ids = s.ids.filter((id) => known.has(id));
  if (ids.length === 0) return { session: null, dropped };
  const before = s.ids.slice(0, s.index).filter((id) => known.has(id)).length;
  const index = Math.min(before, ids.length + last);
  const next = { ...s, ids, index } as S;
  for (const field of records) {
    const record = s[field] as Record<string, unknown>;
    next[field] = Object.fromEntries(Object.entries(record).filter(([id]) => known.has(id))) as S[typeof field];
  }
  return { session: next, dropped };
}
