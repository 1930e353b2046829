// Types for the parts of the js-aruco2 copy (cv.js) that the card reader uses.
import type { CvImage, Point } from './aruco.js';
export declare const CV: {
  grayscale(src: { width: number; height: number; data: Uint8ClampedArray }, dst: CvImage): void;
  adaptiveThreshold(src: CvImage, dst: CvImage, kernelSize: number, threshold: number): void;
  findContours(src: CvImage, binary: number[]): Point[][];
};
