// The store of highlights and notes in a browser: stored data is validated on load;
// corrupt, foreign and old data is set aside (kept under another key) with a message;
// actions keep their limits; an import merges without losing anything.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanStores } from 'nanostores';
import { encodeStored } from '@/lib/storage/versioned';
import { FakeStorage } from '../storage/fake-storage';
import { loadWith, settle, unload } from '../storage/load';
import { T, highlight as valid } from './fixtures';

const KEY = 'zelfsturing:aantekeningen';

type Store = typeof import('@/stores/annotations');
let loaded: Store | undefined;

async function setup(initial: Record<string, string>) {
  const storage = new FakeStorage(initial);
  const result = await loadWith(storage, () => import('@/stores/annotations'));
  loaded = result.module;
  result.module.$aantekeningen.listen(() => {});
  result.module.$readingPlaces.listen(() => {});
  // Setting aside loads the repair code on demand (src/stores/persisted-repair.ts).
  await settle();
  return result;
}

const asideKeys = (storage: FakeStorage) =>
  [...storage.data.keys()].filter((k) => k.startsWith(`${KEY}:apart:`));

afterEach(() => {
  if (loaded) cleanStores(loaded.$aantekeningen, loaded.$readingPlaces);
  loaded = undefined;
  unload();
});

describe('annotations store', () => {
  it('loads valid stored highlights', async () => {
    const { module } = await setup({ [KEY]: encodeStored(1, [valid]) });
    expect(module.$aantekeningen.get()).toEqual([valid]);
  });

  it('sets corrupt data aside (kept under another key), starts empty and says so', async () => {
    const { module, storage, persisted } = await setup({ [KEY]: '{kapot' });
    expect(module.$aantekeningen.get()).toEqual([]);
    expect(asideKeys(storage).map((k) => storage.getItem(k))).toEqual(['{kapot']);
    expect(persisted.$storageNotices.get().map((n) => n.kind)).toEqual(['corrupt']);
  });

  it('sets data of an old version aside instead of reading it as new', async () => {
    const old = encodeStored(0, [{ tekst: 'oude markering' }]);
    const { module, storage, persisted } = await setup({ [KEY]: old });
    expect(module.$aantekeningen.get()).toEqual([]);
    expect(asideKeys(storage).map((k) => storage.getItem(k))).toEqual([old]);
    expect(persisted.$storageNotices.get().map((n) => n.kind)).toEqual(['version']);
  });

  it('keeps the valid entries of a list with one of an unknown shape (a colour that does not exist), and sets the original aside', async () => {
    const bad = encodeStored(1, [valid, { ...valid, id: 'b', kleur: 'paars' }]);
    const { module, storage, persisted } = await setup({ [KEY]: bad });
    expect(module.$aantekeningen.get()).toEqual([valid]);
    expect(asideKeys(storage).map((k) => storage.getItem(k))).toEqual([bad]);
    expect(JSON.parse(storage.getItem(KEY)!).data).toEqual([valid]);
    expect(persisted.$storageNotices.get().map((n) => n.kind)).toEqual(['partial']);
  });

  it('a repeated id counts once; the list is registered for /mijn-gegevens/ with its limit', async () => {
    const { module } = await setup({
      [KEY]: encodeStored(1, [valid, { ...valid, notitie: 'dubbel' }]),
    });
    expect(module.$aantekeningen.get()).toEqual([valid]);
    const { findStored } = await import('@/stores/registry');
    const { AANTEKENINGEN_MAX } = await import('@/lib/annotations/model');
    expect(findStored(KEY)!.entry.max).toBe(AANTEKENINGEN_MAX);
    expect(findStored('zelfsturing:leesplek')!.entry.version).toBe(1);
  });

  it('a full storage: the change stays in memory, nothing kept is lost, and the reader is told', async () => {
    const { module, storage, persisted } = await setup({ [KEY]: encodeStored(1, [valid]) });
    storage.full = true;
    const added = module.addAantekening({ pagina: 'studie/5-doelen/', notitie: 'Nieuw' });
    expect(added.ok).toBe(true);
    expect(module.aantekeningenAreKept()).toBe(false);
    expect(module.$aantekeningen.get()).toHaveLength(2);
    expect(JSON.parse(storage.getItem(KEY)!).data).toEqual([valid]);
    await settle();
    expect(persisted.$storageNotices.get().map((n) => n.kind)).toEqual(['full']);
  });

  it('adds, edits and removes a highlight, and writes each change to storage', async () => {
    const { module, storage } = await setup({});
    const added = module.addAantekening({
      pagina: 'studie/5-doelen/',
      quote: valid.quote as never,
      position: valid.position as never,
      kleur: 'roze',
    });
    expect(added.ok).toBe(true);
    const id = added.ok ? added.aantekening.id : '';
    module.updateAantekening(id, { notitie: 'Bespreken met team', kleur: 'groen' });
    expect(JSON.parse(storage.getItem(KEY)!).data[0]).toMatchObject({
      notitie: 'Bespreken met team',
      kleur: 'groen',
    });
    module.removeAantekening(id);
    expect(JSON.parse(storage.getItem(KEY)!).data).toEqual([]);
  });

  it('refuses a note over the limit and keeps the old one', async () => {
    const { module } = await setup({ [KEY]: encodeStored(1, [valid]) });
    expect(module.updateAantekening('a1', { notitie: 'x'.repeat(2001) })).toEqual({
      ok: false,
      reden: 'too-long',
    });
    expect(module.$aantekeningen.get()[0]!.notitie).toBe('Mooi');
    expect(module.updateAantekening('onbekend', { notitie: 'x' })).toBeUndefined();
  });

  it('records and clears "not found in the text" for a page', async () => {
    const { module } = await setup({ [KEY]: encodeStored(1, [valid]) });
    module.setOrphaned('studie/5-doelen/', new Set(['a1']));
    expect(module.$aantekeningen.get()[0]!.wees).toBeDefined();
    module.setOrphaned('studie/5-doelen/', new Set());
    expect(module.$aantekeningen.get()[0]!.wees).toBeUndefined();
  });

  it('imports a backup into a browser that has notes: merged, duplicates skipped, a bad file changes nothing', async () => {
    const { module } = await setup({ [KEY]: encodeStored(1, [valid]) });
    const { toBackup } = await import('@/lib/annotations/backup');
    const backupModule = await import('@/stores/annotations-backup');
    const other = { ...valid, id: 'b2', notitie: 'Uit de andere browser' };
    const backup = toBackup([valid as never, other as never], {});
    expect(backupModule.importBackup(backup)).toMatchObject({
      ok: true,
      toegevoegd: 1,
      dubbel: 1,
      ongeldig: 0,
    });
    expect(module.$aantekeningen.get().map((a) => a.id)).toEqual(['a1', 'b2']);
    expect(backupModule.importBackup('geen json')).toEqual({ ok: false, reden: 'not-json' });
    expect(module.$aantekeningen.get().map((a) => a.id)).toEqual(['a1', 'b2']);
  });

  it('keeps a reading place per page and a read mark', async () => {
    const { module } = await setup({});
    module.setReadingPlace('studie/5-doelen/', '5-4', '§ 5.4');
    module.setRead('studie/5-doelen/', true);
    expect(module.$readingPlaces.get()['studie/5-doelen/']).toMatchObject({
      sectie: '5-4',
      label: '§ 5.4',
    });
    expect(module.$readingPlaces.get()['studie/5-doelen/']!.gelezen).toBeDefined();
    module.setRead('studie/5-doelen/', false);
    expect(module.$readingPlaces.get()['studie/5-doelen/']!.gelezen).toBeUndefined();
    module.removeAll();
    expect(module.$readingPlaces.get()).toEqual({});
  });

  it('adds a section note with defaults, and refuses past the limits without changing the list', async () => {
    const { module } = await setup({ [KEY]: encodeStored(1, [valid]) });
    const note = module.addAantekening({ pagina: 'studie/5-doelen/', sectie: '5-2' });
    expect(note).toMatchObject({
      ok: true,
      aantekening: { pagina: 'studie/5-doelen/', sectie: '5-2', kleur: 'geel', notitie: '' },
    });
    expect(note.ok && 'quote' in note.aantekening).toBe(false);
    const tooLong = module.addAantekening({
      pagina: 'studie/5-doelen/',
      notitie: 'x'.repeat(2001),
    });
    expect(tooLong).toEqual({ ok: false, reden: 'too-long' });
    expect(module.$aantekeningen.get()).toHaveLength(2);
    // Editing one entry leaves the others as they were.
    module.updateAantekening('a1', { kleur: 'roze' });
    expect(module.$aantekeningen.get().map((a) => a.kleur)).toEqual(['roze', 'geel']);
  });

  it('refuses a new highlight when 5000 are kept', async () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({ ...valid, id: `n${i}` }));
    const { module } = await setup({ [KEY]: encodeStored(1, many) });
    expect(module.addAantekening({ pagina: 'studie/5-doelen/' })).toEqual({
      ok: false,
      reden: 'full',
    });
    expect(module.$aantekeningen.get()).toHaveLength(5000);
  });

  it('marks "not found" only on the page checked, not on section notes, and writes only on a change', async () => {
    const { quote: _q, position: _p, ...sectionNote } = valid;
    const other = { ...valid, id: 'o1', pagina: 'studie/1-inleiding/' };
    const { module } = await setup({
      [KEY]: encodeStored(1, [valid, other, { ...sectionNote, id: 's1' }]),
    });
    const before = module.$aantekeningen.get();
    module.setOrphaned('studie/5-doelen/', new Set());
    expect(module.$aantekeningen.get()).toBe(before);
    module.setOrphaned('studie/5-doelen/', new Set(['a1', 'o1', 's1']));
    const wees = module.$aantekeningen.get().map((a) => [a.id, Boolean(a.wees)]);
    expect(wees).toEqual([
      ['a1', true],
      ['o1', false],
      ['s1', false],
    ]);
  });

  it('keeps the reading place when the same section is reported again', async () => {
    const { module } = await setup({});
    module.setReadingPlace('studie/5-doelen/', '5-4', '§ 5.4', new Date(T));
    module.setReadingPlace('studie/5-doelen/', '5-4', '§ 5.4');
    expect(module.$readingPlaces.get()['studie/5-doelen/']!.bijgewerkt).toBe(T);
    module.setRead('studie/1-inleiding/', true);
    expect(module.$readingPlaces.get()['studie/1-inleiding/']!.gelezen).toBeDefined();
  });

  it('exports what is kept as a backup another browser can read back', async () => {
    const { module } = await setup({ [KEY]: encodeStored(1, [valid]) });
    module.setReadingPlace('studie/5-doelen/', '5-4', '§ 5.4');
    const backupModule = await import('@/stores/annotations-backup');
    const text = backupModule.exportBackup();
    expect(JSON.parse(text)).toMatchObject({ soort: 'zelfsturing-aantekeningen', versie: 1 });
    module.removeAll();
    expect(backupModule.importBackup(text)).toMatchObject({ ok: true, toegevoegd: 1 });
    expect(module.$aantekeningen.get()).toEqual([valid]);
    expect(module.$readingPlaces.get()['studie/5-doelen/']).toMatchObject({ sectie: '5-4' });
    expect(backupModule.importBackup(text)).toMatchObject({ ok: true, toegevoegd: 0, dubbel: 1 });
  });
});
