// A stored quiz round or classroom session that names statements the site no longer
// has: the rest is kept, and the caller names what was dropped.

/** What both stored sessions have: statement ids in order and the index of the one on screen. */
export interface StatementSession {
  ids: string[];
  index: number;
}

/**
 * Per kind of session: the records keyed by statement id (answers, rounds), and the
 * highest index allowed relative to the number of statements (self-play has an end
 * screen at ids.length; the classroom marks its end with a flag instead).
 */
export const SESSION_SHAPES = {
  zelf: { records: ['antwoorden'], last: 0 },
  klas: { records: ['rondes'], last: -1 },
} as const;
export type SessionKind = keyof typeof SESSION_SHAPES;

/**
 * Removes unknown statement ids from a session, and their entries from its records.
 * The index follows the statement that was on screen, or the next one kept. Returns
 * null when no statement is left.
 */
export function withoutUnknown<S extends StatementSession>(
  s: S,
  known: ReadonlySet<string>,
  kind: SessionKind,
): { session: S | null; dropped: string[] } {
  const dropped = s.ids.filter((id) => !known.has(id));
  if (dropped.length === 0) return { session: s, dropped };
  const ids = s.ids.filter((id) => known.has(id));
  if (ids.length === 0) return { session: null, dropped };
  const { records, last } = SESSION_SHAPES[kind];
  const before = s.ids.slice(0, s.index).filter((id) => known.has(id)).length;
  const next: Record<string, unknown> = { ...(s as object), ids, index: Math.min(before, ids.length + last) };
  for (const field of records) {
    const record = (s as unknown as Record<string, Record<string, unknown>>)[field] ?? {};
    next[field] = Object.fromEntries(Object.entries(record).filter(([id]) => known.has(id)));
  }
  return { session: next as unknown as S, dropped };
}
