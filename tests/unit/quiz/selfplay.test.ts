import { describe, expect, it } from 'vitest';
import {
  beantwoord,
  startZelfSessie,
  nextStelling,
  zelfHuidige,
  zelfKlaar,
} from '@/lib/quiz/selfplay';
import { shuffle } from '@/lib/quiz/shuffle';

const ids = ['h5-a', 'h5-b', 'h8-a', 'h8-b'];

describe('self-play round', () => {
  it('asks the chosen statements in a seeded order', () => {
    const s = startZelfSessie(ids, ['studie/5-doelen'], 11);
    expect(s.ids).toEqual(shuffle(ids, 11));
    expect(startZelfSessie(ids, [], 11).ids).toEqual(s.ids);
    expect(s.index).toBe(0);
  });

  it('takes one answer per statement and only moves on after an answer', () => {
    let s = startZelfSessie(ids, [], 3);
    const first = zelfHuidige(s)!;
    expect(nextStelling(s)).toBe(s);
    s = beantwoord(s, 'waar');
    expect(beantwoord(s, 'misvatting').antwoorden[first]).toBe('waar');
    s = nextStelling(s);
    expect(s.index).toBe(1);
  });

  it('ends after the last statement', () => {
    let s = startZelfSessie(['h5-a'], [], 1);
    s = nextStelling(beantwoord(s, 'misvatting'));
    expect(zelfKlaar(s)).toBe(true);
    expect(zelfHuidige(s)).toBeUndefined();
    expect(beantwoord(s, 'waar')).toBe(s);
  });

  it('marks a round of misses', () => {
    expect(startZelfSessie(['h5-a'], [], 1, true).herhaling).toBe(true);
  });
});
