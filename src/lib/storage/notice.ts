// What the persisted stores tell the visitor about stored data: a notice per key and
// kind (its Dutch text is made by src/stores/persisted-repair.ts), and a list's limit.
import type { AsideReason } from './aside.ts';

export interface StorageNotice {
  /** Storage key the notice is about. */
  key: string;
  /** What happened, for tests and logic. */
  kind: AsideReason | 'unavailable' | 'full' | 'limit' | 'kept';
  /** Dutch message for the visitor. */
  message: string;
}

/** Limit of a list store, for the message when a change would pass it. */
export interface ListLimit {
  max: number;
  /** What the list holds, plural ("doelkaarten"). */
  noun: string;
}
