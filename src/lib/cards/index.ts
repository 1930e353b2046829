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
