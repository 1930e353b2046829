// Prints the Flesch–Douma score of the goal rewriter's and the mindset test's texts.
// Run: npx node --experimental-strip-types tests/unit/readability/report.ts
import { fleschDouma, prose } from './flesch-douma.ts';
import { goalTexts, mindsetTexts } from './sources.ts';

for (const [name, texts] of [
  ['goal rewriter', goalTexts()],
  ['mindset test', mindsetTexts()],
] as const) {
  const r = fleschDouma(prose(texts));
  console.log(
    `${name}: Flesch–Douma ${r.score.toFixed(1)} (${r.sentences} sentences, ${r.words} words, ${r.wordsPerSentence.toFixed(1)} words per sentence, ${(r.syllables / r.words).toFixed(2)} syllables per word)`,
  );
}

if (process.argv.includes('--worst')) {
  const all = [...goalTexts(), ...mindsetTexts()];
  const scored = prose(all).map((t) => [fleschDouma([t]).score, t] as const);
  scored.sort((a, b) => a[0] - b[0]);
  for (const [score, t] of scored.slice(0, 25))
    console.log(score.toFixed(0).padStart(4), t.slice(0, 150));
}
