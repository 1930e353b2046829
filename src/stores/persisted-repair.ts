// What the persisted stores (./persisted) need only when something is wrong, loaded
// then: copying an unusable value aside (untouched, confirmed before the original goes;
// when the copy cannot be made, the original stays and the message says so), and the
// Dutch text of every notice.
import { copyAside, type AsideReason } from '@/lib/storage/aside';
import { storageStrings as t } from '@/strings/storage';
import { addStorageNotice, clearNotices, readKey, removeKey, writeKey, type ListLimit, type StorageNotice } from '@/stores/persisted';

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
    addStorageNotice({ key, kind: 'kept', message: t.kept });
    return false;
  }
  clearNotices(key, ['kept']);
  addStorageNotice({ key, kind: reason, message: describe(reason, dropped) });
  return true;
}

/** The Dutch text of a notice; `detail` is the number of entries set aside, or a list's limit. */
export function describe(kind: StorageNotice['kind'], detail?: number | ListLimit): string {
  if (kind === 'partial') return t.partial(typeof detail === 'number' ? detail : 1);
  if (kind === 'limit' && typeof detail === 'object') return t.teVeel(detail.max, detail.noun);
  return t[kind as Exclude<StorageNotice['kind'], 'partial' | 'replaced' | 'imported'>] ?? t.invalid;
}
