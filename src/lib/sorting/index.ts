export { createRandom, shuffle, newSeed } from './shuffle';
export { checkPlacement, summarise, place } from './check';
export type { SortItem, Placements, ItemStatus, ItemResult, SortSummary } from './check';
