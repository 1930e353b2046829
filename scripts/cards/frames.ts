// Synthetic classroom frames for the card reader: printed answer cards (drawn from
// cardPattern) held up at different sizes, rotations and tilts, in front of a cluttered
// background, with blur, sensor noise and uneven light. Every frame carries its truth, so
// unit tests and the benchmark can score readCards. Seeded: the same options give the
// same pixels on every machine. Also writes .y4m files for Chromium's fake camera.
//
// Geometry: a card is a flat sheet. Its marker is `size` pixels wide when seen face-on;
// the sheet is turned in its own plane (`turn`, degrees clockwise, 0 = WAAR edge up),
// then tilted about the horizontal and vertical axes (`tiltX`, `tiltY`, degrees) and
// projected with a pinhole camera, so tilted cards show real perspective.
import { writeFileSync } from 'node:fs';
import { cardPattern } from '../../src/lib/cards/pattern.ts';

export type Answer = 'waar' | 'misvatting';

export interface CardPose {
  card: number;
  /** Marker width in pixels when seen face-on. */
  size: number;
  /** Centre of the marker in the frame. */
  x: number;
  y: number;
  /** In-plane turn in degrees, clockwise; 0 = WAAR up, 180 = MISVATTING up. */
  turn: number;
  tiltX?: number;
  tiltY?: number;
}

export interface FrameOptions {
  width: number;
  height: number;
  seed: number;
  cards: CardPose[];
  /** Gaussian blur sigma in pixels (focus, motion). */
  blur?: number;
  /** Standard deviation of the sensor noise, in grey levels. */
  noise?: number;
  /** 0 = even light; 1 = strong gradient and a bright spot. */
  unevenLight?: number;
  /** Number of clutter shapes behind the cards (decoy squares among them). */
  clutter?: number;
}

