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
type SecondSessionModule = typeof import('@/stores/quiz-klas-second-session');
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
  cleanup = () => cleanStores(loaded.module.$selfPlaySession);
  return loaded;
}

async function loadKlas(storage = new FakeStorage()) {
  const loaded = await loadWith<{
    klas: KlasModule;
    second: SecondSessionModule;
    stale: StaleModule;
  }>(storage, async () => ({
    klas: await import('@/stores/quiz-klas'),
    second: await import('@/stores/quiz-klas-second-session'),
    stale: await import('@/stores/stale-session'),
  }));
  const { klas } = loaded.module;
  cleanup = () =>
    cleanStores(klas.$klasSession, klas.$klasSecondSession, klas.$tallySide, klas.$freshInput);
  return loaded;
}

describe('self-play round ($selfPlaySession)', () => {
  it('starts a shuffled round over the chosen statements and keeps it for a reload', async () => {
    const { module: q, storage } = await loadQuiz();
    q.startRound(ids, ['studie/5-doelen'], 7);
    const s = q.$selfPlaySession.get()!;
    expect(s).toMatchObject({
      keuze: ['studie/5-doelen'],
      ids: shuffle(ids, 7),
      index: 0,
      herhaling: false,
      antwoorden: {},
    });
    expect(stored(storage, q.SELF_PLAY_KEY)).toEqual(s);
  });

  it('does not start a round without statements', async () => {
    const { module: q } = await loadQuiz();
    q.startRound([], ['studie/5-doelen'], 7);
    q.practiceMisses([], 7);
    expect(q.$selfPlaySession.get()).toBeNull();
  });

  it('records one answer per statement and moves on only after an answer', async () => {
    const { module: q } = await loadQuiz();
    q.startRound(ids, [], 3);
    const first = q.$selfPlaySession.get()!.ids[0]!;
    q.goOn();
    expect(q.$selfPlaySession.get()!.index).toBe(0);
    q.chooseOordeel('waar');
    q.chooseOordeel('misvatting');
    expect(q.$selfPlaySession.get()!.antwoorden).toEqual({ [first]: 'waar' });
    q.goOn();
    expect(q.$selfPlaySession.get()!.index).toBe(1);
  });

  it('ignores answers and steps when no round runs', async () => {
    const { module: q } = await loadQuiz();
    q.chooseOordeel('waar');
    q.goOn();
    expect(q.$selfPlaySession.get()).toBeNull();
  });

  it('practises only the misses, marked as a repeat, and stop drops the round', async () => {
    const { module: q, storage } = await loadQuiz();
    q.practiceMisses(['h8-a', 'h5-b'], 5);
    expect(q.$selfPlaySession.get()).toMatchObject({
      keuze: [],
      ids: shuffle(['h8-a', 'h5-b'], 5),
      herhaling: true,
    });
    q.stopRound();
    expect(q.$selfPlaySession.get()).toBeNull();
    expect(stored(storage, q.SELF_PLAY_KEY)).toEqual(null);
  });

  it('resumes a stored round after a reload', async () => {
    const first = await loadQuiz();
    first.module.startRound(ids, [], 9);
    first.module.chooseOordeel('waar');
    const saved = first.module.$selfPlaySession.get();
    cleanup();
    const { module: q } = await loadQuiz(new FakeStorage(first.storage.snapshot()));
    expect(q.$selfPlaySession.get()).toEqual(saved);
  });
});

