// Benchmark of readCards: frames per second at 1280×720, run in a worker thread (as the
// presenter runs it in a Web Worker), on generated classroom frames. Five runs over the
// same frames; prints each run and the median. Then the accuracy per marker width.
// Run: npm run bench:cards
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { classroomScene, drawFrame } from './frames.ts';

const RUNS = 5;
const scenes = [
  { count: 30, minSize: 25, maxSize: 60 },
  { count: 20, minSize: 40, maxSize: 120 },
  { count: 12, minSize: 60, maxSize: 160 },
  { count: 0, minSize: 30, maxSize: 30 },
];
const frames = scenes.flatMap((s, i) =>
  [1, 2].map((k) => drawFrame(classroomScene({ seed: 100 + i * 10 + k, ...s })).frame),
);

const worker = new Worker(new URL('./bench-worker.ts', import.meta.url));
const ask = (msg: unknown): Promise<{ ms: number[]; reads: number }> =>
  new Promise((resolve) => {
    worker.once('message', resolve);
    worker.postMessage(msg);
  });

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

console.log(
  `readCards at 1280×720 in a worker thread; ${frames.length} frames (0 to 30 cards), ${RUNS} runs; ${availableParallelism()} cores`,
);
await ask({ frames: frames.slice(0, 2), rounds: 2 }); // warm up the JIT
const perRun: number[] = [];
for (let run = 1; run <= RUNS; run++) {
  const { ms, reads } = await ask({ frames, rounds: 3 });
  const m = median(ms);
  perRun.push(m);
  console.log(
    `  run ${run}: median ${m.toFixed(1)} ms per frame (${(1000 / m).toFixed(1)} fps), ${reads} cards read`,
  );
}
const m = median(perRun);
console.log(
  `median of runs: ${m.toFixed(1)} ms per frame = ${(1000 / m).toFixed(1)} fps (target ≥ 10 fps)`,
);
await worker.terminate();

console.log('');
await import('./accuracy.ts');
