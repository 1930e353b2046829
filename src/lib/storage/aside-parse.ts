// Reading the key of a set-aside copy (see ./aside for how it is made).
import type { AsideReason } from './aside.ts';

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
