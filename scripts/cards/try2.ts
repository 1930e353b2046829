import { createRequire } from 'node:module';
import { drawFrame, classroomScene } from './frames.ts';
import { CARD_CODES } from '../../src/lib/cards/pattern.ts';
const require = createRequire(import.meta.url);
const { AR } = require('js-aruco2');
const CV = require('js-aruco2/src/cv.js').CV;
AR.DICTIONARIES.KAARTEN = { nBits: 36, tau: 4, codeList: CARD_CODES.slice() };
const det = new AR.Detector({ dictionaryName: 'KAARTEN', maxHammingDistance: 4 });
const frames = [1, 2, 3].map(
  (seed) =>
    drawFrame(classroomScene({ seed, count: 30, minSize: 25, maxSize: 120, sideways: 0.1 })).frame,
);
const T: Record<string, number> = {};
const tm = (k: string, f: () => any) => {
  const t0 = performance.now();
  const r = f();
  T[k] = (T[k] ?? 0) + performance.now() - t0;
  return r;
};
for (let rep = 0; rep < 3; rep++)
  for (const image of frames) {
    tm('gray', () => CV.grayscale(image, det.grey));
    tm('thres', () => CV.adaptiveThreshold(det.grey, det.thres, 2, 7));
    const contours = tm('contours', () => CV.findContours(det.thres, det.binary));
    let c = tm('cands', () => det.findCandidates(contours, image.width * 0.01, 0.05, 10));
    c = det.clockwiseCorners(c);
    c = tm('near', () => det.notTooNear(c, 10));
    T.n = (T.n ?? 0) + c.length;
    T.nc = (T.nc ?? 0) + contours.length;
    tm('markers', () => det.findMarkers(det.grey, c, 49));
  }
for (const k in T) console.log(k, (T[k]! / 9).toFixed(1));
