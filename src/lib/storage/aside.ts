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

/** What copyAside needs of a storage: reads that return null when absent, writes that say whether they held. */
export interface KeyStore {
  read(key: string): string | null;
  write(key: string, value: string): boolean;
  remove(key: string): void;
}

/**
 * Copies `raw` to a new set-aside key and reads it back; returns that key only when
 * the copy is there (a failed copy leaves nothing behind). The original is not touched:
 * the caller removes it after this.
 */
export function copyAside(store: KeyStore, key: string, raw: string, reason: AsideReason, now = new Date()): string | undefined {
  const target = asideKey(key, now, reason, (k) => store.read(k) !== null);
  if (!store.write(target, raw) || store.read(target) !== raw) {
    store.remove(target);
    return undefined;
  }
  return target;
}
