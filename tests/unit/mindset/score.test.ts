import { describe, expect, it } from 'vitest';
import {
  emptyAnswers,
  isPosition,
  missingItems,
  scoreMindsetTest,
  type Position,
} from '../../../src/lib/mindset/score';

const all = (p: Position) => Array.from({ length: 10 }, () => p);

describe('scoreMindsetTest', () => {
  it('scores all-left as 10, average 1, position 0', () => {
    const uitkomst = scoreMindsetTest(all(1));
    expect(uitkomst.ok).toBe(true);
    if (!uitkomst.ok) return;
    expect(uitkomst.score.totaal).toBe(10);
    expect(uitkomst.score.gemiddelde).toBe(1);
    expect(uitkomst.score.positie).toBe(0);
  });

  it('scores all-right as 50, average 5, position 1', () => {
    const uitkomst = scoreMindsetTest(all(5));
    expect(uitkomst.ok && uitkomst.score).toMatchObject({ totaal: 50, gemiddelde: 5, positie: 1 });
  });

  it('adds up mixed answers and keeps per-item scores in order', () => {
    const uitkomst = scoreMindsetTest([1, 2, 3, 4, 5, 5, 4, 3, 2, 1]);
    expect(uitkomst.ok).toBe(true);
    if (!uitkomst.ok) return;
    expect(uitkomst.score.totaal).toBe(30);
    expect(uitkomst.score.gemiddelde).toBe(3);
    expect(uitkomst.score.positie).toBe(0.5);
    expect(uitkomst.score.perItem[0]).toEqual({ nummer: 1, score: 1 });
    expect(uitkomst.score.perItem[9]).toEqual({ nummer: 10, score: 1 });
  });

  it('rejects partial answers with the missing item numbers', () => {
    const answers = emptyAnswers();
    answers[0] = 3;
    answers[4] = 5;
    answers[9] = 1;
    expect(scoreMindsetTest(answers)).toEqual({ ok: false, ontbrekend: [2, 3, 4, 6, 7, 8, 9] });
  });

  it('rejects an empty or short list, naming every missing item', () => {
    expect(scoreMindsetTest([])).toEqual({
      ok: false,
      ontbrekend: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    });
    expect(scoreMindsetTest([2, 2, 2])).toEqual({ ok: false, ontbrekend: [4, 5, 6, 7, 8, 9, 10] });
  });

  it('treats values outside 1-5 as unanswered', () => {
    const answers: unknown[] = [...all(3)];
    answers[1] = 0;
    answers[2] = 6;
    answers[3] = 2.5;
    answers[4] = '4';
    expect(scoreMindsetTest(answers)).toEqual({ ok: false, ontbrekend: [2, 3, 4, 5] });
  });
});

describe('helpers', () => {
  it('isPosition accepts only whole numbers 1-5', () => {
    expect([1, 2, 3, 4, 5].every(isPosition)).toBe(true);
    expect([0, 6, 1.5, '3', null, undefined, NaN].some(isPosition)).toBe(false);
  });

  it('emptyAnswers has ten unanswered items', () => {
    expect(emptyAnswers()).toEqual(Array(10).fill(null));
    expect(missingItems(emptyAnswers())).toHaveLength(10);
  });
});
