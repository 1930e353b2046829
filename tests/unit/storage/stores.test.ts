// Every persisted store of the site, found by loading each module in src/stores/ and
// seeing which of its atoms write to storage: for each, corrupt JSON, an old version,
// a full storage and an unusable storage give its default value and a message, never
// an exception, and leave the other stored data alone. A new persisted store is
// covered the moment it exists.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanStores, type WritableAtom } from 'nanostores';
import { encodeStored } from '@/lib/storage/versioned';
import { FakeStorage } from './fake-storage';
import { loadWith, settle, unload } from './load';

const modules = import.meta.glob<Record<string, unknown>>(['/src/stores/*.ts', '!/src/stores/persisted.ts']);

interface Found {
  file: string;
  name: string;
  key: string;
  /** The store's value with nothing stored, as JSON. */
  initial: string;
  /** What the store writes for that value (the versioned envelope). */
  written: string;
}

const isAtom = (v: unknown): v is WritableAtom<unknown> =>
  typeof v === 'object' && v !== null && typeof (v as WritableAtom).set === 'function' && typeof (v as WritableAtom).listen === 'function';

/** Loads each store module on an empty storage and records which atom writes which key. */
async function discover(): Promise<Found[]> {
  const found: Found[] = [];
  for (const [file, load] of Object.entries(modules)) {
    const storage = new FakeStorage();
    const { module } = await loadWith(storage, load);
    for (const [name, value] of Object.entries(module)) {
      if (!isAtom(value)) continue;
      const before = new Set(storage.data.keys());
      const initial = value.get();
      value.set(initial);
      const written = [...storage.data.keys()].filter((k) => !before.has(k));
      if (written.length === 1) {
        const key = written[0]!;
        found.push({ file, name, key, initial: JSON.stringify(initial), written: storage.getItem(key)! });
      }
    }
    cleanStores(...Object.values(module).filter(isAtom));
  }
  unload();
  return found;
}

const found = await discover();
// Stored data of other tools, which no failure may touch.
const others = (key: string) =>
  Object.fromEntries([['zelfsturing:thema', 'dark'], ...found.filter((f) => f.key !== key).map((f) => [f.key, f.written])]);

let mounted: WritableAtom<unknown>[] = [];
afterEach(async () => {
  await settle();
  cleanStores(...mounted);
  mounted = [];
  unload();
});

async function open(f: Found, storage: FakeStorage) {
  const loaded = await loadWith(storage, modules[f.file]!);
  const store = loaded.module[f.name] as WritableAtom<unknown>;
  mounted.push(store);
  store.listen(() => {});
  await loaded.persisted.storageSettled();
  return { store, notices: () => loaded.persisted.$storageNotices.get().filter((n) => n.key === f.key) };
}

it('finds the persisted stores of every tool', () => {
  expect(found.map((f) => `${f.name} (${f.key})`).sort()).toEqual(
    expect.arrayContaining([
      '$doelConcept (zelfsturing:doelconcept)',
      '$doelkaarten (zelfsturing:doelkaarten)',
      '$klasSession (zelfsturing:quiz-klas)',
      '$mindsetResults (zelfsturing:mindsettest)',
      '$selfPlaySession (zelfsturing:quiz)',
    ]),
  );
});

describe.each(found)('$name ($key)', (f) => {
  it.each([
    ['corrupt JSON', '{"v":1,"data":{', 'corrupt'],
    ['an old version', JSON.stringify({ v: 0, data: JSON.parse(f.initial) }), 'version'],
    ['a value of another shape', encodeStored(JSON.parse(f.written).v, { onbekend: true }), 'invalid'],
  ])('%s: default value and a message; other data untouched', async (_, raw, kind) => {
    const rest = others(f.key);
    const storage = new FakeStorage({ [f.key]: raw, ...rest });
    const { store, notices } = await open(f, storage);
    expect(JSON.stringify(store.get())).toBe(f.initial);
    expect(notices().map((n) => n.kind)).toEqual([kind]);
    expect(notices()[0]!.message).toMatch(/apart gezet/);
    for (const [k, v] of Object.entries(rest)) expect(storage.getItem(k)).toBe(v);
    expect([...storage.data.values()]).toContain(raw);
  });

  it('a full storage: no exception, the value kept in memory, a message; other data untouched', async () => {
    const rest = others(f.key);
    const storage = new FakeStorage(rest);
    const { store, notices } = await open(f, storage);
    storage.full = true;
    const value = store.get();
    expect(() => store.set(value)).not.toThrow();
    await settle();
    expect(store.get()).toBe(value);
    expect(notices().map((n) => n.kind)).toEqual(['full']);
    expect(storage.snapshot()).toEqual(rest);
  });

  it('storage blocked by the browser: no exception, the default value, a message', async () => {
    const storage = new FakeStorage({ [f.key]: 'onbereikbaar' });
    storage.blocked = true;
    const { store, notices } = await open(f, storage);
    expect(JSON.stringify(store.get())).toBe(f.initial);
    expect(notices().map((n) => n.kind)).toEqual(['unavailable']);
    expect(() => store.set(store.get())).not.toThrow();
  });
});

it('every persisted store is registered for /mijn-gegevens/ with its version and limit', async () => {
  const { findStored } = await import('@/stores/registry');
  const { CARD_LIMITS } = await import('@/lib/goals/card');
  const { MAX_RESULTS } = await import('@/lib/mindset/results');
  for (const f of found) {
    const entry = findStored(f.key)?.entry;
    expect(entry, f.key).toBeDefined();
    expect(entry!.version, f.key).toBe(JSON.parse(f.written).v);
    // A list (its initial value is []) is merged by id, within the store's own limit.
    expect(entry!.max !== undefined, f.key).toBe(f.initial === '[]');
  }
  expect(findStored('zelfsturing:doelkaarten')!.entry.max).toBe(CARD_LIMITS.kaarten);
  expect(findStored('zelfsturing:mindsettest')!.entry.max).toBe(MAX_RESULTS);
  unload();
});
