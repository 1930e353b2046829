// Reads the answer cards in a camera frame. The detector is js-aruco2 (a JavaScript port
// of ArUco; an ES-module copy in ./aruco, see scripts/cards/vendor-aruco.mjs): adaptive threshold, contours, convex quadrilaterals, perspective warp and a
// dictionary look-up that tries the four rotations. We give it a dictionary of only our
// CARD_COUNT codes and accept a code only within MAX_BIT_ERRORS of one of them: the codes
// differ in at least 12 bits in every rotation, so a read that is 3 bits off is still 9
// bits from any other card, and anything further off is left out rather than guessed.
import { AR } from './aruco/aruco.js';
import { CV } from './aruco/cv.js';
import type { Detector, Point } from './aruco/aruco.js';
import { CARD_CODES, DATA_SIDE } from './pattern.ts';

export type CardAnswer = 'waar' | 'misvatting';

export interface CardRead {
  card: number;
  answer: CardAnswer;
}

/** Where a card was seen, for drawing a mark on a preview. */
export interface CardSighting extends CardRead {
  corners: Point[];
}

export interface Frame {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

/** Bit errors a read may have and still count (the codes are ≥ 12 bits apart). */
export const MAX_BIT_ERRORS = 3;
/** A card counts when its WAAR or MISVATTING edge is within this many degrees of up. */
export const MAX_TILT_DEGREES = 30;

const DICTIONARY = 'KAARTEN_36H12';
// Threshold window (the library's kernel size) and offset: measured on the generated
// classroom frames (scripts/cards/frames.ts); the library default (2, 7) turns sensor
// noise into tens of thousands of specks and is two to three times slower.
const THRESHOLD_KERNEL = 3;
const THRESHOLD_OFFSET = 10;

let detector: Detector | undefined;

function getDetector(): Detector {
  if (!detector) {
    AR.DICTIONARIES[DICTIONARY] = {
      nBits: DATA_SIDE * DATA_SIDE,
      // The library accepts a code when its distance is below tau.
      tau: MAX_BIT_ERRORS + 1,
      codeList: CARD_CODES.slice(),
    };
    detector = new AR.Detector({
      dictionaryName: DICTIONARY,
      maxHammingDistance: MAX_BIT_ERRORS + 1,
    });
  }
  return detector;
}

/** Which answer the marker's corners show: the direction of its WAAR edge in the frame. */
export function answerFromCorners(corners: Point[]): CardAnswer | null {
  const [tl, tr, br, bl] = corners;
  if (!tl || !tr || !br || !bl) return null;
  // From the middle of the bottom edge (MISVATTING side) to the middle of the top (WAAR).
  const ux = tl.x + tr.x - bl.x - br.x;
  const uy = tl.y + tr.y - bl.y - br.y;
  const degreesFromUp = (Math.atan2(ux, -uy) * 180) / Math.PI;
  if (Math.abs(degreesFromUp) <= MAX_TILT_DEGREES) return 'waar';
  if (Math.abs(degreesFromUp) >= 180 - MAX_TILT_DEGREES) return 'misvatting';
  return null;
}

/** Every card read in the frame with where it was seen; each card at most once. */
export function findCards(frame: Frame): CardSighting[] {
  const { width, height, data } = frame;
  if (!(width > 0 && height > 0) || data.length < width * height * 4) return [];
  const d = getDetector();
  CV.grayscale(frame, d.grey);
  CV.adaptiveThreshold(d.grey, d.thres, THRESHOLD_KERNEL, THRESHOLD_OFFSET);
  const contours = CV.findContours(d.thres, d.binary);
  let candidates = d.findCandidates(contours, width * 0.01, 0.05, 10);
  candidates = d.clockwiseCorners(candidates);
  candidates = d.notTooNear(candidates, 10);
  const seen = new Map<number, CardSighting | null>();
  for (const marker of d.findMarkers(d.grey, candidates, 49)) {
    if (marker.hammingDistance > MAX_BIT_ERRORS) continue;
    const card = marker.id + 1;
    const answer = answerFromCorners(marker.corners);
    if (!answer) continue;
    const before = seen.get(card);
    // The same card twice with different answers: not sure, so neither counts.
    if (before === undefined) seen.set(card, { card, answer, corners: marker.corners });
    else if (before && before.answer !== answer) seen.set(card, null);
  }
  return [...seen.values()]
    .filter((s): s is CardSighting => s !== null)
    .sort((a, b) => a.card - b.card);
}

/** The cards in an RGBA frame and the answer each shows; cards held sideways, or not read for sure, are left out. */
export function readCards(frame: Frame): CardRead[] {
  return findCards(frame).map(({ card, answer }) => ({ card, answer }));
}
