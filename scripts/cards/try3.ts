import { createRequire } from 'node:module';
import { drawFrame, classroomScene } from './frames.ts';
import { CARD_CODES } from '../../src/lib/cards/pattern.ts';
const require = createRequire(import.meta.url);
const { AR } = require('js-aruco2');
const CV = require('js-aruco2/src/cv.js').CV;
AR.DICTIONARIES.KAARTEN = { nBits: 36, tau: 4, codeList: CARD_CODES.slice() };
const det = new AR.Detector({ dictionaryName: 'KAARTEN', maxHammingDistance: 4 });
const sets = [
  [60, 120],
  [40, 60],
  [25, 40],
].map(([lo, hi]) =>
  [1, 2, 3, 4].map((seed) =>
    drawFrame(classroomScene({ seed, count: 30, minSize: lo!, maxSize: hi!, sideways: 0.1 })),
  ),
);
for (const [k, c] of [
  [2, 7],
  [2, 10],
  [2, 14],
  [3, 10],
  [4, 12],
]) {
  const out: string[] = [];
  let t = 0,
    nf = 0;
  for (const set of sets) {
    let ok = 0,
      tot = 0,
      bad = 0;
    for (const { frame: image, truth } of set) {
      const t0 = performance.now();
      CV.grayscale(image, det.grey);
      CV.adaptiveThreshold(det.grey, det.thres, k, c);
      const contours = CV.findContours(det.thres, det.binary);
      let cs = det.findCandidates(contours, image.width * 0.01, 0.05, 10);
      cs = det.clockwiseCorners(cs);
      cs = det.notTooNear(cs, 10);
      const ms = det.findMarkers(det.grey, cs, 49);
      t += performance.now() - t0;
      nf++;
      const got = new Map(
        ms.map((m: any) => {
          const c = m.corners;
          const ang =
            (Math.atan2(c[0].x + c[1].x - c[3].x - c[2].x, -(c[0].y + c[1].y - c[3].y - c[2].y)) *
              180) /
            Math.PI;
          return [
            m.id + 1,
            Math.abs(ang) <= 30 ? 'waar' : Math.abs(ang) >= 150 ? 'misvatting' : 'sideways',
          ];
        }),
      );
      for (const tr of truth) {
        if (tr.answer === 'sideways') continue;
        tot++;
        if (got.get(tr.card) === tr.answer) ok++;
      }
      for (const [cd, a] of got) {
        const tr = truth.find((x) => x.card === cd);
        if (!tr || (a !== 'sideways' && tr.answer !== a)) bad++;
      }
    }
    out.push(`${ok}/${tot} bad ${bad}`);
  }
  console.log(k, c, out.join(' | '), 'ms', (t / nf).toFixed(1));
}
