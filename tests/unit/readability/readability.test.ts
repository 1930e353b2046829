// Plain Dutch (B1) for every text a client reads in the goal rewriter and the mindset
// test (issue #16), measured with the Flesch–Douma formula (flesch-douma.ts).
//
// Threshold: Flesch–Douma ≥ 80 over each tool's running text, at most 10 words per
// sentence on average and no sentence over 20 words. Why these numbers: on Douma's scale
// 60–70 is "standard" text and 80–90 "easy"; B1 guidance for Dutch public texts asks for
// short sentences (about 10 words on average, 15–20 at most) and common, short words.
// Labels and buttons are left out (see `prose`), so what is measured is the explanations;
// with those alone, "standard" text (60–70) would still read above B1. Before #16 the
// mindset test scored 78.9 (with "gevalideerde psychologische test", "normen of
// grenswaarden") and the goal rewriter 88.6 with sentences of 30+ words; after: 86.1 and
// 97.4 (run tests/unit/readability/report.ts).
import { describe, expect, it } from 'vitest';
import { fleschDouma, prose } from './flesch-douma';
import { goalTexts, mindsetTexts } from './sources';

const MIN_SCORE = 80;
const MAX_AVERAGE_WORDS = 10;
const MAX_SENTENCE_WORDS = 20;
/** Jargon a client should not meet (#16): file formats, test theory, English UI words. */
const JARGON =
  /\b(JSON|gevalideerd\w*|normen|grenswaarden|exporteer\w*|importeer\w*|geëxporteerd|geïmporteerd|inlezen|ingelezen|averechts)\b/i;

describe.each([
  ['goal rewriter', goalTexts],
  ['mindset test', mindsetTexts],
] as const)('%s', (_, texts) => {
  it(`scores at least ${MIN_SCORE} (Flesch–Douma) with short sentences`, () => {
    const r = fleschDouma(prose(texts()));
    expect(r.words).toBeGreaterThan(500);
    expect(r.score).toBeGreaterThanOrEqual(MIN_SCORE);
    expect(r.wordsPerSentence).toBeLessThanOrEqual(MAX_AVERAGE_WORDS);
  });

  it(`has no sentence over ${MAX_SENTENCE_WORDS} words`, () => {
    for (const text of texts())
      for (const sentence of text.split(/(?<=[.!?])\s+/)) {
        const words = sentence.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
        expect(words.length, sentence).toBeLessThanOrEqual(MAX_SENTENCE_WORDS);
      }
  });

  it('uses no jargon', () => {
    for (const text of texts()) expect(text, text).not.toMatch(JARGON);
  });
});

describe('the measure itself', () => {
  it('counts Dutch syllables', async () => {
    const { syllables } = await import('./flesch-douma');
    expect(syllables('solliciteren')).toBe(5);
    expect(syllables('uitslag')).toBe(2);
    expect(syllables('over')).toBe(2);
    expect(syllables('ik')).toBe(1);
  });
  it('scores hard text lower than easy text', () => {
    const hard = fleschDouma([
      'Het is geen gevalideerde psychologische test, en het werkboek waar de items uit komen geeft geen normen of grenswaarden.',
    ]);
    const easy = fleschDouma(['Dit is geen echte test. Er is geen grens voor een goede score.']);
    expect(hard.score).toBeLessThan(MIN_SCORE);
    expect(easy.score).toBeGreaterThan(MIN_SCORE);
  });
});
