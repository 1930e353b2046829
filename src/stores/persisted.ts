// Nanostores atoms kept in localStorage inside a versioned envelope, written so that
// nothing stored is lost:
// - every write is checked against the same rules (shape and limits) as every read; a
//   value that would not load again is not written, and the visitor is told;
// - a list keeps every valid entry; only invalid, repeated or surplus entries are set aside;
// - a value that cannot be used is copied untouched to "<key>:apart:<time>:<reason>", and
//   the original goes only once the copy has been read back; when the copy cannot be
//   made (storage full), the original stays where it is, the store works in memory
//   without writing over it, and the message says so. That repair (./persisted-repair,
//   with its messages) loads only when needed: the valid entries show at once, and the
//   original is not written until the repair is done;
// - storage that is unavailable or full: the store keeps working in memory and says so.
// /mijn-gegevens/ lists, downloads, restores and deletes what is kept (./registry).
import { atom, onMount, type WritableAtom } from 'nanostores';
import { whenIdle } from '@/lib/browser/idle';
import type { AsideReason, KeyStore } from '@/lib/storage/aside';
import type { ListLimit, StorageNotice } from '@/lib/storage/notice';
import { checkList, encodeStored, openEnvelope, type ListRule, type Validate } from '@/lib/storage/versioned';

export type { ListLimit, StorageNotice };

/** Repairs under way (loading ./persisted-repair), for storageSettled. */
const pending: Promise<void>[] = [];

/** Resolves once every repair and message started so far is done (for tests). */
export async function storageSettled(): Promise<void> {
  while (pending.length) await Promise.all(pending.splice(0));
}

/** Messages about stored data that the page should show (and let the visitor dismiss). */
export const $storageNotices = atom<StorageNotice[]>([]);

export function addStorageNotice(notice: StorageNotice): void {
  const others = $storageNotices.get().filter((n) => n.key !== notice.key || n.kind !== notice.kind);
  $storageNotices.set([...others, notice]);
}

/** Keys and kinds of a failure that still holds (a write refused as full or over the limit). */
const failing = new Set<string>();

/**
 * Raises a notice. Its Dutch text comes with ./persisted-repair, loaded only now, so a
 * tool's first load does not carry the messages; a failure that has passed by then
 * (the next write worked) is not announced.
 */
export function notify(key: string, kind: StorageNotice['kind'], detail?: number | ListLimit): void {
  const id = `${key}|${kind}`;
  failing.add(id);
  pending.push(
    import('./persisted-repair').then((m) => {
      if (failing.has(id)) addStorageNotice({ key, kind, message: m.describe(kind, detail) });
    }),
  );
}

/** True while what is stored under `key` is written to this browser (available, and the last write held). */
export function isKept(key: string): boolean {
  return backing !== undefined && !failing.has(`${key}|full`);
}

export function dismissStorageNotice(key: string): void {
  $storageNotices.set($storageNotices.get().filter((n) => n.key !== key));
}

export function clearNotices(key: string, kinds: readonly StorageNotice['kind'][]): void {
  for (const kind of kinds) failing.delete(`${key}|${kind}`);
  const current = $storageNotices.get();
  const next = current.filter((n) => n.key !== key || !kinds.includes(n.kind));
  if (next.length !== current.length) $storageNotices.set(next);
}

/** Storage that may throw on every access (private mode, quota, disabled cookies). */
let backing: Storage | undefined;
try {
  backing = typeof localStorage === 'undefined' ? undefined : localStorage;
  backing?.getItem('__probe__');
} catch {
  backing = undefined;
}
const memory = new Map<string, string>();

/** True when values survive a reload; false when only memory is used. */
export function storageAvailable(): boolean {
  return backing !== undefined;
}

/** Reads a key; never throws (memory when storage fails). */
export function readKey(key: string): string | null {
  if (backing) {
    try {
      return backing.getItem(key);
    } catch {
      /* fall through to memory */
    }
  }
  return memory.get(key) ?? null;
}

