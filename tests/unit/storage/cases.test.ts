// The promises of issue #18 at the storage layer, one case each: a save that would
// break the limit loading enforces is refused before anything is lost; a list keeps
// every valid entry; a copy that cannot be made leaves the original in place; a round
// or session with unknown statements keeps the rest; newer data is named newer.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanStores, type WritableAtom } from 'nanostores';
import { encodeStored } from '@/lib/storage/versioned';
import { asideKey } from '@/lib/storage/aside';
import { parseAsideKey } from '@/lib/storage/aside-parse';
import { withoutUnknown } from '@/lib/quiz/stale';
import { startSelfPlaySession } from '@/lib/quiz/selfplay';
import { startKlasSession } from '@/lib/quiz/klas-session';
import { storageStrings } from '@/strings/storage';
import { listSome, omittedMessage } from '@/strings/quiz-stale';
import { FakeStorage } from './fake-storage';
import { kaart } from './fixtures';
import { loadWith, settle, unload } from './load';

const KAARTEN = 'zelfsturing:doelkaarten';
const MINDSET = 'zelfsturing:mindsettest';

const uitslag = (i: number) => ({
  id: `r${i}`,
  datum: '2025-01-01T00:00:00.000Z',
  gebied: 'Werk',
  antwoorden: [1, 2, 3, 4, 5, 1, 2, 3, 4, 5],
});

const mounted: WritableAtom<unknown>[] = [];
afterEach(async () => {
  await settle();
  cleanStores(...mounted.splice(0));
  unload();
});

const asideOf = (storage: FakeStorage, key: string) =>
  [...storage.data.keys()]
    .map((k) => ({ k, parsed: parseAsideKey(k) }))
    .filter((a) => a.parsed?.key === key);

async function goals(storage: FakeStorage) {
  const loaded = await loadWith(storage, () => import('@/stores/goals'));
  mounted.push(
    loaded.module.$doelkaarten as WritableAtom<unknown>,
    loaded.module.$doelConcept as WritableAtom<unknown>,
  );
  loaded.module.$doelkaarten.listen(() => {});
  await loaded.persisted.storageSettled();
  return loaded;
}

describe('case 1: a save checks the limit that loading enforces', () => {
  it('the 201st goal card is refused with a message; the 200 stay stored and load again', async () => {
    const stored = encodeStored(
      1,
      Array.from({ length: 200 }, (_, i) => kaart(i)),
    );
    const storage = new FakeStorage({ [KAARTEN]: stored });
    const { module: g, persisted } = await goals(storage);
    expect(g.$doelkaarten.get()).toHaveLength(200);
    g.setDoel('Ik wil leren hoe ik nog een kaart maak.');
    expect(g.saveConcept()).toEqual({ ok: false, problemen: ['te-veel-kaarten'] });
    await settle();
    expect(storage.getItem(KAARTEN)).toBe(stored);
    const notice = persisted.$storageNotices.get().find((n) => n.key === KAARTEN);
    expect(notice?.message).toBe('Je hebt 200 doelkaarten; verwijder of exporteer er eerst een.');
    // Editing an existing card is still possible at the limit.
    expect(g.editCard('k3')).toBe(true);
    expect(g.saveConcept().ok).toBe(true);
    // And a reload shows every card.
    const again = await goals(storage);
    expect(again.module.$doelkaarten.get()).toHaveLength(200);
  });

  it('a list written past its limit by any path is not stored, and the visitor is told', async () => {
    const stored = encodeStored(
      1,
      Array.from({ length: 200 }, (_, i) => kaart(i)),
    );
    const storage = new FakeStorage({ [KAARTEN]: stored });
    const { module: g, persisted } = await goals(storage);
    g.$doelkaarten.set([...g.$doelkaarten.get(), kaart(999)]);
    await settle();
    expect(storage.getItem(KAARTEN)).toBe(stored);
    expect(persisted.$storageNotices.get().map((n) => n.kind)).toContain('limit');
  });

  it('the 501st mindset result is refused; the answers stay', async () => {
    const stored = encodeStored(
      1,
      Array.from({ length: 500 }, (_, i) => uitslag(i)),
    );
    const storage = new FakeStorage({ [MINDSET]: stored });
    const { module: m, persisted } = await loadWith(storage, () => import('@/stores/mindset'));
    mounted.push(m.$mindsetResults as WritableAtom<unknown>);
    for (let n = 1; n <= 10; n++) m.setAnswer(n, 3);
    m.chooseArea('anders');
    m.setOwnArea('Sport');
    const r = m.submitTest();
    expect(r.ok).toBe(false);
    expect(!r.ok && r.vol).toBe(true);
    await settle();
    expect(persisted.$storageNotices.get()[0]!.message).toBe(
      'Je hebt 500 uitslagen; verwijder of exporteer er eerst een.',
    );
    expect(m.$mindsetAnswers.get().every((a) => a === 3)).toBe(true);
    expect(storage.getItem(MINDSET)).toBe(stored);
    expect(persisted.$storageNotices.get().map((n) => n.kind)).toEqual(['limit']);
  });
});

