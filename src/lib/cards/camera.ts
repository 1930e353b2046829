// Why a camera could not be used, sorted from the browser's error into what a trainer
// can do about it (the scanner in src/islands/quiz/scanner.ts uses it).

/** Why the camera could not be used. */
export type CameraFault = 'onveilig' | 'geen-camera' | 'geweigerd' | 'in-gebruik' | 'onbekend';

/** Thrown by startScanner when there is no camera to use, with the reason. */
export class CameraError extends Error {
  constructor(readonly fault: CameraFault) {
    super(`camera: ${fault}`);
    this.name = 'CameraError';
  }
}

/** Sorts a getUserMedia failure into what the trainer can do about it. */
export function cameraFault(error: unknown): CameraFault {
  const name =
    error instanceof Error || (typeof error === 'object' && error !== null)
      ? (error as { name?: unknown }).name
      : '';
  switch (name) {
    case 'NotAllowedError':
    case 'PermissionDeniedError':
    case 'SecurityError':
      return 'geweigerd';
    case 'NotFoundError':
    case 'DevicesNotFoundError':
    case 'OverconstrainedError':
      return 'geen-camera';
    case 'NotReadableError':
    case 'TrackStartError':
    case 'AbortError':
      return 'in-gebruik';
    default:
      return 'onbekend';
  }
}

