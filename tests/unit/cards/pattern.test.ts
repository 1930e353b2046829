import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { CARD_COUNT, cardPattern, cellsToPath, markerSvg } from '@/lib/cards';

const rotate = (m: boolean[][]): boolean[][] =>
  m.map((row, r) => row.map((_, c) => m[m.length - 1 - c]![r]!));
const inner = (m: boolean[][]): boolean[] => m.slice(1, -1).flatMap((row) => row.slice(1, -1));
const distance = (a: boolean[], b: boolean[]): number =>
  a.reduce((n, v, i) => n + (v !== b[i] ? 1 : 0), 0);
const cards = Array.from({ length: CARD_COUNT }, (_, i) => i + 1);

describe('cardPattern', () => {
  it('gives at least 60 square 8×8 markers with a black border', () => {
    expect(CARD_COUNT).toBeGreaterThanOrEqual(60);
    for (const card of cards) {
      const m = cardPattern(card);
      expect(m).toHaveLength(8);
      for (const row of m) expect(row).toHaveLength(8);
      for (let i = 0; i < 8; i++) {
        expect([m[0]![i], m[7]![i], m[i]![0], m[i]![7]]).toEqual([true, true, true, true]);
      }
    }
  });

  it('makes every card unique in every rotation, at least 12 bits from any other reading', () => {
    let smallest = Infinity;
    const turns = cards.map((card) => {
      const list = [cardPattern(card)];
      for (let i = 0; i < 3; i++) list.push(rotate(list[i]!));
      return list.map(inner);
    });
    for (let a = 0; a < cards.length; a++) {
      // A card turned a quarter, half or three quarters must not read as itself upright,
      // or the answer could not be told from the turn.
      for (let t = 1; t < 4; t++)
        smallest = Math.min(smallest, distance(turns[a]![0]!, turns[a]![t]!));
      for (let b = a + 1; b < cards.length; b++)
        for (let t = 0; t < 4; t++)
          smallest = Math.min(smallest, distance(turns[a]![0]!, turns[b]![t]!));
    }
    expect(smallest).toBeGreaterThanOrEqual(12);
  });

  it('is the same on every build', () => {
    const all = cards
      .map((c) =>
        cardPattern(c)
          .map((row) => row.map((v) => (v ? 1 : 0)).join(''))
          .join('/'),
      )
      .join('\n');
    expect(createHash('sha256').update(all).digest('hex').slice(0, 16)).toBe('dc498bf98371f172');
  });

  it('refuses card numbers that do not exist', () => {
    for (const bad of [0, -1, 1.5, CARD_COUNT + 1, Number.NaN])
      expect(() => cardPattern(bad)).toThrow(RangeError);
  });
});

describe('markerSvg', () => {
  it('draws exactly the black cells', () => {
    expect(cellsToPath([[true, true, false, true]])).toBe('M0 0h2v1h-2zM3 0h1v1h-1z');
    expect(cellsToPath([[false], [true]])).toBe('M0 1h1v1h-1z');
    for (const card of [1, 30, CARD_COUNT]) {
      const { path, side } = markerSvg(card);
      expect(side).toBe(8);
      // Rebuild the cells from the path and compare.
      const cells = Array.from({ length: 8 }, () => Array<boolean>(8).fill(false));
      for (const m of path.matchAll(/M(\d+) (\d+)h(\d+)/g)) {
        for (let x = Number(m[1]); x < Number(m[1]) + Number(m[3]); x++)
          cells[Number(m[2])]![x] = true;
      }
      expect(cells).toEqual(cardPattern(card));
    }
  });
});
