// The repair path of the persisted stores (./persisted), loaded only when a stored
// value cannot be used, all or in part: copy it aside untouched, confirm the copy, and
// say what happened. When the copy cannot be made, the original stays where it is
// and the message says so; the store then keeps writing nothing over it.
import { asideKey, type AsideReason } from '@/lib/storage/aside';
import { repairStrings } from '@/strings/storage-repair';
import { addStorageNotice, clearNotices, readKey, removeKey, writeKey } from '@/stores/persisted';

/**
 * Copies `raw` to a set-aside key and reads it back; true only when the copy is
 * there. The original is not touched here: the caller removes it after this.
 */
export function setAside(key: string, raw: string, reason: AsideReason, now = new Date()): string | undefined {
  const target = asideKey(key, now, reason, (k) => readKey(k) !== null);
  if (!writeKey(target, raw) || readKey(target) !== raw) {
    removeKey(target);
    return undefined;
  }
  return target;
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
