// Anchoring: a highlight is found again on the text it was made on, after a sentence
// next to it was rewritten, and is reported (not moved) when its own sentence is gone.
import { describe, expect, it } from 'vitest';
import { anchorQuote, describeQuote, splitOverlaps } from '@/lib/annotations/anchor';

const ORIGINAL =
  'Doelen geven richting aan gedrag. Wie een leerdoel stelt, zoekt uitdaging op en ziet fouten als informatie. ' +
  'Een prestatiedoel richt zich op het oordeel van anderen. Bij nieuwe of complexe taken werkt een leerdoel beter dan een prestatiedoel. ' +
  'Competitie kan motiveren, maar niet iedereen heeft er baat bij.';

function quoteOf(text: string, words: string) {
  const start = text.indexOf(words);
  expect(start).toBeGreaterThanOrEqual(0);
  return describeQuote(text, start, start + words.length);
}

describe('describeQuote', () => {
  it('keeps the quote, 32 characters of context on each side and the offsets', () => {
    const { quote, position } = quoteOf(
      ORIGINAL,
      'Een prestatiedoel richt zich op het oordeel van anderen.',
    );
    expect(quote.type).toBe('TextQuoteSelector');
    expect(quote.exact).toBe('Een prestatiedoel richt zich op het oordeel van anderen.');
    expect(quote.prefix).toBe(ORIGINAL.slice(position.start - 32, position.start));
    expect(quote.suffix).toBe(' Bij nieuwe of complexe taken we');
    expect(position).toEqual({
      type: 'TextPositionSelector',
      start: 108,
      end: 108 + quote.exact.length,
    });
  });

  it('clamps offsets outside the text', () => {
    const { quote } = describeQuote('kort', -5, 99);
    expect(quote).toMatchObject({ exact: 'kort', prefix: '', suffix: '' });
  });
});

describe('anchorQuote', () => {
  it('finds the quote on the original text at its old offset', () => {
    const { quote, position } = quoteOf(ORIGINAL, 'ziet fouten als informatie');
    expect(anchorQuote(ORIGINAL, quote, position)).toEqual({
      start: position.start,
      end: position.end,
    });
  });

  it('finds it again after the neighbouring sentence was rewritten (the offset moved)', () => {
    const { quote, position } = quoteOf(
      ORIGINAL,
      'Een prestatiedoel richt zich op het oordeel van anderen.',
    );
    const edited = ORIGINAL.replace(
      'Wie een leerdoel stelt, zoekt uitdaging op en ziet fouten als informatie.',
      'Iemand met een leerdoel gaat juist op zoek naar taken die moeilijk zijn, en leert van wat misgaat.',
    );
    const found = anchorQuote(edited, quote, position);
    expect(found).not.toBeNull();
    expect(edited.slice(found!.start, found!.end)).toBe(quote.exact);
    expect(found!.start).not.toBe(position.start);
  });

  it('finds a quote whose own words were slightly corrected, and returns the new words', () => {
    const { quote, position } = quoteOf(
      ORIGINAL,
      'Bij nieuwe of complexe taken werkt een leerdoel beter dan een prestatiedoel.',
    );
    const edited = ORIGINAL.replace(
      'Bij nieuwe of complexe taken werkt',
      'Bij nieuwe en complexe taken werkt',
    );
    const found = anchorQuote(edited, quote, position);
    expect(found).not.toBeNull();
    expect(edited.slice(found!.start, found!.end)).toContain('nieuwe en complexe taken');
  });

  it('reports a quote whose sentence was removed as not found (null), not moved elsewhere', () => {
    const { quote, position } = quoteOf(
      ORIGINAL,
      'Wie een leerdoel stelt, zoekt uitdaging op en ziet fouten als informatie.',
    );
    const edited = ORIGINAL.replace(
      'Wie een leerdoel stelt, zoekt uitdaging op en ziet fouten als informatie. ',
      '',
    );
    expect(anchorQuote(edited, quote, position)).toBeNull();
  });

  it('does not anchor a short quote to the same word elsewhere once its context is gone', () => {
    const { quote, position } = quoteOf(ORIGINAL, 'leerdoel stelt');
    const edited = ORIGINAL.replace(
      'Wie een leerdoel stelt, zoekt uitdaging op en ziet fouten als informatie. ',
      'Iets heel anders. ',
    );
    expect(anchorQuote(edited, quote, position)).toBeNull();
  });

  it('picks the occurrence whose context matches when a word appears twice', () => {
    // "een leerdoel" occurs twice; the second one is quoted.
    const second = ORIGINAL.lastIndexOf('een leerdoel');
    const { quote, position } = describeQuote(ORIGINAL, second, second + 'een leerdoel'.length);
    const edited = 'Voorwoord. ' + ORIGINAL;
    expect(anchorQuote(edited, quote, position)).toEqual({
      start: second + 11,
      end: second + 11 + 12,
    });
  });
});

describe('overlapping highlights', () => {
  it('both anchor, and split into pieces that name every highlight covering them', () => {
    const a = quoteOf(ORIGINAL, 'Een prestatiedoel richt zich');
    const b = quoteOf(ORIGINAL, 'richt zich op het oordeel');
    const spanA = anchorQuote(ORIGINAL, a.quote, a.position)!;
    const spanB = anchorQuote(ORIGINAL, b.quote, b.position)!;
    const pieces = splitOverlaps([
      { id: 'a', ...spanA },
      { id: 'b', ...spanB },
    ]);
    expect(pieces.map((p) => [ORIGINAL.slice(p.start, p.end), p.ids])).toEqual([
      ['Een prestatiedoel ', ['a']],
      ['richt zich', ['a', 'b']],
      [' op het oordeel', ['b']],
    ]);
  });

  it('keeps a highlight inside another as its own piece', () => {
    const pieces = splitOverlaps([
      { id: 'buiten', start: 0, end: 10 },
      { id: 'binnen', start: 3, end: 5 },
    ]);
    expect(pieces).toEqual([
      { start: 0, end: 3, ids: ['buiten'] },
      { start: 3, end: 5, ids: ['buiten', 'binnen'] },
      { start: 5, end: 10, ids: ['buiten'] },
    ]);
  });
});
