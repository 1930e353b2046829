import { describe, expect, it } from 'vitest';
import {
  adjustTally,
  clampCount,
  correctShare,
  isTally,
  setTally,
  tallyShares,
  tallyShift,
  typeDigit,
  TALLY_MAX,
  EMPTY_TALLY,
} from '@/lib/quiz/tally';

describe('tallies', () => {
  it('adds and removes hands, never below zero or above the maximum', () => {
    let t = adjustTally(EMPTY_TALLY, 'waar', 1);
    t = adjustTally(t, 'waar', 1);
    t = adjustTally(t, 'misvatting', -1);
    expect(t).toEqual({ waar: 2, misvatting: 0 });
    expect(setTally(t, 'misvatting', 5000).misvatting).toBe(TALLY_MAX);
    expect(clampCount(Number.NaN)).toBe(0);
    expect(clampCount(3.7)).toBe(3);
  });

  it('does not change the tally it was given', () => {
    const t = { waar: 1, misvatting: 1 };
    adjustTally(t, 'waar', 1);
    expect(t).toEqual({ waar: 1, misvatting: 1 });
  });

  it('builds numbers digit by digit and starts over after choosing a side', () => {
    expect(typeDigit(7, 1, true)).toBe(1);
    expect(typeDigit(1, 2, false)).toBe(12);
    expect(typeDigit(12, 3, false)).toBe(123);
    expect(typeDigit(123, 4, false)).toBe(4);
  });

  it('gives shares that add up to 100', () => {
    expect(tallyShares({ waar: 1, misvatting: 2 })).toEqual({ totaal: 3, waar: 33, misvatting: 67 });
    expect(tallyShares({ waar: 0, misvatting: 0 })).toEqual({ totaal: 0, waar: 0, misvatting: 0 });
  });

  it('knows the share of right answers', () => {
    expect(correctShare({ waar: 3, misvatting: 1 }, 'waar')).toBe(0.75);
    expect(correctShare({ waar: 3, misvatting: 1 }, 'misvatting')).toBe(0.25);
    expect(correctShare(EMPTY_TALLY, 'waar')).toBeUndefined();
  });

  it('measures the shift between two votes in percentage points', () => {
    expect(tallyShift({ waar: 6, misvatting: 4 }, { waar: 2, misvatting: 8 }, 'misvatting')).toEqual({
      voor: 40,
      na: 80,
      verschil: 40,
    });
    expect(tallyShift({ waar: 5, misvatting: 5 }, { waar: 3, misvatting: 7 }, 'waar').verschil).toBe(-20);
    expect(tallyShift({ waar: 5, misvatting: 5 }, EMPTY_TALLY, 'waar')).toEqual({ voor: 50, na: undefined, verschil: undefined });
  });

  it('recognises valid tallies only', () => {
    expect(isTally({ waar: 0, misvatting: 12 })).toBe(true);
    expect(isTally({ waar: -1, misvatting: 0 })).toBe(false);
    expect(isTally({ waar: 1.5, misvatting: 0 })).toBe(false);
    expect(isTally({ waar: 1 })).toBe(false);
    expect(isTally(null)).toBe(false);
  });
});
