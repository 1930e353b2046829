import { describe, it, expect } from 'vitest';
import { dimensies, gedachten } from '../../../src/data/doelorientatie';
import { summarise } from '../../../src/lib/sorting/check';

describe('Table 1 data', () => {
  it('has ten dimensions and twenty thoughts with unique ids', () => {
    expect(dimensies).toHaveLength(10);
    expect(gedachten).toHaveLength(20);
    expect(new Set(gedachten.map((g) => g.id)).size).toBe(20);
  });

  it('has ten thoughts per orientation', () => {
    const leer = gedachten.filter((g) => g.orientatie === 'leergericht');
    expect(leer).toHaveLength(10);
  });

  it('scores a perfect round as 20 out of 20', () => {
    const items = gedachten.map((g) => ({ id: g.id, category: g.orientatie }));
    const placements = Object.fromEntries(gedachten.map((g) => [g.id, g.orientatie]));
    const s = summarise(items, placements);
    expect(s.correct).toBe(20);
    expect(s.complete).toBe(true);
  });
});