export interface Frame {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

export interface Truth {
  card: number;
  /**
   * What the card shows in the frame: the direction of its WAAR edge after turn, tilt and
   * perspective. Within 3° of the 30° limit it is 'borderline': a reader may count it or
   * not, and tests score neither way.
   */
  answer: Answer | 'sideways' | 'borderline';
  /** Degrees between the WAAR edge's direction in the frame and up. */
  angle: number;
  size: number;
}

/** Small fast seeded generator (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Which answer a card shows whose WAAR edge points `angle` degrees away from up. */
export function answerOfAngle(angle: number): Truth['answer'] {
  const a = Math.abs(angle);
  if (Math.abs(a - 30) < 3 || Math.abs(a - 150) < 3) return 'borderline';
  if (a < 30) return 'waar';
  if (a > 150) return 'misvatting';
  return 'sideways';
}

type Mat3 = [number, number, number, number, number, number, number, number, number];

function invert(m: Mat3): Mat3 {
  const [a, b, c, d, e, f, g, h, i] = m;
  const A = e * i - f * h;
  const B = -(d * i - f * g);
  const C = d * h - e * g;
  const det = a * A + b * B + c * C;
  return [
    A / det,
    -(b * i - c * h) / det,
    (b * f - c * e) / det,
    B / det,
    (a * i - c * g) / det,
    -(a * f - c * d) / det,
    C / det,
    -(a * h - b * g) / det,
    (a * e - b * d) / det,
  ];
}

/** Homography from sheet coordinates (pixels, marker centre at 0,0) to the frame. */
function poseHomography(p: CardPose, focal: number): Mat3 {
  const t = (p.turn * Math.PI) / 180;
  const ax = ((p.tiltX ?? 0) * Math.PI) / 180;
  const ay = ((p.tiltY ?? 0) * Math.PI) / 180;
  // Sheet axes after the in-plane turn, then the two tilts (x then y), in camera space.
  const rot = (v: [number, number, number]): [number, number, number] => {
    let [x, y, z] = v;
    [x, y] = [x * Math.cos(t) - y * Math.sin(t), x * Math.sin(t) + y * Math.cos(t)];
    [y, z] = [y * Math.cos(ax) - z * Math.sin(ax), y * Math.sin(ax) + z * Math.cos(ax)];
    [x, z] = [x * Math.cos(ay) + z * Math.sin(ay), -x * Math.sin(ay) + z * Math.cos(ay)];
    return [x, y, z];
  };
  const u = rot([1, 0, 0]);
  const v = rot([0, 1, 0]);
  // Sheet point (s, r) -> camera (s*u + r*v + (0,0,focal)) -> frame.
  return [
    focal * u[0] + p.x * u[2],
    focal * v[0] + p.x * v[2],
    p.x * focal,
    focal * u[1] + p.y * u[2],
    focal * v[1] + p.y * v[2],
    p.y * focal,
    u[2],
    v[2],
    focal,
  ];
}

/** Draws a frame with its truth. Grey levels, written as RGBA with a slight colour cast. */
export function drawFrame(o: FrameOptions): { frame: Frame; truth: Truth[] } {
  const { width: W, height: H } = o;
  const rand = rng(o.seed);
  const grey = new Float32Array(W * H);

  // Background: a wall with a soft vertical gradient.
  const wall = 140 + rand() * 60;
  for (let y = 0; y < H; y++) {
    const v = wall - 30 * (y / H);
    grey.fill(v, y * W, (y + 1) * W);
  }

  // Clutter: rectangles, bars, stripes, and decoy squares (black frames with random cells,
  // like a marker that is not one of ours) so the reader meets near misses.
  const shapes = o.clutter ?? 0;
  for (let s = 0; s < shapes; s++) {
    const kind = rand();
    const w = 10 + rand() * 160;
    const h = 10 + rand() * 160;
    const x0 = rand() * W;
    const y0 = rand() * H;
    const ang = rand() * Math.PI;
    const ca = Math.cos(ang);
    const sa = Math.sin(ang);
    const shade = rand() * 255;
    const cellsDecoy = kind > 0.8 ? 5 + Math.floor(rand() * 4) : 0;
    const decoyBits = Array.from({ length: 100 }, () => rand() < 0.5);
    const stripe = 2 + rand() * 10;
    const side = Math.max(w, h);
    const r = Math.ceil(Math.hypot(w, h));
    for (let y = Math.max(0, Math.floor(y0 - r)); y < Math.min(H, y0 + r); y++) {
      for (let x = Math.max(0, Math.floor(x0 - r)); x < Math.min(W, x0 + r); x++) {
        const dx = x - x0;
        const dy = y - y0;
        const u = dx * ca + dy * sa;
        const v = -dx * sa + dy * ca;
        if (cellsDecoy) {
          if (Math.abs(u) > side / 2 || Math.abs(v) > side / 2) continue;
          const n = cellsDecoy;
          const cu = Math.min(n - 1, Math.floor(((u + side / 2) / side) * n));
          const cv = Math.min(n - 1, Math.floor(((v + side / 2) / side) * n));
          const edge = cu === 0 || cv === 0 || cu === n - 1 || cv === n - 1;
          grey[y * W + x] = edge || decoyBits[cv * 10 + cu] ? 25 : 230;
        } else if (kind < 0.5) {
          if (Math.abs(u) > w / 2 || Math.abs(v) > h / 2) continue;
          grey[y * W + x] = shade;
        } else if (kind < 0.65) {
          if (Math.abs(u) > w / 2 || Math.abs(v) > 3) continue;
          grey[y * W + x] = shade < 128 ? 20 : 235;
        } else {
          if (Math.abs(u) > w / 2 || Math.abs(v) > h / 2) continue;
          grey[y * W + x] = Math.floor(u / stripe) % 2 === 0 ? 30 : 220;
        }
      }
    }
  }

  // Cards, painted back to front. A sheet is white paper around the marker, with dark
  // strokes standing in for the printed words and a hand covering part of one edge.
  const focal = 1.2 * W;
  const truth: Truth[] = [];
  for (const pose of o.cards) {
    const cells = cardPattern(pose.card);
    const n = cells.length;
    const half = pose.size / 2;
    const sheet = pose.size * 0.78; // half-size of the sheet around the marker
    const Hm = poseHomography(pose, focal);
    const inv = invert(Hm);
    // Bounding box of the sheet in the frame.
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (const [sx, sy] of [
      [-sheet, -sheet],
      [sheet, -sheet],
      [sheet, sheet],
      [-sheet, sheet],
    ] as const) {
      const w = Hm[6] * sx + Hm[7] * sy + Hm[8];
      const fx = (Hm[0] * sx + Hm[1] * sy + Hm[2]) / w;
      const fy = (Hm[3] * sx + Hm[4] * sy + Hm[5]) / w;
      minX = Math.min(minX, fx);
      maxX = Math.max(maxX, fx);
      minY = Math.min(minY, fy);
      maxY = Math.max(maxY, fy);
    }
    const paper = 225 + rand() * 25;
    const ink = 15 + rand() * 30;
    const handSide = rand() < 0.5 ? -1 : 1;
    const sample = (sx: number, sy: number): number | null => {
      if (Math.abs(sx) > sheet || Math.abs(sy) > sheet) return null;
      // The hand: a blob over a lower corner of the sheet, clear of the marker.
      const hx = sx - handSide * sheet * 0.85;
      const hy = sy - sheet * 0.9;
      if (hx * hx + hy * hy < (sheet * 0.22) ** 2) return 150;
      if (Math.abs(sx) < half && Math.abs(sy) < half) {
        const cx = Math.min(n - 1, Math.floor(((sx + half) / pose.size) * n));
        const cy = Math.min(n - 1, Math.floor(((sy + half) / pose.size) * n));
        return cells[cy]![cx] ? ink : paper;
      }
      // The words: thin strokes centred on the top and bottom margins.
      const band = Math.abs(Math.abs(sy) - (half + sheet) / 2) < pose.size * 0.035;
      if (
        band &&
        Math.abs(sx) < pose.size * (sy < 0 ? 0.15 : 0.4) &&
        Math.floor(sx / (pose.size * 0.04)) % 3 !== 0
      )
        return ink + 60;
      return paper;
    };
    const SS = 3; // supersampling per axis
    for (let y = Math.max(0, Math.floor(minY)); y < Math.min(H, Math.ceil(maxY)); y++) {
      for (let x = Math.max(0, Math.floor(minX)); x < Math.min(W, Math.ceil(maxX)); x++) {
        let sum = 0;
        let hits = 0;
        for (let j = 0; j < SS; j++) {
          for (let i = 0; i < SS; i++) {
            const fx = x + (i + 0.5) / SS;
            const fy = y + (j + 0.5) / SS;
            const w = inv[6] * fx + inv[7] * fy + inv[8];
            const sx = (inv[0] * fx + inv[1] * fy + inv[2]) / w;
            const sy = (inv[3] * fx + inv[4] * fy + inv[5]) / w;
            const v = sample(sx, sy);
            if (v !== null) {
              sum += v;
              hits++;
            }
          }
        }
        if (hits) {
          const k = y * W + x;
          grey[k] = (grey[k]! * (SS * SS - hits) + sum) / (SS * SS);
        }
      }
    }
    const project = (sx: number, sy: number): [number, number] => {
      const w = Hm[6] * sx + Hm[7] * sy + Hm[8];
      return [(Hm[0] * sx + Hm[1] * sy + Hm[2]) / w, (Hm[3] * sx + Hm[4] * sy + Hm[5]) / w];
    };
    const [tx, ty] = project(0, -half);
    const [bx, by] = project(0, half);
    const angle = (Math.atan2(tx - bx, -(ty - by)) * 180) / Math.PI;
    truth.push({ card: pose.card, answer: answerOfAngle(angle), angle, size: pose.size });
  }

  if (o.blur && o.blur > 0.2) gaussianBlur(grey, W, H, o.blur);

  // Uneven light: a gradient across the room and a bright window spot.
  const light = o.unevenLight ?? 0;
  const spotX = rand() * W;
  const spotY = rand() * H;
  const dir = rand() * Math.PI * 2;
  const noise = o.noise ?? 0;
  const data = new Uint8ClampedArray(W * H * 4);
  let spare: number | null = null;
  const gauss = (): number => {
    if (spare !== null) {
      const s = spare;
      spare = null;
      return s;
    }
    const u = Math.max(1e-9, rand());
    const v = rand();
    const m = Math.sqrt(-2 * Math.log(u));
    spare = m * Math.sin(2 * Math.PI * v);
    return m * Math.cos(2 * Math.PI * v);
  };
  const cast = [1.02, 1, 0.93];
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const g = ((x / W - 0.5) * Math.cos(dir) + (y / H - 0.5) * Math.sin(dir)) * 0.9;
      const d2 = ((x - spotX) ** 2 + (y - spotY) ** 2) / (0.25 * W * W);
      const gain = 1 - light * 0.35 + light * (g * 0.5 + 0.45 * Math.exp(-d2));
      const v = grey[y * W + x]! * gain;
      const k = (y * W + x) * 4;
      const nz = noise ? gauss() * noise : 0;
      data[k] = v * cast[0]! + nz;
      data[k + 1] = v * cast[1]! + nz;
      data[k + 2] = v * cast[2]! + nz;
      data[k + 3] = 255;
    }
  }
  return { frame: { data, width: W, height: H }, truth };
}

