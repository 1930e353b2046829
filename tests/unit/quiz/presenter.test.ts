import { describe, expect, it } from 'vitest';
import {
  activeTally,
  phasePath,
  goToStelling,
  currentPhase,
  currentRound,
  klasResults,
  secondsLeft,
  startRevote,
  startKlasSession,
  nextPhase,
  previousPhase,
  changeTally,
  toggleTimer,
  type KlasOptions,
  type KlasSession,
} from '@/lib/quiz/presenter';
import { adjustTally, setTally } from '@/lib/quiz/tally';

const ids = ['h5-a', 'h5-b', 'h8-a'];
const now = 1_700_000_000_000;
const start = (opties: Partial<KlasOptions> = {}) =>
  startKlasSession(ids, { timer: 0, tweedeStemming: 'uit', ...opties }, new Date(now));

/** Presses "next phase" n times and lists the phases seen. */
function walk(s: KlasSession, n: number): { s: KlasSession; fasen: string[] } {
  const fasen: string[] = [];
  for (let i = 0; i < n; i++) {
    s = nextPhase(s, now);
    fasen.push(`${s.index}:${currentPhase(s)}`);
  }
  return { s, fasen };
}

describe('phases of the classroom session', () => {
  it('steps statement → vote → verdict → next statement without a timer or second vote', () => {
    const { fasen } = walk(start(), 7);
    expect(fasen).toEqual([
      '0:stemmen',
      '0:oordeel',
      '1:stelling',
      '1:stemmen',
      '1:oordeel',
      '2:stelling',
      '2:stemmen',
    ]);
  });

  it('runs a countdown when a timer is set, and counts down', () => {
    const s = nextPhase(start({ timer: 30 }), now);
    expect(currentPhase(s)).toBe('aftellen');
    expect(secondsLeft(s, now)).toBe(30);
    expect(secondsLeft(s, now + 29_500)).toBe(1);
    expect(secondsLeft(s, now + 40_000)).toBe(0);
    expect(currentPhase(nextPhase(s, now))).toBe('stemmen');
    expect(nextPhase(s, now).aftellenTot).toBeNull();
  });

  it('adds a second vote and the shift after the verdict', () => {
    const { fasen } = walk(start({ tweedeStemming: 'na-oordeel' }), 5);
    expect(fasen).toEqual([
      '0:stemmen',
      '0:oordeel',
      '0:herstemmen',
      '0:verschuiving',
      '1:stelling',
    ]);
  });

  it('puts the second vote before the verdict in peer-instruction order', () => {
    const { fasen } = walk(start({ tweedeStemming: 'voor-oordeel' }), 4);
    expect(fasen).toEqual(['0:stemmen', '0:herstemmen', '0:oordeel', '1:stelling']);
  });

  it('marks the verdict as shown', () => {
    const { s } = walk(start(), 2);
    expect(currentRound(s).onthuld).toBe(true);
  });

  it('starts a second vote on request after the verdict only', () => {
    let s = start();
    expect(startRevote(s, now)).toBe(s);
    s = walk(s, 2).s;
    s = startRevote(s, now);
    expect(currentPhase(s)).toBe('herstemmen');
    expect(currentRound(s).tweede).toEqual({ waar: 0, misvatting: 0 });
    expect(phasePath(s)).toContain('verschuiving');
    expect(currentPhase(nextPhase(s, now))).toBe('verschuiving');
  });

  it('reaches the end screen after the last statement and can come back', () => {
    const s = walk(start(), 9).s;
    expect(currentPhase(s)).toBe('einde');
    expect(nextPhase(s, now)).toBe(s);
    const back = previousPhase(s, now);
    expect(back.einde).toBe(false);
    expect(back.index).toBe(2);
  });

  it('goes back one phase, then to the previous statement where it was left', () => {
    let s = walk(start(), 3).s; // 1:stelling
    s = previousPhase(s, now);
    expect([s.index, currentPhase(s)]).toEqual([0, 'oordeel']);
    s = previousPhase(s, now);
    expect(currentPhase(s)).toBe('stemmen');
    s = previousPhase(previousPhase(s, now), now);
    expect([s.index, currentPhase(s)]).toEqual([0, 'stelling']);
  });

  it('skips the countdown when going back', () => {
    const s = walk(start({ timer: 60 }), 2).s;
    expect(currentPhase(s)).toBe('stemmen');
    expect(currentPhase(previousPhase(s, now))).toBe('stelling');
  });

  it('jumps between statements and remembers where each one was', () => {
    let s = walk(start(), 2).s; // 0: oordeel
    s = goToStelling(s, 2, now);
    expect([s.index, currentPhase(s)]).toEqual([2, 'stelling']);
    s = goToStelling(s, 0, now);
    expect([s.index, currentPhase(s)]).toEqual([0, 'oordeel']);
    expect(goToStelling(s, 3, now).einde).toBe(true);
  });

  it('cycles the timer and adapts a running countdown', () => {
    let s = start();
    s = toggleTimer(s, now);
    expect(s.timer).toBe(30);
    s = nextPhase(s, now);
    s = toggleTimer(s, now + 5000);
    expect(s.timer).toBe(60);
    expect(s.aftellenTot).toBe(now + 65_000);
    s = toggleTimer(toggleTimer(s, now), now);
    expect(s.timer).toBe(0);
    expect(currentPhase(s)).toBe('stemmen');
  });
});

describe('tallies in the session', () => {
  it('changes the first tally while voting, and the second while voting again', () => {
    let s = nextPhase(start({ tweedeStemming: 'na-oordeel' }), now);
    expect(activeTally(s)).toBe('eerste');
    s = changeTally(s, (t) => setTally(t, 'waar', 7));
    s = changeTally(s, (t) => adjustTally(t, 'misvatting', 1));
    s = walk(s, 2).s;
    expect(activeTally(s)).toBe('tweede');
    s = changeTally(s, (t) => setTally(t, 'misvatting', 6));
    expect(currentRound(s).eerste).toEqual({ waar: 7, misvatting: 1 });
    expect(currentRound(s).tweede).toEqual({ waar: 0, misvatting: 6 });
  });

  it('ignores tally changes outside a vote', () => {
    const s = start();
    expect(activeTally(s)).toBeUndefined();
    expect(changeTally(s, (t) => setTally(t, 'waar', 3))).toBe(s);
  });

  it('lists every statement with its votes for the end screen', () => {
    let s = nextPhase(start(), now);
    s = changeTally(s, (t) => setTally(t, 'waar', 4));
    s = walk(s, 2).s; // statement 2 shown, never voted
    const rows = klasResults(s, (id) => (id === 'h5-a' ? 'waar' : 'misvatting'));
    expect(rows).toEqual([
      {
        nummer: 1,
        id: 'h5-a',
        oordeel: 'waar',
        eerste: { waar: 4, misvatting: 0 },
        tweede: undefined,
      },
      { nummer: 2, id: 'h5-b', oordeel: 'misvatting', eerste: undefined, tweede: undefined },
      { nummer: 3, id: 'h8-a', oordeel: 'misvatting', eerste: undefined, tweede: undefined },
    ]);
  });
});
