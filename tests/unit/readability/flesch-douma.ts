// Flesch–Douma readability for Dutch (Douma 1960, the Dutch version of Flesch's
// Reading Ease): 206.835 − 0.93 × (words per sentence) − 77 × (syllables per word).
// Higher is easier; 60–70 reads as plain text, 70–80 as fairly easy.
//
// Syllables come from the Dutch hyphenation patterns of the `hyphen` package, and from
// the vowel groups of the word where those give more (patterns leave short word edges
// unsplit: "over" is one piece). A sentence ends at . ! ? or at the end of a string:
// every label, button and list item counts as one sentence.
import hyphenNl from 'hyphen/nl/index.js';

const { hyphenateSync } = hyphenNl as {
  hyphenateSync: (w: string, o: { hyphenChar: string }) => string;
};

const VOWEL_GROUP = /(ij|[aeiouyàáâäèéêëïíîìöóôòüúûù])+/giu;

export function syllables(word: string): number {
  const pieces = hyphenateSync(word.toLowerCase(), { hyphenChar: '\u00ad' }).split('\u00ad').length;
  const groups = word.match(VOWEL_GROUP)?.length ?? 0;
  return Math.max(1, pieces, groups);
}

export interface Readability {
  score: number;
  sentences: number;
  words: number;
  syllables: number;
  /** Average words per sentence. */
  wordsPerSentence: number;
}

const WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;

/** Flesch–Douma over a list of texts (each text ends a sentence). */
export function fleschDouma(texts: string[]): Readability {
  let sentences = 0;
  let words = 0;
  let syl = 0;
  for (const text of texts) {
    for (const sentence of text.split(/(?<=[.!?])\s+|\n+/)) {
      const ws = sentence.match(WORD) ?? [];
      if (!ws.length) continue;
      sentences++;
      words += ws.length;
      for (const w of ws) for (const part of w.split(/[-'’]/)) if (part) syl += syllables(part);
    }
  }
  const wps = words / Math.max(1, sentences);
  const spw = syl / Math.max(1, words);
  return {
    score: 206.835 - 0.93 * wps - 77 * spw,
    sentences,
    words,
    syllables: syl,
    wordsPerSentence: wps,
  };
}

/** Running text only: strings of at least six words (labels and buttons would make any text look easy). */
export function prose(texts: string[]): string[] {
  return texts.filter((t) => (t.match(WORD) ?? []).length >= 6);
}

/** Every string in a module's exports: strings, arrays, objects, and functions called with sample arguments. */
export function collectStrings(
  value: unknown,
  out: string[] = [],
  seen = new Set<unknown>(),
): string[] {
  if (typeof value === 'string') {
    if (/\p{L}/u.test(value) && !/^[a-z0-9/#._-]+$/.test(value)) out.push(value);
  } else if (typeof value === 'function') {
    try {
      const fn = value as (...a: unknown[]) => unknown;
      collectStrings(fn(...Array.from({ length: fn.length }, () => 2)), out, seen);
    } catch {
      /* a template that needs other arguments: its fixed text is also in the strings around it */
    }
  } else if (value && typeof value === 'object' && !seen.has(value)) {
    seen.add(value);
    for (const v of Object.values(value)) collectStrings(v, out, seen);
  }
  return out;
}
