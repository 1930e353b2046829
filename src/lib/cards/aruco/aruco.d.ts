// Types for the parts of the js-aruco2 copy (aruco.js) that the card reader uses.
export interface Point {
  x: number;
  y: number;
}
export interface CvImage {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}
export interface Marker {
  id: number;
  /** Clockwise from the marker's own top-left corner. */
  corners: Point[];
  hammingDistance: number;
}
export interface Detector {
  grey: CvImage;
  thres: CvImage;
  binary: number[];
  findCandidates(
    contours: Point[][],
    minSize: number,
    epsilon: number,
    minLength: number,
  ): Point[][];
  clockwiseCorners(candidates: Point[][]): Point[][];
  notTooNear(candidates: Point[][], minDist: number): Point[][];
  findMarkers(grey: CvImage, candidates: Point[][], warpSize: number): Marker[];
}
export declare const AR: {
  DICTIONARIES: Record<string, { nBits: number; tau: number | null; codeList: number[] }>;
  Detector: new (config: { dictionaryName: string; maxHammingDistance?: number }) => Detector;
};
