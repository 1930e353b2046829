import { describe, expect, it } from 'vitest';
import { loadCollection } from './load';

// Targets of the statement bank (docs/CONTENT.md): enough statements per page for a
// quiz round, a fair share of true statements, and explanations that stay short.

interface Stelling {
  id: string;
  oordeel: string;
  uitleg: string;
}
interface Bestand {
  pagina: string;
  stellingen: Stelling[];
}

/** The pages that must have statements, with the minimum each (URLs are fixed in SITE.md). */
const MINIMUM: Record<string, number> = {
  'studie/3-stadia-van-verandering': 6,
  'studie/4-persoonlijke-controle': 6,
  'studie/5-doelen': 6,
  'studie/6-reactance': 6,
  'studie/7-voornemens': 6,
  'studie/8-als-dan-plannen': 6,
  'studie/9-werkzoekgedrag': 6,
  'studie/10-belonen-en-straffen': 6,
  'praktijk/leerdoelen-en-falen': 4,
  'praktijk/positief-in-gesprek': 4,
  'praktijk/leiderschap': 4,
  'praktijk/ervaringsleren': 4,
};
const TOTAAL_MINIMUM = 64;

// Abbreviations whose full stop does not end a sentence.
const AFKORTINGEN = /\b(?:bijv|bv|o\.a|m\.a\.w|d\.w\.z|e\.d|enz|etc|al|nr|blz|ca|vs|dr|prof|i\.p\.v|zgn|t\.o\.v|n\.a\.v|m\.b\.v|o\.b\.v)\./gi;

/** Number of sentences in a Dutch text: full stops, question and exclamation marks before a new sentence or the end. */
export function countSentences(text: string): number {
  const plain = text.replace(AFKORTINGEN, 'x').replace(/\s+/g, ' ').trim();
  return plain.match(/[.!?…]+(?=\s+["'“‘(]?[A-Z0-9À-Ý]|["'”’)]*\s*$)/g)?.length ?? 0;
}

const files = loadCollection('stellingen');
const bestanden = files.map((f) => ({ path: f.path, ...(f.data as Bestand) }));
const alle = bestanden.flatMap((b) => (b.stellingen ?? []).map((s) => ({ ...s, path: b.path, pagina: b.pagina })));

/** Statements per page, for the report in the test output. */
const perPagina = new Map<string, number>();
for (const s of alle) perPagina.set(s.pagina, (perPagina.get(s.pagina) ?? 0) + 1);

describe('countSentences', () => {
  it('counts sentences and skips abbreviations and section numbers', () => {
    expect(countSentences('Een. Twee? Drie!')).toBe(3);
    expect(countSentences('Dit geldt o.a. voor doelen (zie §5.4). Locke en Latham (1990) tonen dat.')).toBe(2);
    expect(countSentences('Geen punt aan het eind')).toBe(0);
  });
});

describe('statement bank', () => {
  it('has unique ids across all files', () => {
    const seen = new Map<string, string>();
    const dubbel: string[] = [];
    for (const s of alle) {
      if (seen.has(s.id)) dubbel.push(`${s.id} (${seen.get(s.id)} en ${s.path})`);
      seen.set(s.id, s.path);
    }
    expect(dubbel).toEqual([]);
  });

  it.each(Object.entries(MINIMUM))('%s has at least %i statements', (pagina, minimum) => {
    expect(perPagina.get(pagina) ?? 0).toBeGreaterThanOrEqual(minimum);
  });

  it(`has at least ${TOTAAL_MINIMUM} statements in all`, () => {
    expect(alle.length).toBeGreaterThanOrEqual(TOTAAL_MINIMUM);
  });

  it('has at least a quarter of its verdicts "waar"', () => {
    const waar = alle.filter((s) => s.oordeel === 'waar').length;
    expect(waar * 4).toBeGreaterThanOrEqual(alle.length);
  });

  it('explains every verdict in two to four sentences', () => {
    const buiten = alle
      .map((s) => ({ id: s.id, n: countSentences(s.uitleg ?? '') }))
      .filter(({ n }) => n < 2 || n > 4)
      .map(({ id, n }) => `${id}: ${n} zinnen`);
    expect(buiten).toEqual([]);
  });
});
