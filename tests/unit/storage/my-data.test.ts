// /mijn-gegevens/ at the storage layer: the inventory per tool with sizes, set-aside
// copies with date and reason, restore only where valid again (and never losing the
// value it replaces), delete per tool or all, and one file with everything that reads
// back without writing over anything.
import { afterEach, describe, expect, it } from 'vitest';
import { encodeStored } from '@/lib/storage/versioned';
import { FakeStorage } from './fake-storage';
import { kaart } from './fixtures';
import { loadWith, unload } from './load';

const KAARTEN = 'zelfsturing:doelkaarten';
const KLAS = 'zelfsturing:quiz-klas';

afterEach(() => unload());

const open = (storage: FakeStorage) => loadWith(storage, () => import('@/stores/my-data'));

describe('inventory', () => {
  it('lists what each tool keeps with its size, set-aside copies with date and reason, and unclaimed keys', async () => {
    const storage = new FakeStorage({
      [KAARTEN]: encodeStored(1, [kaart(1)]),
      'zelfsturing:stellingen:studie/5-doelen': encodeStored(1, { 'h5-a': 'waar' }),
      'zelfsturing:thema': 'dark',
      [`${KAARTEN}:apart:2025-02-01T10:00:00.000Z:newer`]: encodeStored(9, []),
      'zelfsturing:iets-ouds': 'x',
      'ander-domein': 'niet van ons',
    });
    const { module: m } = await open(storage);
    const inv = m.inventory();
    const doelen = inv.tools.find((t) => t.tool.id === 'doelen')!;
    expect(doelen.items.map((i) => i.key)).toEqual([KAARTEN]);
    expect(doelen.bytes).toBe(m.sizeOf(KAARTEN, storage.getItem(KAARTEN)!));
    expect(inv.tools.find((t) => t.tool.id === 'quiz')!.items[0]!.label).toMatch(
      /studie\/5-doelen$/,
    );
    expect(inv.tools.find((t) => t.tool.id === 'weergave')!.items).toHaveLength(1);
    expect(inv.aside).toEqual([
      expect.objectContaining({
        of: KAARTEN,
        date: '2025-02-01T10:00:00.000Z',
        reason: 'newer',
        restorable: false,
      }),
    ]);
    expect(inv.other.map((o) => o.key)).toEqual(['zelfsturing:iets-ouds']);
    expect(inv.bytes).toBeGreaterThan(doelen.bytes);
  });
});

describe('restore', () => {
  it('merges a valid list copy into the current list and removes the copy', async () => {
    const aside = `${KAARTEN}:apart:2025-02-01T10:00:00.000Z:version`;
    const storage = new FakeStorage({
      [KAARTEN]: encodeStored(1, [kaart(1)]),
      [aside]: encodeStored(1, [kaart(1), kaart(2)]),
    });
    const { module: m } = await open(storage);
    expect(m.inventory().aside[0]!.restorable).toBe(true);
    expect(m.restoreAside(aside)).toEqual({
      ok: true,
      soort: 'samengevoegd',
      toegevoegd: 1,
      teVeel: 0,
      kopieBlijft: false,
    });
    expect(storage.getItem(KAARTEN)).toBe(encodeStored(1, [kaart(1), kaart(2)]));
    expect(storage.getItem(aside)).toBeNull();
  });

  it('a single value replaces the current one only after that one is set aside', async () => {
    const { startKlasSession } = await import('@/lib/quiz/klas-session');
    const oud = encodeStored(
      1,
      startKlasSession(['h5-a'], { timer: 0, tweedeStemming: 'uit' }, new Date(0)),
    );
    const nu = encodeStored(
      1,
      startKlasSession(['h5-b'], { timer: 0, tweedeStemming: 'uit' }, new Date(0)),
    );
    const aside = `${KLAS}:apart:2025-02-01T10:00:00.000Z:invalid`;
    const storage = new FakeStorage({ [KLAS]: nu, [aside]: oud });
    const { module: m } = await open(storage);
    expect(m.restoreAside(aside).ok).toBe(true);
    expect(storage.getItem(KLAS)).toBe(oud);
    const copies = m.inventory().aside;
    expect(copies.map((c) => c.reason)).toEqual(['replaced']);
    expect(storage.getItem(copies[0]!.key)).toBe(nu);
  });

  it('a full storage: nothing changes and it says so', async () => {
    const aside = `${KLAS}:apart:2025-02-01T10:00:00.000Z:invalid`;
    const { startKlasSession } = await import('@/lib/quiz/klas-session');
    const a = encodeStored(
      1,
      startKlasSession(['h5-a'], { timer: 0, tweedeStemming: 'uit' }, new Date(0)),
    );
    const b = encodeStored(
      1,
      startKlasSession(['h5-b'], { timer: 0, tweedeStemming: 'uit' }, new Date(0)),
    );
    const storage = new FakeStorage({ [KLAS]: b, [aside]: a });
    const { module: m } = await open(storage);
    storage.full = true;
    const before = storage.snapshot();
    expect(m.restoreAside(aside)).toEqual({ ok: false, reden: 'full' });
    expect(storage.snapshot()).toEqual(before);
  });

  it('a copy from a newer version cannot be restored', async () => {
    const aside = `${KAARTEN}:apart:2025-02-01T10:00:00.000Z:newer`;
    const storage = new FakeStorage({ [aside]: encodeStored(9, [kaart(1)]) });
    const { module: m } = await open(storage);
    expect(m.restoreAside(aside)).toEqual({ ok: false, reden: 'invalid' });
    expect(storage.getItem(aside)).toBe(encodeStored(9, [kaart(1)]));
  });
});

