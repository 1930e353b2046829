// Notices about statements a stored round, session or link names that the site no longer
// has. A module of its own: only the self-play island loads it at once; the classroom page
// loads it with the lazy parts that need it (src/islands/quiz/stale.ts, setlink.ts), so
// it stays out of the classroom page's first bytes (see docs/ARCHITECTURE.md).

/** "a, b, c, d, e en nog 3": names at most `max` items, so a crafted link cannot fill a notice. */
export function noemEnkele(items: readonly string[], max = 5, lengte = 40): string {
  const kort = items.slice(0, max).map((s) => (s.length > lengte ? `${s.slice(0, lengte)}…` : s));
  const rest = items.length - kort.length;
  return rest > 0 ? `${kort.join(', ')} en nog ${rest}` : kort.join(', ');
}

/** A stored round or session named statements the site no longer has; the rest is kept. */
export const weggelaten = (ids: readonly string[]) =>
  `Niet meer op de site en uit je bewaarde ronde gehaald: ${noemEnkele(ids)}. De rest staat er nog.`;