/** Writes a key; false when storage refused (full) and the value is only in memory. */
export function writeKey(key: string, value: string): boolean {
  memory.set(key, value);
  if (!backing) return true;
  try {
    backing.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

/** Removes a key; never throws. */
export function removeKey(key: string): void {
  memory.delete(key);
  try {
    backing?.removeItem(key);
  } catch {
    /* nothing to remove */
  }
}

/** This browser's storage as lib/storage/aside works on it (set-aside copies). */
export const keyStore: KeyStore = { read: readKey, write: writeKey, remove: removeKey };

/**
 * Other tabs' changes arrive through the window's "storage" event. Chromium makes the
 * first listener for that event a synchronous round trip to the browser process (1-10
 * ms here, four times that on a mid-range phone). So one shared listener is added once
 * the page is idle, and every mounted store then re-reads its key, so a change another
 * tab made in that moment is not missed either.
 */
const followers = new Map<string, (raw: string | null) => void>();
let listening = false;
function follow(key: string, reread: (raw: string | null) => void): () => void {
  followers.set(key, reread);
  if (typeof window === 'undefined') return () => followers.delete(key);
  const onShow = () => reread(readKey(key));
  window.addEventListener('pageshow', onShow);
  if (!listening) {
    listening = true;
    const target = window;
    whenIdle(() => {
      target.addEventListener('storage', (event) => {
        const e = event as StorageEvent;
        for (const [k, notify] of followers) if (e.key === k || e.key === null) notify(readKey(k));
      });
      for (const [k, notify] of followers) notify(readKey(k));
    });
  }
  return () => {
    followers.delete(key);
    window.removeEventListener('pageshow', onShow);
  };
}

export interface PersistedOptions<T> {
  /** localStorage key, e.g. "zelfsturing:mindset". */
  key: string;
  /** Bump when the stored shape changes; older values are set aside. */
  version: number;
  /** Value when nothing (usable) is stored. */
  initial: T;
  /** Returns the typed value or undefined when the shape is wrong (for a value that only makes sense whole). */
  validate?: Validate<T>;
  /** For a list: each entry checked on its own, within a limit (T must then be an array). */
  list?: ListRule<T extends readonly (infer I)[] ? I : never>;
  /** For a list: its limit as the visitor reads it, for the message when a change would pass it. */
  limit?: ListLimit;
}

export type Checked<T> = { ok: true; value: T; dropped: number } | { ok: false; reason: AsideReason };

function checker<T>(opts: PersistedOptions<T>): (data: unknown) => Checked<T> {
  return (data) => {
    if (opts.list) {
      const checked = checkList(data, opts.list);
      if (!checked) return { ok: false, reason: 'invalid' };
      return { ok: true, value: checked.kept as T, dropped: checked.dropped.length };
    }
    const value = opts.validate ? opts.validate(data) : (data as T);
    return value === undefined ? { ok: false, reason: 'invalid' } : { ok: true, value, dropped: 0 };
  };
}

/** Reads a stored value the way its store does: envelope, version, then shape. */
export function checkStored<T>(opts: PersistedOptions<T>, raw: string): Checked<T> {
  const opened = openEnvelope(raw, opts.version);
  return opened.ok ? checker(opts)(opened.data) : { ok: false, reason: opened.reason };
}

/** Creates a persisted, validated atom. */
export function persistedAtom<T>(opts: PersistedOptions<T>): WritableAtom<T> {
  const { key, version, initial } = opts;
  const check = checker(opts);
  if (!backing && typeof window !== 'undefined') {
    notify(key, 'unavailable');
  }
  /** The raw value last read or written, to skip re-reading what is already known. */
  let seen: string | null = null;
  /**
   * Set while a value that cannot be used (all or in part) is still at the key: it is
   * not written over until the repair has copied it aside.
   */
  let unrepaired: { raw: string; reason: AsideReason } | null = null;

  /** Loads the repair and lets it copy the value aside; then writes what is in memory. */
  function repair(cleaned?: T, dropped = 0): void {
    const wanted = unrepaired;
    if (!wanted) return;
    pending.push(
      import('./persisted-repair').then((m) => {
        if (unrepaired !== wanted) return;
        const access = { ...keyStore, notice: addStorageNotice, clear: clearNotices };
        if (!m.repairStored(access, key, wanted.raw, wanted.reason, dropped)) return;
        unrepaired = null;
        seen = null;
        if (cleaned === undefined && store.get() === initial) removeKey(key);
        else store.set(store.get());
      }),
    );
  }

  function load(raw: string | null): T {
    seen = raw;
    unrepaired = null;
    if (raw === null) return initial;
    const result = checkStored(opts, raw);
    if (result.ok && result.dropped === 0) return result.value;
    unrepaired = { raw, reason: result.ok ? 'partial' : result.reason };
    repair(result.ok ? result.value : undefined, result.ok ? result.dropped : 0);
    return result.ok ? result.value : initial;
  }

  const store = atom<T>(load(readKey(key)));
  const set = store.set.bind(store);

  store.set = (value: T) => {
    set(value);
    if (unrepaired) {
      // Not written until the original is copied aside; try again (there may be room now).
      repair(value);
      return;
    }
    const checked = check(value);
    if (!checked.ok || checked.dropped > 0) {
      notify(key, 'limit', opts.limit);
      return;
    }
    const raw = encodeStored(version, value);
    if (raw === seen) return;
    if (!writeKey(key, raw)) {
      notify(key, 'full');
      return;
    }
    seen = raw;
    clearNotices(key, ['full', 'limit']);
  };

  const reread = (raw: string | null) => {
    if (raw === seen && !unrepaired) return;
    set(load(raw));
  };
  onMount(store, () => {
    reread(readKey(key));
    return follow(key, reread);
  });
  return store;
}

