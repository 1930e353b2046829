// A nanostores atom kept in localStorage inside a versioned envelope.
// Corrupt, foreign or old values are set aside under another key (never deleted)
// and reported through $storageNotices; when storage is unavailable or full, the
// store keeps working in memory and says so.
import { atom } from 'nanostores';
import { persistentAtom, setPersistentEngine } from '@nanostores/persistent';
import type {
  PersistentEvent,
  PersistentEvents,
  PersistentListener,
  PersistentStore,
} from '@nanostores/persistent';
import { whenIdle } from '@/lib/browser/idle';
import {
  decodeStored,
  encodeStored,
  type DecodeFailure,
  type Validate,
} from '@/lib/storage/versioned';
import { storageStrings } from '@/strings/storage';

export interface StorageNotice {
  /** Storage key the notice is about. */
  key: string;
  /** What happened, for tests and logic. */
  kind: DecodeFailure | 'unavailable' | 'full';
  /** Dutch message for the visitor. */
  message: string;
}

/** Messages about stored data that the page should show (and let the visitor dismiss). */
export const $storageNotices = atom<StorageNotice[]>([]);

export function addStorageNotice(notice: StorageNotice): void {
  const current = $storageNotices.get();
  if (current.some((n) => n.key === notice.key && n.kind === notice.kind)) return;
  $storageNotices.set([...current, notice]);
}

export function dismissStorageNotice(key: string): void {
  $storageNotices.set($storageNotices.get().filter((n) => n.key !== key));
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

/**
 * Engine for @nanostores/persistent that never throws: reads fall back to
 * memory, and a failed write keeps the value in memory and raises a notice.
 */
const safeEngine = new Proxy({} as PersistentStore, {
  get(_, key: string) {
    if (backing) {
      try {
        return backing.getItem(key) ?? undefined;
      } catch {
        /* fall through to memory */
      }
    }
    return memory.get(key);
  },
  set(_, key: string, value: string) {
    memory.set(key, value);
    if (!backing) return true;
    try {
      backing.setItem(key, value);
    } catch {
      addStorageNotice({ key, kind: 'full', message: storageStrings.full });
    }
    return true;
  },
  deleteProperty(_, key: string) {
    memory.delete(key);
    try {
      backing?.removeItem(key);
    } catch {
      /* nothing to remove */
    }
    return true;
  },
  has(_, key: string) {
    if (backing) {
      try {
        return backing.getItem(key) !== null;
      } catch {
        /* fall through to memory */
      }
    }
    return memory.has(key);
  },
});

/**
 * Other tabs' changes arrive through the window's "storage" event. Chromium makes the
 * first listener for that event a synchronous round trip to the browser process (1-10
 * ms here, four times that on a mid-range phone), and @nanostores/persistent adds it
 * the moment a store is first read: in the middle of an island's hydration. Instead,
 * one shared listener is added once the page is idle, and every store then re-reads
 * its key, so a change another tab made in that moment is not missed either.
 */
const storageListeners = new Map<PersistentListener, () => void>();
let listening = false;
const deferredEvents: PersistentEvents = {
  addEventListener(_key, listener, restore) {
    storageListeners.set(listener, restore);
    window.addEventListener('pageshow', restore);
    if (listening) return;
    listening = true;
    const target = window;
    whenIdle(() => {
      target.addEventListener('storage', (event) => {
        for (const notify of storageListeners.keys()) notify(event as PersistentEvent);
      });
      for (const restore of storageListeners.values()) restore();
    });
  },
  removeEventListener(_key, listener, restore) {
    storageListeners.delete(listener);
    window.removeEventListener('pageshow', restore);
  },
};
setPersistentEngine(
  safeEngine,
  typeof window === 'undefined'
    ? { addEventListener() {}, removeEventListener() {} }
    : deferredEvents,
);

export interface PersistedOptions<T> {
  /** localStorage key, e.g. "zelfsturing:mindset". */
  key: string;
  /** Bump when the stored shape changes; older values are set aside. */
  version: number;
  /** Value when nothing (usable) is stored. */
  initial: T;
  /** Returns the typed value or undefined when the shape is wrong. */
  validate: Validate<T>;
}

/** Creates a persisted, validated atom. */
export function persistedAtom<T>({ key, version, initial, validate }: PersistedOptions<T>) {
  if (!backing && typeof window !== 'undefined') {
    addStorageNotice({ key, kind: 'unavailable', message: storageStrings.unavailable });
  }
  return persistentAtom<T>(key, initial, {
    encode: (value) => encodeStored(version, value),
    decode: (raw) => {
      const result = decodeStored(raw, version, validate);
      if (result.ok) return result.data;
      setAside(key, raw, result.reason);
      return initial;
    },
  });
}

/** Moves an unusable value to "<key>:apart:<time>" so nothing is lost, and tells the visitor. */
function setAside(key: string, raw: string, reason: DecodeFailure): void {
  const asideKey = `${key}:apart:${new Date().toISOString()}`;
  safeEngine[asideKey] = raw;
  delete safeEngine[key];
  addStorageNotice({ key, kind: reason, message: storageStrings[reason] });
}
