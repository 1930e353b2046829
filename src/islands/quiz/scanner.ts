// The browser side of scanning answer cards: opens a camera, sends its frames (scaled
// to at most 1280 pixels wide) to the reader in a Web Worker one at a time, and reports
// the cards seen. Loaded only when the trainer starts scanning. Frames stay in memory
// for the moment they are read; nothing is stored or sent anywhere. Browser glue, so it
// lives with the islands; the reading itself is pure (src/lib/cards/read.ts).
import type { CardSighting } from '@/lib/cards/read';
import { CameraError, cameraFault } from '@/lib/cards/camera';
import type { ScanReply, ScanRequest } from './scanner-worker.ts';

export { CameraError, cameraFault, type CameraFault } from '@/lib/cards/camera';

export interface Camera {
  deviceId: string;
  label: string;
}

/** The cameras of this device (names only once the visitor allowed a camera). */
export async function listCameras(): Promise<Camera[]> {
  const devices = (await navigator.mediaDevices?.enumerateDevices?.()) ?? [];
  return devices
    .filter((d) => d.kind === 'videoinput')
    .map((d) => ({ deviceId: d.deviceId, label: d.label }));
}

export interface ScanOptions {
  video: HTMLVideoElement;
  /** A chosen camera; otherwise the one at the back of a tablet or phone when there is one. */
  deviceId?: string | undefined;
  /** Every frame read: the cards seen, and the size of the frame their corners refer to. */
  onSightings: (sightings: CardSighting[], width: number, height: number) => void;
}

export interface Scanner {
  /** The camera in use. */
  deviceId: string;
  /** Stops the camera (its light goes off) and the reader. */
  stop: () => void;
}

const MAX_WIDTH = 1280;

/** Opens the camera and starts reading; throws a CameraError when there is no camera to use. */
export async function startScanner({
  video,
  deviceId,
  onSightings,
}: ScanOptions): Promise<Scanner> {
  if (!window.isSecureContext || !navigator.mediaDevices?.getUserMedia)
    throw new CameraError('onveilig');
  let stream: MediaStream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({
      audio: false,
      video: deviceId
        ? { deviceId: { exact: deviceId }, width: { ideal: 1280 }, height: { ideal: 720 } }
        : { facingMode: { ideal: 'environment' }, width: { ideal: 1280 }, height: { ideal: 720 } },
    });
  } catch (error) {
    throw new CameraError(cameraFault(error));
  }
  const track = stream.getVideoTracks()[0];
  video.muted = true;
  video.playsInline = true;
  video.srcObject = stream;
  try {
    await video.play();
  } catch {
    // Autoplay of a muted camera is allowed; if it still fails, frames arrive anyway.
  }

  const worker = new Worker(new URL('./scanner-worker.ts', import.meta.url), { type: 'module' });
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  let stopped = false;
  let next = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const schedule = () => {
    if (!stopped) timer = setTimeout(grab, 40);
  };
  function grab() {
    if (stopped) return;
    const w0 = video.videoWidth;
    const h0 = video.videoHeight;
    if (!ctx || !w0 || !h0) return schedule();
    const scale = Math.min(1, MAX_WIDTH / w0);
    const width = Math.round(w0 * scale);
    const height = Math.round(h0 * scale);
    if (canvas.width !== width) canvas.width = width;
    if (canvas.height !== height) canvas.height = height;
    ctx.drawImage(video, 0, 0, width, height);
    const { data } = ctx.getImageData(0, 0, width, height);
    const request: ScanRequest = { id: ++next, width, height, data };
    worker.postMessage(request, [data.buffer]);
  }
  worker.onmessage = ({ data }: MessageEvent<ScanReply>) => {
    if (stopped || data.id !== next) return;
    onSightings(data.sightings, canvas.width, canvas.height);
    schedule();
  };
  worker.onerror = () => schedule();
  schedule();

  return {
    deviceId: track?.getSettings().deviceId ?? deviceId ?? '',
    stop() {
      stopped = true;
      clearTimeout(timer);
      worker.terminate();
      for (const t of stream.getTracks()) t.stop();
      video.srcObject = null;
    },
  };
}
