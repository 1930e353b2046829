import { describe, it, expect } from 'vitest';
import { checkPlacement, place, summarise, type SortItem } from '../../../src/lib/sorting/check';

type Orientation = 'leergericht' | 'prestatiegericht';

const items: SortItem<Orientation>[] = [
  { id: 'fouten-leergericht', category: 'leergericht' },
  { id: 'fouten-prestatiegericht', category: 'prestatiegericht' },
  { id: 'focus-leergericht', category: 'leergericht' },
  { id: 'focus-prestatiegericht', category: 'prestatiegericht' },
];

describe('checkPlacement', () => {
  it('is true only for the category the item belongs in', () => {
    expect(checkPlacement(items[0]!, 'leergericht')).toBe(true);
    expect(checkPlacement(items[0]!, 'prestatiegericht')).toBe(false);
    expect(checkPlacement(items[1]!, 'prestatiegericht')).toBe(true);
  });
});

describe('place', () => {
  it('records a placement without changing the old object', () => {
    const before = {};
    const after = place<Orientation>(before, 'focus-leergericht', 'leergericht');
    expect(after).toEqual({ 'focus-leergericht': 'leergericht' });
    expect(before).toEqual({});
  });

  it('keeps the first answer', () => {
    const first = place<Orientation>({}, 'focus-leergericht', 'prestatiegericht');
    const second = place(first, 'focus-leergericht', 'leergericht');
    expect(second).toBe(first);
    expect(second['focus-leergericht']).toBe('prestatiegericht');
  });
});

describe('summarise', () => {
  it('reports everything open before any answer', () => {
    const s = summarise(items, {});
    expect(s.total).toBe(4);
    expect(s.answered).toBe(0);
    expect(s.correct).toBe(0);
    expect(s.wrong).toBe(0);
    expect(s.complete).toBe(false);
    expect(s.items.every((r) => r.status === 'open')).toBe(true);
  });

  it('marks each item right or wrong and counts them', () => {
    const s = summarise(items, {
      'fouten-leergericht': 'leergericht',
      'fouten-prestatiegericht': 'leergericht',
      'focus-leergericht': 'leergericht',
    });
    expect(s.items.map((r) => r.status)).toEqual(['correct', 'wrong', 'correct', 'open']);
    expect(s.items[1]).toEqual({
      id: 'fouten-prestatiegericht',
      status: 'wrong',
      chosen: 'leergericht',
      expected: 'prestatiegericht',
    });
    expect(s.answered).toBe(3);
    expect(s.correct).toBe(2);
    expect(s.wrong).toBe(1);
    expect(s.complete).toBe(false);
  });

  it('is complete when every item is placed', () => {
    const s = summarise(items, {
      'fouten-leergericht': 'leergericht',
      'fouten-prestatiegericht': 'prestatiegericht',
      'focus-leergericht': 'prestatiegericht',
      'focus-prestatiegericht': 'prestatiegericht',
    });
    expect(s.complete).toBe(true);
    expect(s.correct).toBe(3);
    expect(s.wrong).toBe(1);
  });

  it('ignores placements for unknown ids and inherited keys', () => {
    const s = summarise(items, { onbekend: 'leergericht', toString: undefined });
    expect(s.answered).toBe(0);
  });

  it('keeps the order of the items it was given', () => {
    const reversed = [...items].reverse();
    expect(summarise(reversed, {}).items.map((r) => r.id)).toEqual(reversed.map((i) => i.id));
  });

  it('is never complete for an empty exercise', () => {
    expect(summarise([], {}).complete).toBe(false);
  });
});
