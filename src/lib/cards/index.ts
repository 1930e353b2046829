// Answer cards: the printed markers, reading them in a camera frame, and the votes they make.
export { CARD_COUNT, cardPattern } from './pattern.ts';
export { cellsToPath, markerSvg } from './svg.ts';
export {
  readCards,
  findCards,
  type CardAnswer,
  type CardRead,
  type CardSighting,
  type Frame,
} from './read.ts';
export {
  NO_CARD_VOTES,
  cardsNotSeen,
  countCardVotes,
  mergeReads,
  shiftTally,
  type CardVotes,
} from './votes.ts';
