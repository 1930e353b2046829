import { describe, expect, it } from 'vitest';
import { scoreRound } from '@/lib/quiz/score';
import { validateAnswers } from '@/lib/quiz/answers';

const items = [
  { id: 'h5-a', oordeel: 'waar' as const },
  { id: 'h5-b', oordeel: 'misvatting' as const },
  { id: 'h5-c', oordeel: 'misvatting' as const },
];

describe('scoreRound', () => {
  it('counts right answers and lists the misses in round order', () => {
    expect(scoreRound(items, { 'h5-c': 'waar', 'h5-a': 'waar', 'h5-b': 'waar' })).toEqual({
      totaal: 3,
      beantwoord: 3,
      goed: 1,
      missers: ['h5-b', 'h5-c'],
      klaar: true,
    });
  });

  it('leaves unanswered statements out of the score', () => {
    expect(scoreRound(items, { 'h5-b': 'misvatting' })).toEqual({
      totaal: 3,
      beantwoord: 1,
      goed: 1,
      missers: [],
      klaar: false,
    });
  });

  it('ignores answers to statements outside the round', () => {
    expect(scoreRound(items, { 'h9-x': 'waar' }).beantwoord).toBe(0);
  });

  it('scores an empty round as done', () => {
    expect(scoreRound([], {})).toMatchObject({ totaal: 0, klaar: true });
  });
});

describe('validateAnswers', () => {
  it('accepts id → verdict records', () => {
    expect(validateAnswers({ 'h5-a': 'waar', 'h5-b': 'misvatting' })).toEqual({ 'h5-a': 'waar', 'h5-b': 'misvatting' });
    expect(validateAnswers({})).toEqual({});
  });

  it('rejects a wrong shape as a whole', () => {
    expect(validateAnswers({ 'h5-a': 'waar', 'h5-b': 'misschien' })).toBeUndefined();
    expect(validateAnswers({ 'H5 A': 'waar' })).toBeUndefined();
    expect(validateAnswers(['waar'])).toBeUndefined();
    expect(validateAnswers(null)).toBeUndefined();
    expect(validateAnswers('waar')).toBeUndefined();
  });
});
