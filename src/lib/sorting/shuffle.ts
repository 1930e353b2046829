/**
 * Seeded shuffling, so an order can be reproduced: the server and the first client
 * render agree, and tests can pin an order down.
 */

/** A small, fast 32-bit PRNG (mulberry32); returns numbers in [0, 1). */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Returns a shuffled copy of `items` (Fisher-Yates); the same seed gives the same order. */
export function shuffle<T>(items: readonly T[], seed: number): T[] {
  const random = createRandom(seed);
  const result = items.slice();
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const swap = result[i] as T;
    result[i] = result[j] as T;
    result[j] = swap;
  }
  return result;
}

/** A new seed for a fresh round; pass `random` to make it deterministic in tests. */
export function newSeed(random: () => number = Math.random): number {
  return Math.floor(random() * 4294967296) >>> 0;
}
