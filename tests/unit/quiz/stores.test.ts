// The quiz stores: the self-play round on /quiz/ and the classroom session (and its
// second slot) on /quiz/klas/. Each test loads the stores fresh on a fake localStorage,
// as a page load does, so what a reload would find can be checked.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanStores } from 'nanostores';
import { shuffle } from '@/lib/quiz/shuffle';
import { FakeStorage } from '../storage/fake-storage';
import { loadWith, unload } from '../storage/load';

type QuizModule = typeof import('@/stores/quiz');
type KlasModule = typeof import('@/stores/quiz-klas');
type TweedeModule = typeof import('@/stores/quiz-klas-tweede');
type StaleModule = typeof import('@/stores/stale-session');

const ids = ['h5-a', 'h5-b', 'h8-a'];
const opties = { timer: 30, tweedeStemming: 'uit' } as const;

/** The value stored under `key`, out of its versioned envelope. */
const stored = (storage: FakeStorage, key: string): unknown =>
  JSON.parse(storage.getItem(key)!).data;

let cleanup: () => void = () => {};
afterEach(() => {
  cleanup();
  unload();
});

async function loadQuiz(storage = new FakeStorage()) {
  const loaded = await loadWith<QuizModule>(storage, () => import('@/stores/quiz'));
  cleanup = () => cleanStores(loaded.module.$zelfSessie);
  return loaded;
}

async function loadKlas(storage = new FakeStorage()) {
  const loaded = await loadWith<{ klas: KlasModule; tweede: TweedeModule; stale: StaleModule }>(
    storage,
    async () => ({
      klas: await import('@/stores/quiz-klas'),
      tweede: await import('@/stores/quiz-klas-tweede'),
      stale: await import('@/stores/stale-session'),
    }),
  );
  const { klas } = loaded.module;
  cleanup = () =>
    cleanStores(klas.$klasSessie, klas.$klasTweede, klas.$tellingKant, klas.$verseInvoer);
  return loaded;
}

describe('self-play round ($zelfSessie)', () => {
  it('starts a shuffled round over the chosen statements and keeps it for a reload', async () => {
    const { module: q, storage } = await loadQuiz();
    q.startRound(ids, ['studie/5-doelen'], 7);
    const s = q.$zelfSessie.get()!;
    expect(s).toMatchObject({
      keuze: ['studie/5-doelen'],
      ids: shuffle(ids, 7),
      index: 0,
      herhaling: false,
      antwoorden: {},
    });
    expect(stored(storage, q.ZELF_KEY)).toEqual(s);
  });

  it('does not start a round without statements', async () => {
    const { module: q } = await loadQuiz();
    q.startRound([], ['studie/5-doelen'], 7);
    q.practiceMisses([], 7);
    expect(q.$zelfSessie.get()).toBeNull();
  });

  it('records one answer per statement and moves on only after an answer', async () => {
    const { module: q } = await loadQuiz();
    q.startRound(ids, [], 3);
    const first = q.$zelfSessie.get()!.ids[0]!;
    q.goOn();
    expect(q.$zelfSessie.get()!.index).toBe(0);
    q.chooseOordeel('waar');
    q.chooseOordeel('misvatting');
    expect(q.$zelfSessie.get()!.antwoorden).toEqual({ [first]: 'waar' });
    q.goOn();
    expect(q.$zelfSessie.get()!.index).toBe(1);
  });

  it('ignores answers and steps when no round runs', async () => {
    const { module: q } = await loadQuiz();
    q.chooseOordeel('waar');
    q.goOn();
    expect(q.$zelfSessie.get()).toBeNull();
  });

  it('practises only the misses, marked as a repeat, and stop drops the round', async () => {
    const { module: q, storage } = await loadQuiz();
    q.practiceMisses(['h8-a', 'h5-b'], 5);
    expect(q.$zelfSessie.get()).toMatchObject({
      keuze: [],
      ids: shuffle(['h8-a', 'h5-b'], 5),
      herhaling: true,
    });
    q.stopRound();
    expect(q.$zelfSessie.get()).toBeNull();
    expect(stored(storage, q.ZELF_KEY)).toEqual(null);
  });

  it('resumes a stored round after a reload', async () => {
    const first = await loadQuiz();
    first.module.startRound(ids, [], 9);
    first.module.chooseOordeel('waar');
    const saved = first.module.$zelfSessie.get();
    cleanup();
    const { module: q } = await loadQuiz(new FakeStorage(first.storage.snapshot()));
    expect(q.$zelfSessie.get()).toEqual(saved);
  });
});

