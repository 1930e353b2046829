// The shared mechanism of every persisted store (src/stores/persisted.ts): a corrupt,
// foreign or old value, a full storage and a storage that cannot be used at all each
// give the default value and a Dutch message, never an exception, and leave every
// other stored value as it was.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanStores } from 'nanostores';
import type { ReadableAtom } from 'nanostores';
import { encodeStored, isRecord, isText, validateArray, type Validate } from '@/lib/storage/versioned';
import { storageStrings } from '@/strings/storage';
import { FakeStorage } from './fake-storage';
import { loadWith, settle, unload } from './load';

const KEY = 'zelfsturing:test';
const OTHER = { 'zelfsturing:ander': encodeStored(1, ['bewaard']), 'iets-anders': 'los' };

type Notitie = { tekst: string };
const validate: Validate<Notitie[]> = (v) =>
  validateArray(v, (n) => (isRecord(n) && isText(n.tekst, 100) ? { tekst: n.tekst } : undefined));

const stores: ReadableAtom<unknown>[] = [];

async function setup(storage: FakeStorage) {
  const loaded = await loadWith(storage);
  const store = loaded.persisted.persistedAtom<Notitie[]>({ key: KEY, version: 2, initial: [], validate });
  stores.push(store);
  // Subscribing mounts the store, as an island does.
  const unsubscribe = store.listen(() => {});
  await loaded.persisted.storageSettled();
  return { ...loaded, store, unsubscribe };
}

/** Lets the page become idle (outside a browser: the short timeout whenIdle falls back to). */
const idle = () => new Promise((resolve) => setTimeout(resolve, 100));

const asideKeys = (storage: FakeStorage) => [...storage.data.keys()].filter((k) => k.startsWith(`${KEY}:apart:`));

afterEach(async () => {
  await settle();
  cleanStores(...stores.splice(0));
  unload();
});

