import { describe, expect, it } from 'vitest';
import { newSeed, shuffle } from '@/lib/quiz/shuffle';

const ids = Array.from({ length: 30 }, (_, i) => `h5-stelling-${i}`);

describe('seeded shuffle for quiz rounds', () => {
  it('gives the same order for the same seed', () => {
    expect(shuffle(ids, 2024)).toEqual(shuffle(ids, 2024));
  });

  it('gives another order for another seed', () => {
    expect(shuffle(ids, 1)).not.toEqual(shuffle(ids, 2));
  });

  it('keeps every id exactly once and leaves the input alone', () => {
    const copy = [...ids];
    const result = shuffle(ids, 99);
    expect(ids).toEqual(copy);
    expect([...result].sort()).toEqual([...ids].sort());
  });

  it('makes seeds from the random source it is given', () => {
    expect(newSeed(() => 0.5)).toBe(2147483648);
  });
});