describe('classroom session ($klasSessie)', () => {
  it('starts a presentation on the first statement with the chosen options', async () => {
    const { module: m } = await loadKlas();
    m.klas.$tellingKant.set('misvatting');
    m.klas.$verseInvoer.set(false);
    m.klas.startPresentatie(ids, opties);
    expect(m.klas.$klasSessie.get()).toMatchObject({
      ids,
      index: 0,
      einde: false,
      timer: 30,
      tweedeStemming: 'uit',
    });
    expect(Object.keys(m.klas.$klasSessie.get()!.rondes)).toEqual(['h5-a']);
    // A new step points the keys at the first tally again.
    expect(m.klas.$tellingKant.get()).toBe('waar');
    expect(m.klas.$verseInvoer.get()).toBe(true);
  });

  it('does not start a presentation without statements', async () => {
    const { module: m } = await loadKlas();
    m.klas.startPresentatie([], opties);
    expect(m.klas.$klasSessie.get()).toBeNull();
  });

  it('stops a presentation back to the set builder', async () => {
    const { module: m } = await loadKlas();
    m.klas.startPresentatie(ids, opties);
    m.klas.stopPresentatie();
    expect(m.klas.$klasSessie.get()).toBeNull();
  });

  it('parks the running session in the second slot and swaps it back', async () => {
    const { module: m, storage } = await loadKlas();
    m.klas.startPresentatie(ids, opties);
    const eerste = m.klas.$klasSessie.get();
    expect(m.tweede.parkSession()).toBe(true);
    expect(m.klas.$klasSessie.get()).toBeNull();
    expect(m.klas.$klasTweede.get()).toEqual(eerste);
    expect(stored(storage, m.klas.KLAS_TWEEDE_KEY)).toEqual(eerste);

    m.klas.startPresentatie(['h8-a'], opties);
    const nieuw = m.klas.$klasSessie.get();
    m.klas.switchSession();
    expect(m.klas.$klasSessie.get()).toEqual(eerste);
    expect(m.klas.$klasTweede.get()).toEqual(nieuw);

    m.klas.stopTweede();
    expect(m.klas.$klasTweede.get()).toBeNull();
    // Nothing to swap in: the running session stays.
    m.klas.switchSession();
    expect(m.klas.$klasSessie.get()).toEqual(eerste);
  });

  it('parking with no session running changes nothing', async () => {
    const { module: m } = await loadKlas();
    expect(m.tweede.parkSession()).toBe(true);
    expect(m.klas.$klasTweede.get()).toBeNull();
  });

  it('sets an older parked session aside (not lost) when another one is parked over it', async () => {
    const { module: m, storage } = await loadKlas();
    m.klas.startPresentatie(ids, opties);
    m.tweede.parkSession();
    const oudRaw = storage.getItem(m.klas.KLAS_TWEEDE_KEY)!;
    m.klas.startPresentatie(['h8-a'], opties);
    const nieuw = m.klas.$klasSessie.get();
    expect(m.tweede.parkSession()).toBe(true);
    expect(m.klas.$klasTweede.get()).toEqual(nieuw);
    const copies = [...storage.data.entries()].filter(
      ([k, v]) => k !== m.klas.KLAS_TWEEDE_KEY && v === oudRaw,
    );
    expect(copies).toHaveLength(1);
  });

  it('keeps both sessions where they are when the older parked one cannot be copied aside', async () => {
    const { module: m, storage } = await loadKlas();
    m.klas.startPresentatie(ids, opties);
    m.tweede.parkSession();
    const oud = m.klas.$klasTweede.get();
    m.klas.startPresentatie(['h8-a'], opties);
    const nieuw = m.klas.$klasSessie.get();
    storage.full = true;
    expect(m.tweede.parkSession()).toBe(false);
    expect(m.klas.$klasSessie.get()).toEqual(nieuw);
    expect(m.klas.$klasTweede.get()).toEqual(oud);
  });
});

describe('forgetting statements the site no longer has (forgetStaleSession)', () => {
  it('drops unknown statements from a running session and names them', async () => {
    const { module: m } = await loadKlas();
    m.klas.startPresentatie(ids, opties);
    const dropped = m.stale.forgetStaleSession(
      m.klas.$klasSessie,
      new Set(['h5-a', 'h8-a']),
      'klas',
    );
    expect(dropped).toEqual(['h5-b']);
    expect(m.klas.$klasSessie.get()!.ids).toEqual(['h5-a', 'h8-a']);
  });

  it('leaves a session of known statements, and no session, untouched', async () => {
    const { module: m } = await loadKlas();
    expect(m.stale.forgetStaleSession(m.klas.$klasSessie, new Set(ids), 'klas')).toEqual([]);
    m.klas.startPresentatie(ids, opties);
    const before = m.klas.$klasSessie.get();
    expect(m.stale.forgetStaleSession(m.klas.$klasSessie, new Set(ids), 'klas')).toEqual([]);
    expect(m.klas.$klasSessie.get()).toBe(before);
  });

  it('ends the session when none of its statements is left', async () => {
    const { module: m } = await loadKlas();
    m.klas.startPresentatie(['h5-a'], opties);
    expect(m.stale.forgetStaleSession(m.klas.$klasSessie, new Set(), 'klas')).toEqual(['h5-a']);
    expect(m.klas.$klasSessie.get()).toBeNull();
  });
});