function gaussianBlur(img: Float32Array, W: number, H: number, sigma: number): void {
  const r = Math.ceil(sigma * 2.5);
  const k = new Float32Array(2 * r + 1);
  let s = 0;
  for (let i = -r; i <= r; i++) s += k[i + r] = Math.exp(-(i * i) / (2 * sigma * sigma));
  for (let i = 0; i < k.length; i++) k[i]! /= s;
  const tmp = new Float32Array(img.length);
  for (let y = 0; y < H; y++)
    for (let x = 0; x < W; x++) {
      let a = 0;
      for (let i = -r; i <= r; i++)
        a += img[y * W + Math.min(W - 1, Math.max(0, x + i))]! * k[i + r]!;
      tmp[y * W + x] = a;
    }
  for (let y = 0; y < H; y++)
    for (let x = 0; x < W; x++) {
      let a = 0;
      for (let i = -r; i <= r; i++)
        a += tmp[Math.min(H - 1, Math.max(0, y + i)) * W + x]! * k[i + r]!;
      img[y * W + x] = a;
    }
}

export interface SceneOptions {
  width?: number;
  height?: number;
  seed: number;
  /** How many cards, and their marker widths (drawn uniformly from this range). */
  count: number;
  minSize: number;
  maxSize: number;
  /** Share of cards held sideways (they must not count). */
  sideways?: number;
  /** Largest tilt in degrees. */
  maxTilt?: number;
  /** Which card numbers to use; default 1..count. */
  cardNumbers?: number[];
  /** Fixed answers per card; default random. */
  answers?: Record<number, Answer>;
}

