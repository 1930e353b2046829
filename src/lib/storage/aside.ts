// Set-aside copies: a stored value that could not be used is copied, untouched, to
// "<key>:apart:<ISO time>:<reason>" before the original goes. The key carries when and
// why, so the value itself stays exactly as it was found.
import type { DecodeFailure } from './versioned.ts';

/**
 * Why a value was set aside: it could not be read at all, only part of a list could,
 * it was replaced by a restored copy, or an import brought a value that was not put
 * over the one already there.
 */
export type AsideReason = DecodeFailure | 'partial' | 'replaced' | 'imported';

export const ASIDE_REASONS: readonly AsideReason[] = ['corrupt', 'version', 'newer', 'invalid', 'partial', 'replaced', 'imported'];

export interface AsideKey {
  /** The key the value was stored under. */
  key: string;
  /** When it was set aside (ISO date-time). */
  date: string;
  /** Why; "unknown" for copies made before the reason was recorded. */
  reason: AsideReason | 'unknown';
}

const PATTERN = /^(.+):apart:(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z)(?::([a-z]+))?(?:~\d+)?$/;

/** The key of a set-aside copy; `taken` says which keys exist already, so none is overwritten. */
export function asideKey(key: string, date: Date, reason: AsideReason, taken: (k: string) => boolean = () => false): string {
  const base = `${key}:apart:${date.toISOString()}:${reason}`;
  if (!taken(base)) return base;
  let n = 2;
  while (taken(`${base}~${n}`)) n++;
  return `${base}~${n}`;
}

/** Reads a set-aside key; undefined for any other key. */
export function parseAsideKey(stored: string): AsideKey | undefined {
  const m = PATTERN.exec(stored);
  if (!m) return undefined;
  const reason = m[3] as AsideReason | undefined;
  return {
    key: m[1]!,
    date: m[2]!,
    reason: reason === undefined ? 'unknown' : ASIDE_REASONS.includes(reason) ? reason : 'unknown',
  };
}
