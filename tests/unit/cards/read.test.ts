import { describe, expect, it } from 'vitest';
import { readCards, type CardRead } from '@/lib/cards';
import {
  classroomScene,
  drawFrame,
  type FrameOptions,
  type Truth,
} from '../../../scripts/cards/frames';

/** Scores a frame: how many upright cards were read right, and every read that is wrong. */
function score(options: FrameOptions): { right: number; total: number; wrong: CardRead[] } {
  const { frame, truth } = drawFrame(options);
  const reads = readCards(frame);
  const byCard = new Map<number, Truth>(truth.map((t) => [t.card, t]));
  // A card whose WAAR edge is within 3° of the 30° limit may go either way.
  const wrong = reads.filter(
    (r) => byCard.get(r.card)?.answer !== r.answer && byCard.get(r.card)?.answer !== 'borderline',
  );
  const counted = truth.filter((t) => t.answer === 'waar' || t.answer === 'misvatting');
  const right = counted.filter((t) =>
    reads.some((r) => r.card === t.card && r.answer === t.answer),
  ).length;
  expect(new Set(reads.map((r) => r.card)).size).toBe(reads.length);
  return { right, total: counted.length, wrong };
}

describe('readCards on generated classroom frames (1280×720)', () => {
  it('reads every card with a marker of 40 px or more, with the right answer, and nothing else', () => {
    for (const [seed, minSize, maxSize] of [
      [1, 40, 60],
      [2, 40, 60],
      [3, 60, 140],
    ] as const) {
      const s = score(classroomScene({ seed, count: 24, minSize, maxSize, sideways: 0.15 }));
      expect(s.total).toBeGreaterThan(10);
      expect(s.wrong).toEqual([]);
      expect(s.right).toBe(s.total);
    }
  });

  it('reads at least 95% of cards of 25 to 40 px, and nothing wrong', () => {
    let right = 0;
    let total = 0;
    for (const seed of [11, 12]) {
      const s = score(classroomScene({ seed, count: 40, minSize: 25, maxSize: 40, sideways: 0.1 }));
      expect(s.wrong).toEqual([]);
      right += s.right;
      total += s.total;
    }
    expect(total).toBeGreaterThan(50);
    expect(right / total).toBeGreaterThanOrEqual(0.95);
  });

  it('finds nothing in a room without cards', () => {
    for (const seed of [21, 22, 23]) {
      const options = classroomScene({ seed, count: 0, minSize: 30, maxSize: 30 });
      const { frame } = drawFrame({ ...options, clutter: 120 });
      expect(readCards(frame)).toEqual([]);
    }
  });
});

describe('readCards: which way up', () => {
  const one = (turn: number, tiltX = 0): CardRead[] =>
    readCards(
      drawFrame({
        width: 320,
        height: 240,
        seed: 5,
        cards: [{ card: 7, size: 80, x: 160, y: 120, turn, tiltX }],
      }).frame,
    );

  it('counts WAAR up, and up to 30° off, as waar', () => {
    for (const turn of [0, 25, -25, 335]) expect(one(turn)).toEqual([{ card: 7, answer: 'waar' }]);
  });

  it('counts MISVATTING up as misvatting', () => {
    for (const turn of [180, 160, 200])
      expect(one(turn, 20)).toEqual([{ card: 7, answer: 'misvatting' }]);
  });

  it('does not count a card held sideways', () => {
    for (const turn of [90, 270, 60, 120, 240, 300]) expect(one(turn)).toEqual([]);
  });

  it('reads a card seen in a mirror as nothing, not as another card', () => {
    const { frame } = drawFrame({
      width: 320,
      height: 240,
      seed: 5,
      cards: [{ card: 7, size: 80, x: 160, y: 120, turn: 0 }],
    });
    const mirrored = new Uint8ClampedArray(frame.data.length);
    for (let y = 0; y < 240; y++)
      for (let x = 0; x < 320; x++)
        mirrored.set(
          frame.data.subarray((y * 320 + x) * 4, (y * 320 + x) * 4 + 4),
          (y * 320 + 319 - x) * 4,
        );
    expect(readCards({ ...frame, data: mirrored })).toEqual([]);
  });

  it('gives nothing for an empty or malformed frame', () => {
    expect(readCards({ data: new Uint8ClampedArray(0), width: 0, height: 0 })).toEqual([]);
    expect(readCards({ data: new Uint8ClampedArray(16), width: 100, height: 100 })).toEqual([]);
    expect(
      readCards({ data: new Uint8ClampedArray(320 * 240 * 4), width: 320, height: 240 }),
    ).toEqual([]);
  });
});
