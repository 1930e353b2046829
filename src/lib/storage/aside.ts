// Set-aside copies: a stored value that could not be used is copied, untouched, to
// "<key>:apart:<ISO time>:<reason>" before the original goes. The key carries when and
// why, so the value itself stays exactly as it was found. Reading such a key back is in
// ./aside-parse (only /mijn-gegevens/ needs it; every tool loads this module).
import type { DecodeFailure } from './versioned.ts';

/**
 * Why a value was set aside: it could not be read at all, only part of a list could,
 * it was replaced by a restored copy, or an import brought a value that was not put
 * over the one already there.
 */
export type AsideReason = DecodeFailure | 'partial' | 'replaced' | 'imported';

/** The key of a set-aside copy; `taken` says which keys exist already, so none is overwritten. */
export function asideKey(key: string, date: Date, reason: AsideReason, taken: (k: string) => boolean = () => false): string {
  const base = `${key}:apart:${date.toISOString()}:${reason}`;
  if (!taken(base)) return base;
  let n = 2;
  while (taken(`${base}~${n}`)) n++;
  return `${base}~${n}`;
}
