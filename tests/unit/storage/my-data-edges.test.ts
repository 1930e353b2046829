// /mijn-gegevens/ at the edges: values a tool cannot read, copies of keys no tool
// claims, the order of copies, a storage that is full, and reading the same file twice.
// Whatever happens, nothing that is here is lost.
import { afterEach, describe, expect, it } from 'vitest';
import { CARD_LIMITS } from '@/lib/goals/card';
import { encodeStored } from '@/lib/storage/versioned';
import { FakeStorage } from './fake-storage';
import { kaart } from './fixtures';
import { loadWith, unload } from './load';

const KAARTEN = 'zelfsturing:doelkaarten';
const THEMA = 'zelfsturing:thema';
const fileOf = (opslag: Record<string, string>) =>
  JSON.stringify({
    soort: 'zelfsturing-gegevens',
    versie: 1,
    gemaakt: '2025-03-01T00:00:00.000Z',
    opslag,
  });

afterEach(() => unload());

const open = (storage: FakeStorage) => loadWith(storage, () => import('@/stores/my-data'));

describe('inventory', () => {
  it('marks a theme value the site does not know, and a list that is no list, as unreadable', async () => {
    const { module: m } = await open(
      new FakeStorage({ [THEMA]: 'paars', [KAARTEN]: encodeStored(1, { id: 'k1' }) }),
    );
    const items = m.inventory().tools.flatMap((t) => t.items);
    expect(items.find((i) => i.key === THEMA)!.readable).toBe(false);
    expect(items.find((i) => i.key === KAARTEN)!.readable).toBe(false);
  });

  it('lists copies newest first; a copy of a key no tool claims keeps that key as its name and cannot be restored', async () => {
    const oud = `${KAARTEN}:apart:2025-01-01T10:00:00.000Z:corrupt`;
    const nieuw = `${KAARTEN}:apart:2025-03-01T10:00:00.000Z:corrupt`;
    const midden = 'zelfsturing:weg:apart:2025-02-01T10:00:00.000Z:imported';
    const storage = new FakeStorage({
      [oud]: '{',
      [midden]: 'x',
      [nieuw]: '{',
      [`${KAARTEN}:apart:2025-01-01T10:00:00.000Z:corrupt~1`]: '{',
    });
    const { module: m } = await open(storage);
    const aside = m.inventory().aside;
    expect(aside.map((a) => a.date)).toEqual([
      '2025-03-01T10:00:00.000Z',
      '2025-02-01T10:00:00.000Z',
      '2025-01-01T10:00:00.000Z',
      '2025-01-01T10:00:00.000Z',
    ]);
    expect(aside[1]).toMatchObject({
      of: 'zelfsturing:weg',
      label: 'zelfsturing:weg',
      tool: undefined,
      restorable: false,
    });
    expect(m.restoreAside(midden)).toEqual({ ok: false, reden: 'gone' });
    expect(storage.getItem(midden)).toBe('x');
  });
});

describe('restore', () => {
  it('a copy that is gone or a key that is no copy: nothing happens', async () => {
    const storage = new FakeStorage({ [KAARTEN]: encodeStored(1, [kaart(1)]) });
    const { module: m } = await open(storage);
    const before = storage.snapshot();
    expect(m.restoreAside(`${KAARTEN}:apart:2025-01-01T10:00:00.000Z:corrupt`)).toEqual({
      ok: false,
      reden: 'gone',
    });
    expect(m.restoreAside(KAARTEN)).toEqual({ ok: false, reden: 'gone' });
    expect(storage.snapshot()).toEqual(before);
  });

  it('a list copy with more than fits keeps the copy for the rest', async () => {
    const aside = `${KAARTEN}:apart:2025-02-01T10:00:00.000Z:limit`;
    const many = Array.from({ length: CARD_LIMITS.kaarten + 10 }, (_, i) => kaart(i));
    const storage = new FakeStorage({
      [KAARTEN]: encodeStored(1, [kaart(0)]),
      [aside]: encodeStored(1, many),
    });
    const { module: m } = await open(storage);
    const r = m.restoreAside(aside);
    expect(r).toMatchObject({ ok: true, soort: 'samengevoegd', kopieBlijft: true });
    if (!r.ok) throw new Error('not restored');
    expect(r.teVeel).toBe(10);
    expect(storage.getItem(aside)).toBe(encodeStored(1, many));
    expect(JSON.parse(storage.getItem(KAARTEN)!).data).toHaveLength(1 + r.toegevoegd);
  });

  it('a current list that cannot be read is set aside before the copy takes its place', async () => {
    const aside = `${KAARTEN}:apart:2025-02-01T10:00:00.000Z:version`;
    const storage = new FakeStorage({ [KAARTEN]: '{kapot', [aside]: encodeStored(1, [kaart(2)]) });
    const { module: m } = await open(storage);
    expect(m.restoreAside(aside)).toMatchObject({ ok: true, toegevoegd: 1, kopieBlijft: false });
    expect(storage.getItem(KAARTEN)).toBe(encodeStored(1, [kaart(2)]));
    expect(Object.values(storage.snapshot())).toContain('{kapot');
  });

  it('when the merged list cannot be written, it says the storage is full and keeps the copy', async () => {
    const aside = `${KAARTEN}:apart:2025-02-01T10:00:00.000Z:version`;
    const storage = new FakeStorage({
      [KAARTEN]: encodeStored(1, [kaart(1)]),
      [aside]: encodeStored(1, [kaart(2)]),
    });
    const { module: m } = await open(storage);
    storage.full = true;
    expect(m.restoreAside(aside)).toEqual({ ok: false, reden: 'full' });
    expect(storage.getItem(aside)).toBe(encodeStored(1, [kaart(2)]));
    expect(storage.getItem(KAARTEN)).toBe(encodeStored(1, [kaart(1)]));
  });
});

