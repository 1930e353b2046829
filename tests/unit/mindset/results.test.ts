import { describe, expect, it } from 'vitest';
import {
  MAX_RESULTS,
  validateResult,
  validateResults,
  type MindsetResult,
} from '../../../src/lib/mindset/results';
import {
  areaKey,
  latestPerArea,
  resultTotal,
  summarizeByArea,
} from '../../../src/lib/mindset/overview';
import {
  EXPORT_KIND,
  encodeExport,
  mergeResults,
  parseExport,
} from '../../../src/lib/mindset/transfer';
import type { Position } from '../../../src/lib/mindset/score';

function result(id: string, datum: string, gebied: string, p: Position): MindsetResult {
  return { id, datum, gebied, antwoorden: Array.from({ length: 10 }, () => p) };
}

const werk1 = result('a1', '2025-01-10T09:00:00.000Z', 'Werk', 2);
const sport = result('b1', '2025-02-01T09:00:00.000Z', 'Sport', 4);
const werk2 = result('a2', '2025-03-15T09:00:00.000Z', ' werk ', 3);
const werk3 = result('a3', '2025-04-01T09:00:00.000Z', 'Werk', 5);

describe('validateResult', () => {
  it('accepts a complete result and normalises the area name', () => {
    expect(validateResult({ ...werk2, extra: 'ignored' })).toEqual({ ...werk2, gebied: 'werk' });
  });

  it.each([
    ['no object', 'x'],
    ['an array', [werk1]],
    ['a bad id', { ...werk1, id: 'a b' }],
    ['a bad date', { ...werk1, datum: 'gisteren' }],
    ['an empty area', { ...werk1, gebied: '   ' }],
    ['an area that is too long', { ...werk1, gebied: 'x'.repeat(61) }],
    ['nine answers', { ...werk1, antwoorden: werk1.antwoorden.slice(1) }],
    ['an answer of 6', { ...werk1, antwoorden: [...werk1.antwoorden.slice(1), 6] }],
    ['an unanswered item', { ...werk1, antwoorden: [...werk1.antwoorden.slice(1), null] }],
  ])('rejects %s', (_, value) => {
    expect(validateResult(value)).toBeUndefined();
  });

  it('rejects a list with one bad entry or with duplicate ids', () => {
    expect(validateResults([werk1, sport])).toHaveLength(2);
    expect(validateResults([werk1, { ...sport, antwoorden: [] }])).toBeUndefined();
    expect(validateResults([werk1, { ...sport, id: werk1.id }])).toBeUndefined();
    expect(validateResults({ resultaten: [] })).toBeUndefined();
  });
});

describe('per-area views', () => {
  it('groups areas case- and space-insensitively', () => {
    expect(areaKey(' Leren  of studie ')).toBe('leren of studie');
  });

  it('shows the latest result per area, most recent first', () => {
    expect(latestPerArea([werk3, werk1, sport, werk2]).map((r) => r.id)).toEqual(['a3', 'b1']);
  });

  it('gives the change over time per area, oldest first', () => {
    const [werk, sportOverzicht] = summarizeByArea([werk3, sport, werk1, werk2]);
    expect(werk?.gebied).toBe('Werk');
    expect(werk?.verloop.map((s) => [s.resultaat.id, s.totaal, s.verschil])).toEqual([
      ['a1', 20, null],
      ['a2', 30, 10],
      ['a3', 50, 20],
    ]);
    expect(werk?.veranderingSindsEerste).toBe(30);
    expect(sportOverzicht?.laatste.totaal).toBe(40);
    expect(sportOverzicht?.veranderingSindsEerste).toBe(0);
  });

  it('returns nothing for no results', () => {
    expect(summarizeByArea([])).toEqual([]);
  });

  it('computes a total per result', () => {
    expect(resultTotal(werk1)).toBe(20);
  });
});

describe('export and import', () => {
  const nu = new Date('2025-05-01T12:00:00.000Z');

  it('round-trips an export file', () => {
    const tekst = encodeExport([werk1, sport], nu);
    expect(JSON.parse(tekst)).toMatchObject({
      soort: EXPORT_KIND,
      versie: 1,
      gemaakt: nu.toISOString(),
    });
    expect(parseExport(tekst)).toEqual({ ok: true, resultaten: [werk1, sport] });
  });

  it.each([
    ['an empty file', '', 'empty'],
    ['a file that is not JSON', 'hallo, dit is geen JSON', 'not-json'],
    ['a truncated file', encodeExport([werk1], nu).slice(0, 40), 'not-json'],
    ['a JSON array', '[1,2,3]', 'unknown-kind'],
    [
      'another tool’s file',
      JSON.stringify({ soort: 'quizset', versie: 1, resultaten: [] }),
      'unknown-kind',
    ],
    ['our stored envelope', JSON.stringify({ v: 1, data: [werk1] }), 'unknown-kind'],
    [
      'a newer version',
      JSON.stringify({ soort: EXPORT_KIND, versie: 2, resultaten: [] }),
      'newer-version',
    ],
    [
      'an older version',
      JSON.stringify({ soort: EXPORT_KIND, versie: 0, resultaten: [] }),
      'other-version',
    ],
    [
      'a file with a broken result',
      JSON.stringify({
        soort: EXPORT_KIND,
        versie: 1,
        resultaten: [werk1, { ...sport, antwoorden: [9] }],
      }),
      'invalid',
    ],
    ['a file without results', JSON.stringify({ soort: EXPORT_KIND, versie: 1 }), 'invalid'],
    ['a huge file', ' '.repeat(10) + 'x'.repeat(1_000_001), 'too-large'],
  ])('refuses %s', (_, tekst, reden) => {
    expect(parseExport(tekst)).toEqual({ ok: false, reden });
  });

  it('adds only new results and leaves existing ones untouched', () => {
    const bestaand = [werk1, { ...sport, gebied: 'Sport (eigen)' }];
    const uitkomst = mergeResults(bestaand, [sport, werk2]);
    expect(uitkomst.list).toEqual([...bestaand, werk2]);
    expect(uitkomst).toMatchObject({ toegevoegd: 1, alAanwezig: 1, teVeel: 0 });
  });

  it('stops adding at the maximum number of results', () => {
    const vol = Array.from({ length: MAX_RESULTS }, (_, i) => ({ ...werk1, id: `r${i}` }));
    const uitkomst = mergeResults(vol, [werk2]);
    expect(uitkomst.list).toHaveLength(MAX_RESULTS);
    expect(uitkomst.teVeel).toBe(1);
  });
});