describe('restore never drops what is there now', () => {
  it('a current list with entries a merge cannot place is set aside before the merge', async () => {
    const aside = `${KAARTEN}:apart:2025-02-01T10:00:00.000Z:version`;
    const current = encodeStored(1, [kaart(1), { zonder: 'id' }]);
    const storage = new FakeStorage({ [KAARTEN]: current, [aside]: encodeStored(1, [kaart(2)]) });
    const { module: m } = await open(storage);
    expect(m.inventory().tools[0]!.items[0]!.readable).toBe(true);
    expect(m.restoreAside(aside).ok).toBe(true);
    expect(storage.getItem(KAARTEN)).toBe(encodeStored(1, [kaart(1), kaart(2)]));
    const copies = m.inventory().aside;
    expect(copies.map((c) => c.reason)).toEqual(['replaced']);
    expect(storage.getItem(copies[0]!.key)).toBe(current);
  });

  it('marks a value its tool cannot read', async () => {
    const { module: m } = await open(
      new FakeStorage({ [KAARTEN]: '{kapot', 'zelfsturing:thema': 'paars' }),
    );
    const inv = m.inventory();
    expect(inv.tools.find((t) => t.tool.id === 'doelen')!.items[0]!.readable).toBe(false);
    expect(inv.tools.find((t) => t.tool.id === 'weergave')!.items[0]!.readable).toBe(false);
  });
});

describe('delete', () => {
  it('per tool removes only that tool’s keys; all removes every key of the site and nothing else', async () => {
    const storage = new FakeStorage({
      [KAARTEN]: encodeStored(1, [kaart(1)]),
      [`${KAARTEN}:apart:2025-02-01T10:00:00.000Z:corrupt`]: '{',
      'zelfsturing:thema': 'dark',
      'ander-domein': 'x',
    });
    const { module: m } = await open(storage);
    expect(m.deleteTool('doelen')).toBe(1);
    expect(storage.getItem(KAARTEN)).toBeNull();
    expect(storage.getItem('zelfsturing:thema')).toBe('dark');
    expect(m.inventory().aside).toHaveLength(1);
    m.deleteAll();
    expect(storage.snapshot()).toEqual({ 'ander-domein': 'x' });
  });
});

describe('everything as one file', () => {
  it('round-trips to an empty browser', async () => {
    const data = { [KAARTEN]: encodeStored(1, [kaart(1)]), 'zelfsturing:thema': 'light' };
    const { module: a } = await open(new FakeStorage(data));
    const file = a.exportAll(new Date('2025-03-01T00:00:00Z'));
    const storage = new FakeStorage();
    const { module: b } = await open(storage);
    expect(b.importAll(file)).toEqual({
      ok: true,
      toegevoegd: 2,
      alAanwezig: 0,
      apart: 0,
      mislukt: 0,
    });
    expect(storage.snapshot()).toEqual(data);
  });

  it('never writes over what is here: lists are merged, other values set aside', async () => {
    const file = (
      await open(
        new FakeStorage({
          [KAARTEN]: encodeStored(1, [kaart(1), kaart(2)]),
          'zelfsturing:thema': 'light',
          'zelfsturing:doelconcept': '{kapot',
        }),
      )
    ).module.exportAll();
    const storage = new FakeStorage({
      [KAARTEN]: encodeStored(1, [kaart(1)]),
      'zelfsturing:thema': 'dark',
    });
    const { module: m } = await open(storage);
    const r = m.importAll(file);
    // One new card is added; the broken draft and the other theme are kept as copies.
    expect(r).toEqual({ ok: true, toegevoegd: 1, alAanwezig: 0, apart: 2, mislukt: 0 });
    expect(storage.getItem(KAARTEN)).toBe(encodeStored(1, [kaart(1), kaart(2)]));
    expect(storage.getItem('zelfsturing:thema')).toBe('dark');
    expect(
      m
        .inventory()
        .aside.map((c) => c.reason)
        .sort(),
    ).toEqual(['corrupt', 'imported']);
  });

  it('refuses files that are not ours with the one set of reasons', async () => {
    const { module: m } = await open(new FakeStorage());
    expect(m.importAll('')).toEqual({ ok: false, reden: 'empty' });
    expect(m.importAll('{')).toEqual({ ok: false, reden: 'not-json' });
    expect(m.importAll('{"soort":"zelfsturing-doelkaarten","versie":1,"kaarten":[]}')).toEqual({
      ok: false,
      reden: 'unknown-kind',
    });
    expect(m.importAll('{"soort":"zelfsturing-gegevens","versie":2,"opslag":{}}')).toEqual({
      ok: false,
      reden: 'newer-version',
    });
    expect(
      m.importAll('{"soort":"zelfsturing-gegevens","versie":1,"opslag":{"elders":"x"}}'),
    ).toEqual({ ok: false, reden: 'invalid' });
  });
});

it('reads the reading pages’ answers with the version those pages write', async () => {
  const { PAGE_ANSWERS_VERSION } = await import('@/lib/quiz/page-answers');
  const { findStored } = await import('@/stores/registry');
  expect(findStored('zelfsturing:stellingen:studie/5-doelen')!.entry.version).toBe(
    PAGE_ANSWERS_VERSION,
  );
});

it('reads envelopes exactly as the stores do', async () => {
  const { readEnvelope } = await import('@/stores/my-data');
  const { openEnvelope } = await import('@/lib/storage/versioned');
  for (const raw of [
    '{"v":1,"data":[1]}',
    '{"v":2,"data":null}',
    '{"v":0,"data":{}}',
    '{"v":"1","data":1}',
    '{kapot',
    '[]',
    'null',
    '{"v":1}',
    '{"data":1}',
    '42',
  ]) {
    expect(readEnvelope(raw, 1), raw).toEqual(openEnvelope(raw, 1));
  }
});
