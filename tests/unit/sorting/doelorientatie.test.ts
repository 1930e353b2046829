import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { root } from '../../content/load';
import { dimensies, gedachten } from '../../../src/data/doelorientatie';
import { summarise } from '../../../src/lib/sorting/check';

describe('Table 1 data', () => {
  it('has ten dimensions and twenty thoughts with unique ids', () => {
    expect(dimensies).toHaveLength(10);
    expect(gedachten).toHaveLength(20);
    expect(new Set(gedachten.map((g) => g.id)).size).toBe(20);
  });

  it('gives the two poles of every dimension different words, in the table and as thoughts', () => {
    for (const d of dimensies) {
      expect(d.leergericht.kort, d.id).not.toBe(d.prestatiegericht.kort);
      expect(d.leergericht.gedachte, d.id).not.toBe(d.prestatiegericht.gedachte);
    }
    expect(new Set(gedachten.map((g) => g.tekst)).size).toBe(gedachten.length);
  });

  it('matches what the practice page says about the table and the exercise', () => {
    // The page text counts the rows ("op tien punten") and the thoughts ("de twintig
    // gedachten"): a row added to or dropped from the data must fail here.
    const page = readFileSync(join(root, 'content/praktijk/leerdoelen-en-falen.mdx'), 'utf8');
    // A count without a word here fails too: then update the page and this table.
    const telwoord: Record<number, string> = { 10: 'tien', 20: 'twintig' };
    expect(page).toContain(`op ${telwoord[dimensies.length]} punten`);
    expect(page).toContain(`de ${telwoord[gedachten.length]} gedachten`);
  });

  it('scores a perfect round as 20 out of 20', () => {
    const items = gedachten.map((g) => ({ id: g.id, category: g.orientatie }));
    const placements = Object.fromEntries(gedachten.map((g) => [g.id, g.orientatie]));
    const s = summarise(items, placements);
    expect(s.correct).toBe(20);
    expect(s.complete).toBe(true);
  });
});