describe('persistedAtom', () => {
  it('loads a valid stored value and writes changes back in the envelope', async () => {
    const storage = new FakeStorage({ [KEY]: encodeStored(2, [{ tekst: 'a' }]), ...OTHER });
    const { store, persisted } = await setup(storage);
    expect(store.get()).toEqual([{ tekst: 'a' }]);
    store.set([{ tekst: 'b' }]);
    expect(storage.getItem(KEY)).toBe(encodeStored(2, [{ tekst: 'b' }]));
    expect(persisted.$storageNotices.get()).toEqual([]);
    expect(persisted.storageAvailable()).toBe(true);
  });

  it.each([
    ['corrupt JSON', '{"v":2,"data":[{"tekst":', 'corrupt'],
    ['an old version', encodeStored(1, [{ tekst: 'oud' }]), 'version'],
    ['a foreign shape', JSON.stringify([{ tekst: 'a' }]), 'invalid'],
    ['invalid data', encodeStored(2, [{ tekst: 42 }]), 'invalid'],
  ] as const)('%s: default value, a message, the value set aside, nothing else touched', async (_, raw, kind) => {
    const storage = new FakeStorage({ [KEY]: raw, ...OTHER });
    const { store, persisted } = await setup(storage);

    expect(store.get()).toEqual([]);
    expect(persisted.$storageNotices.get()).toEqual([{ key: KEY, kind, message: storageStrings[kind] }]);
    // Set aside under its own key, not deleted.
    const aside = asideKeys(storage);
    expect(aside).toHaveLength(1);
    expect(storage.getItem(aside[0]!)).toBe(raw);
    for (const [k, v] of Object.entries(OTHER)) expect(storage.getItem(k)).toBe(v);

    // The store keeps working.
    store.set([{ tekst: 'nieuw' }]);
    expect(storage.getItem(KEY)).toBe(encodeStored(2, [{ tekst: 'nieuw' }]));
    persisted.dismissStorageNotice(KEY);
    expect(persisted.$storageNotices.get()).toEqual([]);
  });

  it('a full storage: the change stays in memory, a message, no exception, nothing else lost', async () => {
    const storage = new FakeStorage({ [KEY]: encodeStored(2, [{ tekst: 'a' }]), ...OTHER });
    const { store, persisted } = await setup(storage);
    storage.full = true;
    const before = storage.snapshot();

    expect(() => store.set([{ tekst: 'a' }, { tekst: 'b' }])).not.toThrow();
    await persisted.storageSettled();
    expect(store.get()).toEqual([{ tekst: 'a' }, { tekst: 'b' }]);
    expect(persisted.$storageNotices.get()).toEqual([{ key: KEY, kind: 'full', message: storageStrings.full }]);
    expect(storage.snapshot()).toEqual(before);

    // Once there is room again, the next change is stored.
    storage.full = false;
    store.set([{ tekst: 'c' }]);
    expect(storage.getItem(KEY)).toBe(encodeStored(2, [{ tekst: 'c' }]));
  });

  it('a full storage while setting a corrupt value aside: the original stays where it is, and the message says so', async () => {
    const storage = new FakeStorage({ [KEY]: '{kapot', ...OTHER });
    storage.full = true;
    const { store, persisted } = await setup(storage);
    expect(store.get()).toEqual([]);
    expect(persisted.$storageNotices.get()).toEqual([{ key: KEY, kind: 'kept', message: storageStrings.kept }]);
    expect(storageStrings.kept).toMatch(/onaangeroerd/);
    expect(storage.getItem(KEY)).toBe('{kapot');
    expect(asideKeys(storage)).toEqual([]);
    for (const [k, v] of Object.entries(OTHER)) expect(storage.getItem(k)).toBe(v);
    // A change while storage is still full does not write over it either.
    store.set([{ tekst: 'eerst' }]);
    await persisted.storageSettled();
    expect(storage.getItem(KEY)).toBe('{kapot');
    // Once there is room, the copy is made first, and only then the new value written.
    storage.full = false;
    store.set([{ tekst: 'nieuw' }]);
    await persisted.storageSettled();
    const aside = asideKeys(storage);
    expect(aside).toHaveLength(1);
    expect(storage.getItem(aside[0]!)).toBe('{kapot');
    expect(storage.getItem(KEY)).toBe(encodeStored(2, [{ tekst: 'nieuw' }]));
    expect(persisted.$storageNotices.get().map((n) => n.kind)).not.toContain('kept');
  });

  it('storage that cannot be used at all: works in memory and says so', async () => {
    const storage = new FakeStorage({ [KEY]: encodeStored(2, [{ tekst: 'onbereikbaar' }]) });
    storage.blocked = true;
    const { store, persisted } = await setup(storage);

    expect(persisted.storageAvailable()).toBe(false);
    expect(store.get()).toEqual([]);
    expect(persisted.$storageNotices.get()).toEqual([{ key: KEY, kind: 'unavailable', message: storageStrings.unavailable }]);
    expect(() => store.set([{ tekst: 'in geheugen' }])).not.toThrow();
    expect(store.get()).toEqual([{ tekst: 'in geheugen' }]);
    storage.blocked = false;
    expect(storage.getItem(KEY)).toBe(encodeStored(2, [{ tekst: 'onbereikbaar' }]));
  });

  it('storage that starts failing after the page loaded: reads fall back to memory, no exception', async () => {
    const storage = new FakeStorage({ [KEY]: encodeStored(2, [{ tekst: 'a' }]), ...OTHER });
    const { store } = await setup(storage);
    storage.blocked = true;
    expect(() => store.set([{ tekst: 'b' }])).not.toThrow();
    expect(store.get()).toEqual([{ tekst: 'b' }]);
    storage.blocked = false;
    for (const [k, v] of Object.entries(OTHER)) expect(storage.getItem(k)).toBe(v);
  });

  it('outside a browser (build, tests) there is no message about storage', async () => {
    const storage = new FakeStorage();
    storage.blocked = true;
    const { persisted } = await loadWith(storage, undefined, { inBrowser: false });
    const store = persisted.persistedAtom<Notitie[]>({ key: KEY, version: 2, initial: [], validate });
    stores.push(store);
    expect(store.get()).toEqual([]);
    expect(persisted.$storageNotices.get()).toEqual([]);
  });

  it('another tab writing a corrupt value: default value and a message, no exception', async () => {
    const storage = new FakeStorage({ [KEY]: encodeStored(2, [{ tekst: 'a' }]) });
    const { store, persisted } = await setup(storage);
    await idle();
    const event = Object.assign(new Event('storage'), { key: KEY, newValue: '{kapot' });
    storage.data.set(KEY, '{kapot');
    expect(() => (globalThis as unknown as { window: EventTarget }).window.dispatchEvent(event)).not.toThrow();
    await persisted.storageSettled();
    expect(store.get()).toEqual([]);
    expect(persisted.$storageNotices.get().map((n) => n.kind)).toEqual(['corrupt']);
  });

  it("follows other tabs only once the page is idle, and misses no change made before that", async () => {
    const storage = new FakeStorage({ [KEY]: encodeStored(2, [{ tekst: 'a' }]) });
    const { store } = await setup(storage);
    const window = (globalThis as unknown as { window: EventTarget }).window;
    // Another tab saves while this page is still hydrating: no listener yet.
    storage.data.set(KEY, encodeStored(2, [{ tekst: 'b' }]));
    window.dispatchEvent(Object.assign(new Event('storage'), { key: KEY, newValue: storage.data.get(KEY) }));
    expect(store.get()).toEqual([{ tekst: 'a' }]);
    // Once idle, the store reads its key again and then follows every change.
    await idle();
    expect(store.get()).toEqual([{ tekst: 'b' }]);
    storage.data.set(KEY, encodeStored(2, [{ tekst: 'c' }]));
    window.dispatchEvent(Object.assign(new Event('storage'), { key: KEY, newValue: storage.data.get(KEY) }));
    expect(store.get()).toEqual([{ tekst: 'c' }]);
  });
});