describe('classroom session ($klasSession)', () => {
  it('starts a presentation on the first statement with the chosen options', async () => {
    const { module: m } = await loadKlas();
    m.klas.$tallySide.set('misvatting');
    m.klas.$freshInput.set(false);
    m.klas.startPresenter(ids, opties);
    expect(m.klas.$klasSession.get()).toMatchObject({
      ids,
      index: 0,
      einde: false,
      timer: 30,
      tweedeStemming: 'uit',
    });
    expect(Object.keys(m.klas.$klasSession.get()!.rondes)).toEqual(['h5-a']);
    // A new step points the keys at the first tally again.
    expect(m.klas.$tallySide.get()).toBe('waar');
    expect(m.klas.$freshInput.get()).toBe(true);
  });

  it('does not start a presentation without statements', async () => {
    const { module: m } = await loadKlas();
    m.klas.startPresenter([], opties);
    expect(m.klas.$klasSession.get()).toBeNull();
  });

  it('stops a presentation back to the set builder', async () => {
    const { module: m } = await loadKlas();
    m.klas.startPresenter(ids, opties);
    m.klas.stopPresenter();
    expect(m.klas.$klasSession.get()).toBeNull();
  });

  it('parks the running session in the second slot and swaps it back', async () => {
    const { module: m, storage } = await loadKlas();
    m.klas.startPresenter(ids, opties);
    const eerste = m.klas.$klasSession.get();
    expect(m.second.parkSession()).toBe(true);
    expect(m.klas.$klasSession.get()).toBeNull();
    expect(m.klas.$klasSecondSession.get()).toEqual(eerste);
    expect(stored(storage, m.klas.KLAS_SECOND_SESSION_KEY)).toEqual(eerste);

    m.klas.startPresenter(['h8-a'], opties);
    const nieuw = m.klas.$klasSession.get();
    m.klas.switchSession();
    expect(m.klas.$klasSession.get()).toEqual(eerste);
    expect(m.klas.$klasSecondSession.get()).toEqual(nieuw);

    m.klas.stopSecondSession();
    expect(m.klas.$klasSecondSession.get()).toBeNull();
    // Nothing to swap in: the running session stays.
    m.klas.switchSession();
    expect(m.klas.$klasSession.get()).toEqual(eerste);
  });

  it('parking with no session running changes nothing', async () => {
    const { module: m } = await loadKlas();
    expect(m.second.parkSession()).toBe(true);
    expect(m.klas.$klasSecondSession.get()).toBeNull();
  });

  it('sets an older parked session aside (not lost) when another one is parked over it', async () => {
    const { module: m, storage } = await loadKlas();
    m.klas.startPresenter(ids, opties);
    m.second.parkSession();
    const oudRaw = storage.getItem(m.klas.KLAS_SECOND_SESSION_KEY)!;
    m.klas.startPresenter(['h8-a'], opties);
    const nieuw = m.klas.$klasSession.get();
    expect(m.second.parkSession()).toBe(true);
    expect(m.klas.$klasSecondSession.get()).toEqual(nieuw);
    const copies = [...storage.data.entries()].filter(
      ([k, v]) => k !== m.klas.KLAS_SECOND_SESSION_KEY && v === oudRaw,
    );
    expect(copies).toHaveLength(1);
  });

  it('keeps both sessions where they are when the older parked one cannot be copied aside', async () => {
    const { module: m, storage } = await loadKlas();
    m.klas.startPresenter(ids, opties);
    m.second.parkSession();
    const oud = m.klas.$klasSecondSession.get();
    m.klas.startPresenter(['h8-a'], opties);
    const nieuw = m.klas.$klasSession.get();
    storage.full = true;
    expect(m.second.parkSession()).toBe(false);
    expect(m.klas.$klasSession.get()).toEqual(nieuw);
    expect(m.klas.$klasSecondSession.get()).toEqual(oud);
  });
});

describe('forgetting statements the site no longer has (forgetStaleSession)', () => {
  it('drops unknown statements from a running session and names them', async () => {
    const { module: m } = await loadKlas();
    m.klas.startPresenter(ids, opties);
    const dropped = m.stale.forgetStaleSession(
      m.klas.$klasSession,
      new Set(['h5-a', 'h8-a']),
      'klas',
    );
    expect(dropped).toEqual(['h5-b']);
    expect(m.klas.$klasSession.get()!.ids).toEqual(['h5-a', 'h8-a']);
  });

  it('leaves a session of known statements, and no session, untouched', async () => {
    const { module: m } = await loadKlas();
    expect(m.stale.forgetStaleSession(m.klas.$klasSession, new Set(ids), 'klas')).toEqual([]);
    m.klas.startPresenter(ids, opties);
    const before = m.klas.$klasSession.get();
    expect(m.stale.forgetStaleSession(m.klas.$klasSession, new Set(ids), 'klas')).toEqual([]);
    expect(m.klas.$klasSession.get()).toBe(before);
  });

  it('ends the session when none of its statements is left', async () => {
    const { module: m } = await loadKlas();
    m.klas.startPresenter(['h5-a'], opties);
    expect(m.stale.forgetStaleSession(m.klas.$klasSession, new Set(), 'klas')).toEqual(['h5-a']);
    expect(m.klas.$klasSession.get()).toBeNull();
  });
});
