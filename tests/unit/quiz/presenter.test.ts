import { describe, expect, it } from 'vitest';
import {
  activeTally,
  fasePad,
  goToStelling,
  huidigeFase,
  huidigeRonde,
  klasResultaten,
  secondsLeft,
  startRevote,
  startKlasSessie,
  nextFase,
  previousFase,
  changeTally,
  toggleTimer,
  type KlasOpties,
  type KlasSessie,
} from '@/lib/quiz/presenter';
import { adjustTally, setTally } from '@/lib/quiz/tally';

const ids = ['h5-a', 'h5-b', 'h8-a'];
const now = 1_700_000_000_000;
const start = (opties: Partial<KlasOpties> = {}) =>
  startKlasSessie(ids, { timer: 0, tweedeStemming: 'uit', ...opties }, new Date(now));

/** Presses "next phase" n times and lists the phases seen. */
function walk(s: KlasSessie, n: number): { s: KlasSessie; fasen: string[] } {
  const fasen: string[] = [];
  for (let i = 0; i < n; i++) {
    s = nextFase(s, now);
    fasen.push(`${s.index}:${huidigeFase(s)}`);
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
    const s = nextFase(start({ timer: 30 }), now);
    expect(huidigeFase(s)).toBe('aftellen');
    expect(secondsLeft(s, now)).toBe(30);
    expect(secondsLeft(s, now + 29_500)).toBe(1);
    expect(secondsLeft(s, now + 40_000)).toBe(0);
    expect(huidigeFase(nextFase(s, now))).toBe('stemmen');
    expect(nextFase(s, now).aftellenTot).toBeNull();
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
    expect(huidigeRonde(s).onthuld).toBe(true);
  });

  it('starts a second vote on request after the verdict only', () => {
    let s = start();
    expect(startRevote(s, now)).toBe(s);
    s = walk(s, 2).s;
    s = startRevote(s, now);
    expect(huidigeFase(s)).toBe('herstemmen');
    expect(huidigeRonde(s).tweede).toEqual({ waar: 0, misvatting: 0 });
    expect(fasePad(s)).toContain('verschuiving');
    expect(huidigeFase(nextFase(s, now))).toBe('verschuiving');
  });

  it('reaches the end screen after the last statement and can come back', () => {
    const s = walk(start(), 9).s;
    expect(huidigeFase(s)).toBe('einde');
    expect(nextFase(s, now)).toBe(s);
    const back = previousFase(s, now);
    expect(back.einde).toBe(false);
    expect(back.index).toBe(2);
  });

  it('goes back one phase, then to the previous statement where it was left', () => {
    let s = walk(start(), 3).s; // 1:stelling
    s = previousFase(s, now);
    expect([s.index, huidigeFase(s)]).toEqual([0, 'oordeel']);
    s = previousFase(s, now);
    expect(huidigeFase(s)).toBe('stemmen');
    s = previousFase(previousFase(s, now), now);
    expect([s.index, huidigeFase(s)]).toEqual([0, 'stelling']);
  });

  it('skips the countdown when going back', () => {
    const s = walk(start({ timer: 60 }), 2).s;
    expect(huidigeFase(s)).toBe('stemmen');
    expect(huidigeFase(previousFase(s, now))).toBe('stelling');
  });

  it('jumps between statements and remembers where each one was', () => {
    let s = walk(start(), 2).s; // 0: oordeel
    s = goToStelling(s, 2, now);
    expect([s.index, huidigeFase(s)]).toEqual([2, 'stelling']);
    s = goToStelling(s, 0, now);
    expect([s.index, huidigeFase(s)]).toEqual([0, 'oordeel']);
    expect(goToStelling(s, 3, now).einde).toBe(true);
  });

  it('cycles the timer and adapts a running countdown', () => {
    let s = start();
    s = toggleTimer(s, now);
    expect(s.timer).toBe(30);
    s = nextFase(s, now);
    s = toggleTimer(s, now + 5000);
    expect(s.timer).toBe(60);
    expect(s.aftellenTot).toBe(now + 65_000);
    s = toggleTimer(toggleTimer(s, now), now);
    expect(s.timer).toBe(0);
    expect(huidigeFase(s)).toBe('stemmen');
  });
});

describe('tallies in the session', () => {
  it('changes the first tally while voting, and the second while voting again', () => {
    let s = nextFase(start({ tweedeStemming: 'na-oordeel' }), now);
    expect(activeTally(s)).toBe('eerste');
    s = changeTally(s, (t) => setTally(t, 'waar', 7));
    s = changeTally(s, (t) => adjustTally(t, 'misvatting', 1));
    s = walk(s, 2).s;
    expect(activeTally(s)).toBe('tweede');
    s = changeTally(s, (t) => setTally(t, 'misvatting', 6));
    expect(huidigeRonde(s).eerste).toEqual({ waar: 7, misvatting: 1 });
    expect(huidigeRonde(s).tweede).toEqual({ waar: 0, misvatting: 6 });
  });

  it('ignores tally changes outside a vote', () => {
    const s = start();
    expect(activeTally(s)).toBeUndefined();
    expect(changeTally(s, (t) => setTally(t, 'waar', 3))).toBe(s);
  });

  it('lists every statement with its votes for the end screen', () => {
    let s = nextFase(start(), now);
    s = changeTally(s, (t) => setTally(t, 'waar', 4));
    s = walk(s, 2).s; // statement 2 shown, never voted
    const rows = klasResultaten(s, (id) => (id === 'h5-a' ? 'waar' : 'misvatting'));
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
