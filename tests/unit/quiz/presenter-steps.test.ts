// The classroom presenter at the steps a trainer takes less often: going back through a
// countdown, returning to a statement whose countdown was running, the peer-instruction
// second vote, and a stored session whose phase this path does not know.
import { describe, expect, it } from 'vitest';
import {
  goToStelling,
  currentPhase,
  currentRound,
  secondsLeft,
  startRevote,
  startKlasSession,
  nextPhase,
  previousPhase,
  changeTally,
  type KlasOptions,
  type KlasSession,
} from '@/lib/quiz/presenter';
import { setTally } from '@/lib/quiz/tally';

const ids = ['h5-a', 'h5-b'];
const now = 1_700_000_000_000;
const start = (opties: Partial<KlasOptions> = {}) =>
  startKlasSession(ids, { timer: 0, tweedeStemming: 'uit', ...opties }, new Date(now));

describe('countdown', () => {
  it('going back from a running countdown shows the statement again and stops the clock', () => {
    const s = nextPhase(start({ timer: 30 }), now);
    expect(currentPhase(s)).toBe('aftellen');
    expect(secondsLeft(s, now)).toBe(30);
    const back = previousPhase(s, now + 5000);
    expect(currentPhase(back)).toBe('stelling');
    expect(back.aftellenTot).toBeNull();
    expect(secondsLeft(back, now + 5000)).toBe(0);
  });

  it('returning to a statement whose countdown was running starts the countdown over', () => {
    let s = nextPhase(start({ timer: 60 }), now);
    s = goToStelling(s, 1, now);
    s = goToStelling(s, 0, now + 100_000);
    expect(currentPhase(s)).toBe('aftellen');
    expect(secondsLeft(s, now + 100_000)).toBe(60);
  });

  it('returning there after the countdown was switched off goes straight to the vote', () => {
    let s = nextPhase(start({ timer: 30 }), now);
    s = goToStelling(s, 1, now);
    s = goToStelling({ ...s, timer: 0 }, 0, now);
    expect(currentPhase(s)).toBe('stemmen');
    expect(s.aftellenTot).toBeNull();
  });
});

describe('peer instruction (second vote before the verdict)', () => {
  it('H starts the second vote during the first vote only', () => {
    let s = start({ tweedeStemming: 'voor-oordeel' });
    expect(startRevote(s, now)).toBe(s);
    s = nextPhase(s, now);
    expect(currentPhase(s)).toBe('stemmen');
    s = startRevote(s, now);
    expect(currentPhase(s)).toBe('herstemmen');
    expect(currentRound(s).tweede).toEqual({ waar: 0, misvatting: 0 });
    s = changeTally(s, (t) => setTally(t, 'waar', 4));
    expect(currentRound(s).tweede).toEqual({ waar: 4, misvatting: 0 });
    expect(currentPhase(nextPhase(s, now))).toBe('oordeel');
  });
});

describe('stored sessions', () => {
  it('a phase outside the current path moves on to the vote', () => {
    // A session stored with a second-vote phase, after the second vote was switched off.
    const s = start();
    const odd: KlasSession = {
      ...s,
      rondes: { 'h5-a': { ...s.rondes['h5-a']!, fase: 'verschuiving' } },
      tweedeStemming: 'voor-oordeel',
    };
    expect(currentPhase(nextPhase(odd, now))).toBe('stemmen');
  });

  it('a statement without a round yet shows as a fresh statement', () => {
    const s: KlasSession = { ...start(), index: 1 };
    expect(currentRound(s)).toMatchObject({ fase: 'stelling', onthuld: false });
  });

  it('a second vote without a stored tally counts from zero', () => {
    const s = start();
    const voting: KlasSession = {
      ...s,
      rondes: { 'h5-a': { fase: 'herstemmen', eerste: { waar: 2, misvatting: 1 }, onthuld: true } },
    };
    const changed = changeTally(voting, (t) => setTally(t, 'misvatting', 3));
    expect(currentRound(changed).tweede).toEqual({ waar: 0, misvatting: 3 });
    expect(currentRound(changed).eerste).toEqual({ waar: 2, misvatting: 1 });
  });
});
