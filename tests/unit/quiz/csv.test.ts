import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '@/lib/quiz/csv';

describe('CSV export', () => {
  it('quotes cells with separators, quotes and line breaks', () => {
    expect(csvCell('gewoon')).toBe('gewoon');
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('zei "nee"')).toBe('"zei ""nee"""');
    expect(csvCell('regel\nregel')).toBe('"regel\nregel"');
    expect(csvCell(12)).toBe('12');
  });

  it('defuses cells a spreadsheet would run as a formula', () => {
    expect(csvCell('=SOM(A1)')).toBe("'=SOM(A1)");
    expect(csvCell('-5 punten')).toBe("'-5 punten");
    expect(csvCell(-5)).toBe('-5');
  });

  it('writes rows with CRLF and a byte-order mark', () => {
    expect(toCsv([['nr', 'stelling'], [1, 'Iets; anders']])).toBe('\uFEFFnr;stelling\r\n1;"Iets; anders"\r\n');
  });
});