/**
 * A classroom scene: `count` cards spread over the frame without overlapping, random
 * answers (or given ones), turns up to ±25° from upright, tilts up to `maxTilt`, and
 * random blur, noise, light and clutter (all within what a room gives).
 */
export function classroomScene(s: SceneOptions): FrameOptions {
  const width = s.width ?? 1280;
  const height = s.height ?? 720;
  const rand = rng(s.seed * 7919 + 13);
  const numbers = s.cardNumbers ?? Array.from({ length: s.count }, (_, i) => i + 1);
  const placed: { x: number; y: number; r: number }[] = [];
  const cards: CardPose[] = [];
  for (let i = 0; i < s.count; i++) {
    const card = numbers[i % numbers.length]!;
    const size = s.minSize + rand() * (s.maxSize - s.minSize);
    const r = size * 0.78 * Math.SQRT2 + 4;
    let x = 0;
    let y = 0;
    let ok = false;
    for (let tries = 0; tries < 400 && !ok; tries++) {
      x = r + rand() * (width - 2 * r);
      y = r + rand() * (height - 2 * r);
      ok = placed.every((p) => Math.hypot(p.x - x, p.y - y) > p.r + r);
    }
    if (!ok) continue;
    placed.push({ x, y, r });
    const given = s.answers?.[card];
    const sideways = !given && rand() < (s.sideways ?? 0);
    const answer: Answer = given ?? (rand() < 0.5 ? 'waar' : 'misvatting');
    const wobble = (rand() * 2 - 1) * 25;
    const turn = sideways
      ? (rand() < 0.5 ? 90 : 270) + (rand() * 2 - 1) * 20
      : (answer === 'waar' ? 0 : 180) + wobble;
    const maxTilt = s.maxTilt ?? 25;
    cards.push({
      card,
      size,
      x,
      y,
      turn,
      tiltX: (rand() * 2 - 1) * maxTilt,
      tiltY: (rand() * 2 - 1) * maxTilt,
    });
  }
  return {
    width,
    height,
    seed: s.seed,
    cards,
    blur: rand() * 1.0,
    noise: 2 + rand() * 6,
    unevenLight: rand(),
    clutter: 25 + Math.floor(rand() * 30),
  };
}

/**
 * Writes frames as a YUV4MPEG2 (4:2:0) file, the format Chromium's fake camera reads
 * with --use-file-for-fake-video-capture. The file loops; each frame shows `repeat` times.
 */
export function writeY4m(path: string, frames: Frame[], fps = 10, repeat = 1): void {
  const first = frames[0];
  if (!first) throw new Error('no frames');
  const { width: W, height: H } = first;
  const parts: Uint8Array[] = [
    new TextEncoder().encode(`YUV4MPEG2 W${W} H${H} F${fps}:1 Ip A1:1 C420jpeg\n`),
  ];
  const header = new TextEncoder().encode('FRAME\n');
  for (const f of frames) {
    const y = new Uint8Array(W * H);
    const cw = Math.ceil(W / 2);
    const ch = Math.ceil(H / 2);
    const u = new Uint8Array(cw * ch);
    const v = new Uint8Array(cw * ch);
    for (let j = 0; j < H; j++)
      for (let i = 0; i < W; i++) {
        const k = (j * W + i) * 4;
        const r = f.data[k]!;
        const g = f.data[k + 1]!;
        const b = f.data[k + 2]!;
        y[j * W + i] = Math.max(0, Math.min(255, Math.round(0.299 * r + 0.587 * g + 0.114 * b)));
        if (j % 2 === 0 && i % 2 === 0) {
          const c = (j / 2) * cw + i / 2;
          u[c] = Math.max(
            0,
            Math.min(255, Math.round(128 - 0.168736 * r - 0.331264 * g + 0.5 * b)),
          );
          v[c] = Math.max(
            0,
            Math.min(255, Math.round(128 + 0.5 * r - 0.418688 * g - 0.081312 * b)),
          );
        }
      }
    for (let n = 0; n < repeat; n++) parts.push(header, y, u, v);
  }
  writeFileSync(path, Buffer.concat(parts));
}