describe('delete', () => {
  it('an unknown tool deletes nothing', async () => {
    const storage = new FakeStorage({ [THEMA]: 'dark' });
    const { module: m } = await open(storage);
    expect(m.deleteTool('bestaat-niet')).toBe(0);
    expect(storage.snapshot()).toEqual({ [THEMA]: 'dark' });
  });
});

describe('everything as one file', () => {
  it('reading the same file twice adds nothing the second time', async () => {
    const data = { [KAARTEN]: encodeStored(1, [kaart(1)]), [THEMA]: 'light' };
    const file = (await open(new FakeStorage(data))).module.exportAll();
    const storage = new FakeStorage();
    const { module: m } = await open(storage);
    expect(m.importAll(file)).toMatchObject({ ok: true, toegevoegd: 2 });
    expect(m.importAll(file)).toEqual({
      ok: true,
      toegevoegd: 0,
      alAanwezig: 2,
      apart: 0,
      mislukt: 0,
    });
    expect(storage.snapshot()).toEqual(data);
  });

  it('a list with nothing new counts as already here; entries without id are kept in a copy', async () => {
    const storage = new FakeStorage({ [KAARTEN]: encodeStored(1, [kaart(1)]) });
    const { module: m } = await open(storage);
    const r = m.importAll(
      fileOf({ [KAARTEN]: encodeStored(1, [kaart(1), { doel: 'zonder id' }]) }),
    );
    expect(r).toEqual({ ok: true, toegevoegd: 0, alAanwezig: 1, apart: 1, mislukt: 0 });
    expect(storage.getItem(KAARTEN)).toBe(encodeStored(1, [kaart(1)]));
  });

  it('keys no tool claims and copies: added when absent, otherwise kept as a copy', async () => {
    const copy = `${KAARTEN}:apart:2025-01-01T10:00:00.000Z:corrupt`;
    const storage = new FakeStorage({ 'zelfsturing:oud': 'hier', [copy]: 'hier' });
    const { module: m } = await open(storage);
    const r = m.importAll(
      fileOf({ 'zelfsturing:oud': 'daar', [copy]: 'daar', 'zelfsturing:nieuw': 'n' }),
    );
    expect(r).toEqual({ ok: true, toegevoegd: 1, alAanwezig: 0, apart: 2, mislukt: 0 });
    expect(storage.getItem('zelfsturing:oud')).toBe('hier');
    expect(storage.getItem(copy)).toBe('hier');
    expect(storage.getItem('zelfsturing:nieuw')).toBe('n');
    const values = Object.values(storage.snapshot());
    expect(values.filter((v) => v === 'daar')).toHaveLength(2);
  });

  it('a full storage: counts what could not be kept and changes nothing that was here', async () => {
    const storage = new FakeStorage({
      [KAARTEN]: encodeStored(1, [kaart(1)]),
      'zelfsturing:oud': 'hier',
    });
    const { module: m } = await open(storage);
    const before = storage.snapshot();
    storage.full = true;
    const r = m.importAll(
      fileOf({
        [KAARTEN]: encodeStored(1, [kaart(2)]),
        [THEMA]: 'dark',
        'zelfsturing:nieuw': 'n',
        'zelfsturing:oud': 'daar',
      }),
    );
    expect(r).toEqual({ ok: true, toegevoegd: 0, alAanwezig: 0, apart: 0, mislukt: 4 });
    expect(storage.snapshot()).toEqual(before);
  });

  it('refuses a file whose data is not a set of keys', async () => {
    const { module: m } = await open(new FakeStorage());
    expect(m.importAll('{"soort":"zelfsturing-gegevens","versie":1,"opslag":["x"]}')).toEqual({
      ok: false,
      reden: 'invalid',
    });
  });
});
