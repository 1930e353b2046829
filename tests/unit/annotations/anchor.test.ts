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

describe('anchorQuote at the edges', () => {
  it('finds nothing for an empty quote', () => {
    const quote = { type: 'TextQuoteSelector' as const, exact: '', prefix: '', suffix: '' };
    expect(anchorQuote(ORIGINAL, quote)).toBeNull();
  });

  it('anchors without a position hint (an imported entry from another browser)', () => {
    const { quote } = quoteOf(ORIGINAL, 'Competitie kan motiveren');
    const start = ORIGINAL.indexOf('Competitie kan motiveren');
    expect(anchorQuote(ORIGINAL, quote)).toEqual({ start, end: start + quote.exact.length });
  });

  it('anchors a quote at the very start of the text, where there is no context before it', () => {
    const { quote, position } = quoteOf(ORIGINAL, 'Doelen geven richting');
    expect(quote.prefix).toBe('');
    const edited = ORIGINAL.replace('aan gedrag', 'aan wat iemand doet');
    expect(anchorQuote(edited, quote, position)).toEqual({ start: 0, end: quote.exact.length });
  });

  it('keeps a short quote whose context moved to the very start of the page', () => {
    const { quote, position } = quoteOf(ORIGINAL, 'een leerdoel stelt');
    const edited = ORIGINAL.slice(ORIGINAL.indexOf('een leerdoel stelt'));
    expect(anchorQuote(edited, quote, position)).toEqual({ start: 0, end: quote.exact.length });
  });

  it('does not guess a very short quote that is no longer there word for word', () => {
    const { quote, position } = quoteOf(ORIGINAL, 'als');
    const edited = ORIGINAL.replace('fouten als informatie', 'fouten nuttig');
    expect(edited).not.toContain('als');
    expect(anchorQuote(edited, quote, position)).toBeNull();
  });

  it('skips near matches that have too little of the quote left', () => {
    const { quote, position } = quoteOf(
      ORIGINAL,
      'Competitie kan motiveren, maar niet iedereen heeft er baat bij.',
    );
    const edited = ORIGINAL.replace(
      'Competitie kan motiveren, maar niet iedereen heeft er baat bij.',
      'Wedijver werkt soms, maar lang niet bij iedereen.',
    );
    expect(anchorQuote(edited, quote, position)).toBeNull();
  });
});

describe('splitOverlaps at the edges', () => {
  it('ignores an empty span and returns nothing for no spans', () => {
    expect(splitOverlaps([])).toEqual([]);
    expect(
      splitOverlaps([
        { id: 'leeg', start: 4, end: 4 },
        { id: 'a', start: 0, end: 4 },
      ]),
    ).toEqual([{ start: 0, end: 4, ids: ['a'] }]);
  });

  it('leaves the text between two separate highlights unmarked', () => {
    expect(
      splitOverlaps([
        { id: 'a', start: 0, end: 2 },
        { id: 'b', start: 5, end: 7 },
      ]),
    ).toEqual([
      { start: 0, end: 2, ids: ['a'] },
      { start: 5, end: 7, ids: ['b'] },
    ]);
  });
});
