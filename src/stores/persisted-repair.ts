// The repair path of the persisted stores (./persisted), loaded only when a stored
// value cannot be used, all or in part: copy it aside untouched, confirm the copy, and
// say what happened. When the copy cannot be made, the original stays where it is
// and the message says so; the store then keeps writing nothing over it.
import { copyAside, type AsideReason } from '@/lib/storage/aside';
import { repairStrings } from '@/strings/storage-repair';
import { addStorageNotice, clearNotices, readKey, removeKey, writeKey } from '@/stores/persisted';

/** Copies a value aside in this browser's storage (see copyAside); the key of the copy, or undefined. */
export function setAside(key: string, raw: string, reason: AsideReason, now = new Date()): string | undefined {
  return copyAside({ read: readKey, write: writeKey, remove: removeKey }, key, raw, reason, now);
}

/**
 * Copies an unusable stored value aside and tells the visitor; false (and a message
 * that the original stays) when the copy cannot be made. `dropped` > 0: only that many
 * entries of a list could not be read, and the rest stays in use.
 */
export function repairStored(key: string, raw: string, reason: AsideReason, dropped: number): boolean {
  if (setAside(key, raw, reason) === undefined) {
    addStorageNotice({ key, kind: 'kept', message: repairStrings.kept });
    return false;
  }
  clearNotices(key, ['kept']);
  const message = reason === 'partial' ? repairStrings.partial(dropped) : repairStrings[reason as keyof typeof repairStrings];
  addStorageNotice({ key, kind: reason, message: message as string });
  return true;
}