describe('partial lists: one bad entry never hides the rest', () => {
  it('keeps every valid card, sets aside the original with the reason, says how many', async () => {
    const raw = encodeStored(1, [kaart(1), { id: 'kapot' }, kaart(2), kaart(1), kaart(3)]);
    const storage = new FakeStorage({ [KAARTEN]: raw });
    const { module: g, persisted } = await goals(storage);
    expect(g.$doelkaarten.get().map((k) => k.id)).toEqual(['k1', 'k2', 'k3']);
    const aside = asideOf(storage, KAARTEN);
    expect(aside).toHaveLength(1);
    expect(aside[0]!.parsed!.reason).toBe('partial');
    expect(storage.getItem(aside[0]!.k)).toBe(raw);
    expect(storage.getItem(KAARTEN)).toBe(encodeStored(1, [kaart(1), kaart(2), kaart(3)]));
    expect(persisted.$storageNotices.get()).toEqual([
      { key: KAARTEN, kind: 'partial', message: storageStrings.partial(2) },
    ]);
  });

  it('a list over its limit keeps the first entries and sets aside the whole original', async () => {
    const raw = encodeStored(
      1,
      Array.from({ length: 203 }, (_, i) => kaart(i)),
    );
    const storage = new FakeStorage({ [KAARTEN]: raw });
    const { module: g } = await goals(storage);
    expect(g.$doelkaarten.get()).toHaveLength(200);
    expect(storage.getItem(asideOf(storage, KAARTEN)[0]!.k)).toBe(raw);
  });

  it('when the copy cannot be made, the valid entries show and the original is not written over', async () => {
    const raw = encodeStored(1, [kaart(1), { id: 'kapot' }]);
    const storage = new FakeStorage({ [KAARTEN]: raw });
    storage.full = true;
    const { module: g, persisted } = await goals(storage);
    expect(g.$doelkaarten.get().map((k) => k.id)).toEqual(['k1']);
    expect(persisted.$storageNotices.get().map((n) => n.kind)).toEqual(['kept']);
    g.deleteCard('k1');
    await settle();
    expect(storage.getItem(KAARTEN)).toBe(raw);
    expect(asideOf(storage, KAARTEN)).toEqual([]);
  });
});

describe('data from a newer version', () => {
  it('is named newer, set aside untouched, and the store starts empty', async () => {
    const raw = encodeStored(7, [kaart(1)]);
    const storage = new FakeStorage({ [KAARTEN]: raw });
    const { module: g, persisted } = await goals(storage);
    expect(g.$doelkaarten.get()).toEqual([]);
    const notice = persisted.$storageNotices.get()[0]!;
    expect(notice.kind).toBe('newer');
    expect(notice.message).toMatch(/nieuwere versie/);
    expect(notice.message).not.toMatch(/oudere/);
    const aside = asideOf(storage, KAARTEN);
    expect(aside.map((a) => a.parsed!.reason)).toEqual(['newer']);
    expect(storage.getItem(aside[0]!.k)).toBe(raw);
    expect(storage.getItem(KAARTEN)).toBeNull();
  });
});

