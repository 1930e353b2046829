import { describe, expect, it } from 'vitest';
import {
  selfPlayAnswer,
  startSelfPlaySession,
  nextStelling,
  selfPlayCurrent,
  selfPlayDone,
} from '@/lib/quiz/selfplay';
import { shuffle } from '@/lib/quiz/shuffle';

const ids = ['h5-a', 'h5-b', 'h8-a', 'h8-b'];

describe('self-play round', () => {
  it('asks the chosen statements in a seeded order', () => {
    const s = startSelfPlaySession(ids, ['studie/5-doelen'], 11);
    expect(s.ids).toEqual(shuffle(ids, 11));
    expect(startSelfPlaySession(ids, [], 11).ids).toEqual(s.ids);
    expect(s.index).toBe(0);
  });

  it('takes one answer per statement and only moves on after an answer', () => {
    let s = startSelfPlaySession(ids, [], 3);
    const first = selfPlayCurrent(s)!;
    expect(nextStelling(s)).toBe(s);
    s = selfPlayAnswer(s, 'waar');
    expect(selfPlayAnswer(s, 'misvatting').antwoorden[first]).toBe('waar');
    s = nextStelling(s);
    expect(s.index).toBe(1);
  });

  it('ends after the last statement', () => {
    let s = startSelfPlaySession(['h5-a'], [], 1);
    s = nextStelling(selfPlayAnswer(s, 'misvatting'));
    expect(selfPlayDone(s)).toBe(true);
    expect(selfPlayCurrent(s)).toBeUndefined();
    expect(selfPlayAnswer(s, 'waar')).toBe(s);
  });

  it('marks a round of misses', () => {
    expect(startSelfPlaySession(['h5-a'], [], 1, true).herhaling).toBe(true);
  });
});
