// How a score is read. The bands follow the scale itself and nothing else: the
// workbook the test comes from gives no norms or cut-offs, so there are none here.
// Midway between the poles is 3 per item (30 in total); an average more than half a
// step from that middle counts as leaning to one side.
import { ITEM_COUNT, HIGHEST_TOTAL, LOWEST_TOTAL } from './score';
import type { MindsetScore, Position } from './score';

/** Which side of the scale something leans to. */
export type Direction = 'vast' | 'midden' | 'groei';

/** Distance from the middle (3) before an average counts as leaning to one side. */
export const MIDDLE_MARGIN = 0.5;

export interface MindsetReading {
  /** Where the average as a whole lies. */
  richting: Direction;
  /** Items answered 1 or 2: these get a reflection question and a theory link. */
  vastItems: number[];
  /** Items answered 3. */
  middenItems: number[];
  /** Items answered 4 or 5. */
  groeiItems: number[];
  /** True when some items lean fixed and others lean growth. */
  gemengd: boolean;
}

/** Band of an average score (1-5): below 2.5 fixed, above 3.5 growth, otherwise the middle. */
export function bandForAverage(gemiddelde: number): Direction {
  if (gemiddelde < 3 - MIDDLE_MARGIN) return 'vast';
  if (gemiddelde > 3 + MIDDLE_MARGIN) return 'groei';
  return 'midden';
}

/** Which side one answer leans to: 1-2 fixed, 3 middle, 4-5 growth. */
export function leaningOf(score: Position): Direction {
  if (score < 3) return 'vast';
  if (score > 3) return 'groei';
  return 'midden';
}

/** Reads a score: the overall band, which items lean which way, and whether they diverge. */
export function readMindsetScore(score: MindsetScore): MindsetReading {
  const per: Record<Direction, number[]> = { vast: [], midden: [], groei: [] };
  for (const item of score.perItem) per[leaningOf(item.score)].push(item.nummer);
  return {
    richting: bandForAverage(score.gemiddelde),
    vastItems: per.vast,
    middenItems: per.midden,
    groeiItems: per.groei,
    gemengd: per.vast.length > 0 && per.groei.length > 0,
  };
}

/** The totals (10-50) that fall in each band, as [lowest, highest]; for the paper instructions. */
export function totalRanges(): Record<Direction, [number, number]> {
  const ranges: Partial<Record<Direction, [number, number]>> = {};
  for (let totaal = LOWEST_TOTAL; totaal <= HIGHEST_TOTAL; totaal++) {
    const band = bandForAverage(totaal / ITEM_COUNT);
    const range = ranges[band];
    if (range) range[1] = totaal;
    else ranges[band] = [totaal, totaal];
  }
  return ranges as Record<Direction, [number, number]>;
}
