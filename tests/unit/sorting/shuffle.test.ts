import { describe, it, expect } from 'vitest';
import { createRandom, newSeed, shuffle } from '../../../src/lib/sorting/shuffle';

const twenty = Array.from({ length: 20 }, (_, i) => `item-${i}`);

describe('createRandom', () => {
  it('gives the same sequence for the same seed', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const seqA = Array.from({ length: 5 }, () => a());
    const seqB = Array.from({ length: 5 }, () => b());
    expect(seqA).toEqual(seqB);
  });

  it('stays within [0, 1)', () => {
    const random = createRandom(7);
    for (let i = 0; i < 1000; i++) {
      const n = random();
      expect(n).toBeGreaterThanOrEqual(0);
      expect(n).toBeLessThan(1);
    }
  });
});

describe('shuffle', () => {
  it('returns a permutation of the input', () => {
    const result = shuffle(twenty, 123);
    expect(result).toHaveLength(twenty.length);
    expect([...result].sort()).toEqual([...twenty].sort());
  });

  it('is reproducible with the same seed', () => {
    expect(shuffle(twenty, 99)).toEqual(shuffle(twenty, 99));
  });

  it('gives a different order for a different seed', () => {
    expect(shuffle(twenty, 1)).not.toEqual(shuffle(twenty, 2));
  });

  it('actually changes the order of a longer list', () => {
    expect(shuffle(twenty, 1)).not.toEqual(twenty);
  });

  it('does not change the input', () => {
    const input = [...twenty];
    shuffle(input, 5);
    expect(input).toEqual(twenty);
  });

  it('handles empty and single-item lists', () => {
    expect(shuffle([], 3)).toEqual([]);
    expect(shuffle(['alleen'], 3)).toEqual(['alleen']);
  });

  it('puts every item in the first position for some seed', () => {
    const firsts = new Set<string>();
    for (let seed = 0; seed < 500; seed++) firsts.add(shuffle(twenty, seed)[0] as string);
    expect(firsts.size).toBe(twenty.length);
  });
});

describe('newSeed', () => {
  it('turns a random number into an unsigned 32-bit seed', () => {
    expect(newSeed(() => 0)).toBe(0);
    expect(newSeed(() => 0.5)).toBe(2147483648);
    const seed = newSeed();
    expect(Number.isInteger(seed)).toBe(true);
    expect(seed).toBeGreaterThanOrEqual(0);
    expect(seed).toBeLessThan(4294967296);
  });
});
