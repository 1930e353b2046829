// The card reader's Web Worker: reads the cards in each frame it is sent, off the main
// thread, and answers with where it saw which card. Frames are read and dropped here;
// nothing is kept between messages.
import { findCards, type CardSighting } from '../../lib/cards/read.ts';

export interface ScanRequest {
  id: number;
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

export interface ScanReply {
  id: number;
  sightings: CardSighting[];
}

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ScanRequest>) => void) | null;
  postMessage(message: ScanReply): void;
};

scope.onmessage = ({ data: { id, width, height, data } }) => {
  let sightings: CardSighting[] = [];
  try {
    sightings = findCards({ data, width, height });
  } catch {
    // A frame the reader cannot handle reads as no cards.
  }
  scope.postMessage({ id, sightings });
};