describe('unknown statements in a stored round or session', () => {
  const known = new Set(['a', 'b', 'd']);

  it('self-play keeps the rest, their answers and its place, and names what was dropped', () => {
    const s = {
      ...startSelfPlaySession(['a', 'x', 'b', 'y', 'd'], [], 1),
      ids: ['a', 'x', 'b', 'y', 'd'],
      index: 3,
      antwoorden: { a: 'waar', x: 'waar', b: 'misvatting' } as const,
    };
    const { session, dropped } = withoutUnknown(s, known, 'zelf');
    expect(dropped).toEqual(['x', 'y']);
    expect(session).toMatchObject({
      ids: ['a', 'b', 'd'],
      index: 2,
      antwoorden: { a: 'waar', b: 'misvatting' },
    });
  });

  it('self-play on its end screen stays on the end screen', () => {
    const s = { ...startSelfPlaySession(['a', 'x'], [], 1), ids: ['a', 'x'], index: 2 };
    expect(withoutUnknown(s, known, 'zelf').session).toMatchObject({ ids: ['a'], index: 1 });
  });

  it('a classroom session keeps its rounds and stays within its statements', () => {
    const s = startKlasSession(['a', 'b', 'x'], { timer: 0, tweedeStemming: 'uit' }, new Date(0));
    const op = { ...s, index: 2, rondes: { ...s.rondes, x: s.rondes.a! } };
    const { session, dropped } = withoutUnknown(op, known, 'klas');
    expect(dropped).toEqual(['x']);
    expect(session).toMatchObject({ ids: ['a', 'b'], index: 1 });
    expect(Object.keys(session!.rondes)).toEqual(['a']);
  });

  it('nothing known left: no session', () => {
    const s = startKlasSession(['x'], { timer: 0, tweedeStemming: 'uit' }, new Date(0));
    expect(withoutUnknown(s, known, 'klas')).toEqual({ session: null, dropped: ['x'] });
  });

  it('the stores drop them and return their ids; the message names a handful', async () => {
    const storage = new FakeStorage({
      'zelfsturing:quiz-klas': encodeStored(
        1,
        startKlasSession(['a', 'gone-1', 'b'], { timer: 0, tweedeStemming: 'uit' }, new Date(0)),
      ),
    });
    const { module: k } = await loadWith(storage, () => import('@/stores/quiz-klas'));
    const { forgetStaleSession } = await import('@/stores/stale-session');
    mounted.push(k.$klasSession as WritableAtom<unknown>);
    expect(forgetStaleSession(k.$klasSession, new Set(['a', 'b']), 'klas')).toEqual(['gone-1']);
    expect(k.$klasSession.get()?.ids).toEqual(['a', 'b']);
    expect(forgetStaleSession(k.$klasSession, new Set(['a', 'b']), 'klas')).toEqual([]);
    const many = Array.from({ length: 40 }, (_, i) => `weg-${i}`);
    const text = omittedMessage(many);
    expect(text).toContain('weg-0, weg-1, weg-2, weg-3, weg-4 en nog 35');
    expect(text).not.toContain('weg-5');
  });
});

describe('echoes are bounded', () => {
  it('names at most five items, each cut to a sensible length', () => {
    expect(listSome(['a', 'b'])).toBe('a, b');
    expect(listSome(['x'.repeat(23_000)]).length).toBeLessThan(60);
    expect(listSome(Array.from({ length: 1000 }, () => 'y'.repeat(100))).length).toBeLessThan(300);
  });
});

describe('set-aside keys', () => {
  it('say which key, when and why; never overwrite an earlier copy; other keys are not copies', () => {
    const when = new Date('2026-12-01T09:30:00.000Z');
    const k = asideKey('zelfsturing:stellingen:studie/5-doelen', when, 'newer');
    expect(parseAsideKey(k)).toEqual({
      key: 'zelfsturing:stellingen:studie/5-doelen',
      date: when.toISOString(),
      reason: 'newer',
    });
    const taken = new Set([k]);
    const next = asideKey('zelfsturing:stellingen:studie/5-doelen', when, 'newer', (x) =>
      taken.has(x),
    );
    expect(next).not.toBe(k);
    expect(parseAsideKey(next)?.reason).toBe('newer');
    // Copies made by older code have no reason in their key.
    expect(parseAsideKey('zelfsturing:quiz:apart:2025-01-01T00:00:00.000Z')?.reason).toBe(
      'unknown',
    );
    expect(parseAsideKey('zelfsturing:doelkaarten')).toBeUndefined();
  });
});

describe('a copy is trusted only once it reads back', () => {
  it('a write that reports success but does not hold leaves no copy and returns nothing', async () => {
    const { copyAside } = await import('@/lib/storage/aside');
    const data = new Map<string, string>([['k', 'origineel']]);
    const liar = {
      read: (k: string) => data.get(k) ?? null,
      write: () => true,
      remove: (k: string) => void data.delete(k),
    };
    expect(copyAside(liar, 'k', 'origineel', 'corrupt')).toBeUndefined();
    expect([...data.keys()]).toEqual(['k']);
    const honest = { ...liar, write: (k: string, v: string) => (data.set(k, v), true) };
    const copy = copyAside(honest, 'k', 'origineel', 'corrupt')!;
    expect(data.get(copy)).toBe('origineel');
    expect(data.get('k')).toBe('origineel');
  });
});

describe('case 3 at the store: what counts as unsaved work', () => {
  it('an empty draft or one equal to its saved card is not; typed text or a change is', async () => {
    const { module: g } = await goals(new FakeStorage());
    expect(g.conceptHasUnsavedText()).toBe(false);
    g.setOriginal('Ik wil leren netwerken.');
    expect(g.conceptHasUnsavedText()).toBe(true);
    g.setDoel('Ik wil leren hoe ik een netwerk opbouw.');
    expect(g.saveConcept().ok).toBe(true);
    expect(g.conceptHasUnsavedText()).toBe(false);
    g.setStrategy(0, 'Vraag drie oud-collega’s om een kop koffie');
    expect(g.conceptHasUnsavedText()).toBe(true);
  });
});
