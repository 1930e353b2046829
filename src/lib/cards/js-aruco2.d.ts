// Types for the parts of js-aruco2 (CommonJS, untyped) that the card reader uses.
declare module 'js-aruco2' {
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
  const aruco: {
    AR: {
      DICTIONARIES: Record<string, { nBits: number; tau: number | null; codeList: number[] }>;
      Detector: new (config: { dictionaryName: string; maxHammingDistance?: number }) => Detector;
    };
  };
  export default aruco;
}

declare module 'js-aruco2/src/cv.js' {
  import type { CvImage, Point } from 'js-aruco2';
  const cv: {
    CV: {
      grayscale(
        src: { width: number; height: number; data: Uint8ClampedArray },
        dst: CvImage,
      ): void;
      adaptiveThreshold(src: CvImage, dst: CvImage, kernelSize: number, threshold: number): void;
      findContours(src: CvImage, binary: number[]): Point[][];
    };
  };
  export default cv;
}
