// Accuracy of readCards on generated classroom frames, per marker width. Prints a table
// (read right, missed, wrong reads) and, with --verbose, every miss with its pose.
// Run: node --experimental-strip-types scripts/cards/accuracy.ts [frames per band] [--verbose]
import { findCards } from '../../src/lib/cards/read.ts';
import { classroomScene, drawFrame } from './frames.ts';

const perBand = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 6);
const verbose = process.argv.includes('--verbose');
const bands: [number, number][] = [
  [20, 25],
  [25, 30],
  [30, 35],
  [35, 40],
  [40, 50],
  [50, 70],
  [70, 110],
  [110, 180],
];

console.log(
  `frames of 1280×720, ${perBand} per band; cards turned up to ±25°, tilted up to 25°, 10% sideways`,
);
console.log('marker px   cards   read right   missed   wrong reads   sideways counted');
for (const [lo, hi] of bands) {
  let total = 0;
  let right = 0;
  let wrong = 0;
  let sidewaysCounted = 0;
  for (let i = 0; i < perBand; i++) {
    const seed = lo * 1000 + i;
    const scene = classroomScene({
      seed,
      count: hi > 100 ? 10 : 30,
      minSize: lo,
      maxSize: hi,
      sideways: 0.1,
    });
    const { frame, truth } = drawFrame(scene);
    const reads = findCards(frame);
    for (const r of reads) {
      const t = truth.find((x) => x.card === r.card);
      if (!t) wrong++;
      else if (t.answer === 'borderline') continue;
      else if (t.answer === 'sideways') sidewaysCounted++;
      else if (t.answer !== r.answer) wrong++;
    }
    for (const t of truth) {
      if (t.answer === 'sideways' || t.answer === 'borderline') continue;
      total++;
      if (reads.some((r) => r.card === t.card && r.answer === t.answer)) right++;
      else if (verbose) {
        const p = scene.cards.find((c) => c.card === t.card)!;
        console.log(
          `  miss seed ${seed} card ${t.card} size ${p.size.toFixed(1)} turn ${p.turn.toFixed(0)} seen ${t.angle.toFixed(0)}° tilt ${p.tiltX?.toFixed(0)}/${p.tiltY?.toFixed(0)} at ${p.x.toFixed(0)},${p.y.toFixed(0)} blur ${scene.blur?.toFixed(2)} noise ${scene.noise?.toFixed(1)} light ${scene.unevenLight?.toFixed(2)}`,
        );
      }
    }
  }
  console.log(
    `${`${lo}–${hi}`.padEnd(12)}${String(total).padStart(5)}   ${`${((right / total) * 100).toFixed(1)}%`.padStart(10)}   ${String(total - right).padStart(6)}   ${String(wrong).padStart(11)}   ${String(sidewaysCounted).padStart(16)}`,
  );
}
