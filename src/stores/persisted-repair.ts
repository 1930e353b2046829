// What the persisted stores (./persisted) need only when something is wrong, loaded
// then: copying an unusable value aside (untouched, confirmed before the original goes;
// when the copy cannot be made, the original stays and the message says so), and the
// Dutch text of every notice.
// It imports nothing of ./persisted: that module loads this one and hands it the storage
// and the notices to work on, so the two do not import each other.
import { copyAside, type AsideReason, type KeyStore } from '@/lib/storage/aside';
import type { ListLimit, StorageNotice } from '@/lib/storage/notice';
import { storageStrings as t } from '@/strings/storage';

/** The storage and notices of ./persisted that a repair works on. */
export interface RepairAccess extends KeyStore {
  notice(notice: StorageNotice): void;
  clear(key: string, kinds: readonly StorageNotice['kind'][]): void;
}

/**
 * Copies an unusable stored value aside and tells the visitor; false (and a message
 * that the original stays) when the copy cannot be made. `dropped` > 0: only that many
 * entries of a list could not be read, and the rest stays in use.
 */
export function repairStored(access: RepairAccess, key: string, raw: string, reason: AsideReason, dropped: number): boolean {
  if (copyAside(access, key, raw, reason) === undefined) {
    access.notice({ key, kind: 'kept', message: t.kept });
    return false;
  }
  access.clear(key, ['kept']);
  access.notice({ key, kind: reason, message: describe(reason, dropped) });
  return true;
}

/** The Dutch text of a notice; `detail` is the number of entries set aside, or a list's limit. */
export function describe(kind: StorageNotice['kind'], detail?: number | ListLimit): string {
  if (kind === 'partial') return t.partial(typeof detail === 'number' ? detail : 1);
  if (kind === 'limit' && typeof detail === 'object') return t.teVeel(detail.max, detail.noun);
  return t[kind as Exclude<StorageNotice['kind'], 'partial' | 'replaced' | 'imported'>] ?? t.invalid;
}
