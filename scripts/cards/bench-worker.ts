// Worker side of bench.ts: times readCards on each frame it is sent.
import { parentPort } from 'node:worker_threads';
import { readCards, type Frame } from '../../src/lib/cards/read.ts';

parentPort!.on('message', ({ frames, rounds }: { frames: Frame[]; rounds: number }) => {
  const ms: number[] = [];
  let reads = 0;
  for (let r = 0; r < rounds; r++)
    for (const frame of frames) {
      const t0 = performance.now();
      reads += readCards(frame).length;
      ms.push(performance.now() - t0);
    }
  parentPort!.postMessage({ ms, reads });
});
