import { describe, expect, it } from 'vitest';
import {
  bandForAverage,
  leaningOf,
  readMindsetScore,
  totalRanges,
} from '../../../src/lib/mindset/reading';
import { scoreMindsetTest, type Position } from '../../../src/lib/mindset/score';

function read(answers: Position[]) {
  const uitkomst = scoreMindsetTest(answers);
  if (!uitkomst.ok) throw new Error('test answers must be complete');
  return readMindsetScore(uitkomst.score);
}

describe('bandForAverage', () => {
  it('puts the scale middle (3) and half a step either side in the middle band', () => {
    expect(bandForAverage(3)).toBe('midden');
    expect(bandForAverage(2.5)).toBe('midden');
    expect(bandForAverage(3.5)).toBe('midden');
  });

  it('leans fixed below 2.5 and growth above 3.5', () => {
    expect(bandForAverage(1)).toBe('vast');
    expect(bandForAverage(2.4)).toBe('vast');
    expect(bandForAverage(3.6)).toBe('groei');
    expect(bandForAverage(5)).toBe('groei');
  });
});

describe('leaningOf', () => {
  it('reads 1-2 as fixed, 3 as middle, 4-5 as growth', () => {
    expect([1, 2, 3, 4, 5].map((p) => leaningOf(p as Position))).toEqual([
      'vast',
      'vast',
      'midden',
      'groei',
      'groei',
    ]);
  });
});

describe('readMindsetScore', () => {
  it('reads all-left as fixed, with every item leaning fixed', () => {
    const lezing = read(Array(10).fill(1));
    expect(lezing.richting).toBe('vast');
    expect(lezing.vastItems).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(lezing.gemengd).toBe(false);
  });

  it('reads all-right as growth, with no items leaning fixed', () => {
    const lezing = read(Array(10).fill(5));
    expect(lezing.richting).toBe('groei');
    expect(lezing.vastItems).toEqual([]);
    expect(lezing.groeiItems).toHaveLength(10);
  });

  it('names the items that lean fixed and flags diverging answers', () => {
    const lezing = read([5, 2, 5, 1, 5, 3, 5, 5, 4, 5]);
    expect(lezing.richting).toBe('groei');
    expect(lezing.vastItems).toEqual([2, 4]);
    expect(lezing.middenItems).toEqual([6]);
    expect(lezing.gemengd).toBe(true);
  });

  it('does not call all-middle answers mixed', () => {
    const lezing = read(Array(10).fill(3));
    expect(lezing.richting).toBe('midden');
    expect(lezing.gemengd).toBe(false);
  });

  it('uses the totals 24 and 36 as the last fixed and first growth totals', () => {
    // 24 = average 2.4, 25 = 2.5, 35 = 3.5, 36 = 3.6
    expect(read([3, 3, 3, 3, 2, 2, 2, 2, 2, 2]).richting).toBe('vast');
    expect(read([3, 3, 3, 3, 3, 2, 2, 2, 2, 2]).richting).toBe('midden');
    expect(read([4, 4, 4, 4, 4, 3, 3, 3, 3, 3]).richting).toBe('midden');
    expect(read([4, 4, 4, 4, 4, 4, 3, 3, 3, 3]).richting).toBe('groei');
  });
});

describe('totalRanges', () => {
  it('splits the totals 10-50 into three bands without gaps', () => {
    expect(totalRanges()).toEqual({ vast: [10, 24], midden: [25, 35], groei: [36, 50] });
  });
});
