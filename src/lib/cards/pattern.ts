// The printed marker of each answer card. Markers are codes of the ARUCO_MIP_36h12
// dictionary (ArUco, Garrido-Jurado et al.): 6×6 data bits inside a one-cell black border,
// chosen so that any two codes, in any of their four rotations, differ in at least 12
// bits. Card n carries code n − 1. The codes are copied here (not imported) so the cards
// page renders them at build time without the detector.

/** Number of cards that can be printed and read. */
export const CARD_COUNT = 60;

/** The first CARD_COUNT codes of ARUCO_MIP_36h12, 36 bits each, row by row, 1 = white. */
export const CARD_CODES: readonly number[] = [
  0xd2b63a09d, 0x6001134e5, 0x1206fbe72, 0xff8ad6cb4, 0x85da9bc49, 0xb461afe9c, 0x6db51fe13,
  0x5248c541f, 0x8f34503, 0x8ea462ece, 0xeac2be76d, 0x1af615c44, 0xb48a49f27, 0x2e4e1283b,
  0x78b1f2fa8, 0x27d34f57e, 0x89222fff1, 0x4c1669406, 0xbf49b3511, 0xdc191cd5d, 0x11d7c3f85,
  0x16a130e35, 0xe29f27eff, 0x428d8ae0c, 0x90d548477, 0x2319cbc93, 0xc3b0c3dfc, 0x424bccc9,
  0x2a081d630, 0x762743d96, 0xd0645bf19, 0xf38d7fd60, 0xc6cbf9a10, 0x3c1be7c65, 0x276f75e63,
  0x4490a3f63, 0xda60acd52, 0x3cc68df59, 0xab46f9dae, 0x88d533d78, 0xb6d62ec21, 0xb3c02b646,
  0x22e56d408, 0xac5f5770a, 0xaaa993f66, 0x4caa07c8d, 0x5c9b4f7b0, 0xaa9ef0e05, 0x705c5750,
  0xac81f545e, 0x735b91e74, 0x8cc35cee4, 0xe44694d04, 0xb5e121de0, 0x261017d0f, 0xf1d439eb5,
  0xa1a33ac96, 0x174c62c02, 0x1ee27f716, 0x8b1c5ece9,
];

/** Data bits per side; the marker has one border cell more on every side. */
export const DATA_SIDE = 6;

/** The marker's cells including its border, true = black, for the card held WAAR up. */
export function cardPattern(card: number): boolean[][] {
  if (!Number.isInteger(card) || card < 1 || card > CARD_COUNT)
    throw new RangeError(`no card ${card}`);
  const code = CARD_CODES[card - 1]!;
  const side = DATA_SIDE + 2;
  const cells: boolean[][] = [];
  for (let r = 0; r < side; r++) {
    const row: boolean[] = [];
    for (let c = 0; c < side; c++) {
      if (r === 0 || c === 0 || r === side - 1 || c === side - 1) row.push(true);
      else {
        const bit = (r - 1) * DATA_SIDE + (c - 1); // 0 = most significant
        const white = Math.floor(code / 2 ** (DATA_SIDE * DATA_SIDE - 1 - bit)) % 2 === 1;
        row.push(!white);
      }
    }
    cells.push(row);
  }
  return cells;
}
