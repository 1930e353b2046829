// The reading time shown on every chapter: counted from the words a reader sees, not
// from the MDX around them.
import { describe, expect, it } from 'vitest';
import { countWords, plainText, readingMinutes } from '@/lib/text/reading-time';

describe('plainText', () => {
  it('drops frontmatter, imports, tags, expressions and Markdown marks but keeps the text', () => {
    const source = [
      '---',
      'titel: Geheim woord',
      '---',
      "import Kader from '../Kader.astro';",
      '## Kop',
      '<Kader soort="tip">Zichtbare tekst</Kader>',
      'Een **vet** woord, {props.verborgen} en een [link](https://voorbeeld.nl/pad).',
    ].join('\n');
    const text = plainText(source);
    for (const hidden of [
      'Geheim',
      'import',
      'Kader',
      'soort',
      'verborgen',
      'voorbeeld',
      '**',
      '##',
    ]) {
      expect(text).not.toContain(hidden);
    }
    expect(countWords(text)).toBe(countWords('Kop Zichtbare tekst Een vet woord en een link'));
  });
});

describe('countWords', () => {
  it('counts Dutch words with accents, apostrophes and hyphens as one word each', () => {
    expect(countWords("Zo’n café's e-mail, één idee.")).toBe(5);
    expect(countWords('5 doelen in 2025')).toBe(4);
  });

  it('is 0 for text without words', () => {
    expect(countWords('')).toBe(0);
    expect(countWords(' - * # ')).toBe(0);
  });
});

describe('readingMinutes', () => {
  it('reads about 200 words a minute, rounded', () => {
    expect(readingMinutes('woord '.repeat(1000))).toBe(5);
    expect(readingMinutes('woord '.repeat(1100))).toBe(6);
  });

  it('says at least one minute, also for an empty chapter', () => {
    expect(readingMinutes('')).toBe(1);
    expect(readingMinutes('kort')).toBe(1);
  });
});
