// Scoring of the ten-item mindset self-test. Answers are kept in item order:
// index 0 holds the answer to item 1. Each answer is a position on the five-point
// scale between the two poles: 1 = the fixed pole (left), 5 = the growth pole (right).

/** Number of items in the test. */
export const ITEM_COUNT = 10;
/** Score of the fixed pole (left). */
export const LOWEST_POSITION = 1;
/** Score of the growth pole (right). */
export const HIGHEST_POSITION = 5;
/** Lowest and highest possible total. */
export const LOWEST_TOTAL = ITEM_COUNT * LOWEST_POSITION;
export const HIGHEST_TOTAL = ITEM_COUNT * HIGHEST_POSITION;

/** One of the five positions between the two poles. */
export type Position = 1 | 2 | 3 | 4 | 5;

/** The five positions, left (fixed) to right (growth). */
export const POSITIONS: readonly Position[] = [1, 2, 3, 4, 5];

/** Answers in item order; null (or a missing entry) is an unanswered item. */
export type Answers = readonly (Position | null | undefined)[];

export interface ItemScore {
  /** Item number, 1-10. */
  nummer: number;
  /** The chosen position, 1 (fixed) to 5 (growth). */
  score: Position;
}

export interface MindsetScore {
  /** Sum of the ten scores, 10-50. */
  totaal: number;
  /** Total divided by the number of items, 1-5. */
  gemiddelde: number;
  /** Every item with its score, in item order. */
  perItem: ItemScore[];
  /** Place on the fixed (0) to growth (1) continuum. */
  positie: number;
}

export type ScoreResult =
  | { ok: true; score: MindsetScore }
  | { ok: false; /** Item numbers without a valid answer, ascending. */ ontbrekend: number[] };

/** True for a whole number from 1 to 5. */
export function isPosition(value: unknown): value is Position {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5;
}

/** A fresh answer list with every item unanswered. */
export function emptyAnswers(): (Position | null)[] {
  return Array.from({ length: ITEM_COUNT }, () => null);
}

/** Numbers of the items that have no valid answer yet. */
export function missingItems(antwoorden: readonly unknown[]): number[] {
  const ontbrekend: number[] = [];
  for (let i = 0; i < ITEM_COUNT; i++) {
    if (!isPosition(antwoorden[i])) ontbrekend.push(i + 1);
  }
  return ontbrekend;
}

/** Scores a complete set of answers; a partial set is rejected with the missing item numbers. */
export function scoreMindsetTest(antwoorden: readonly unknown[]): ScoreResult {
  const ontbrekend = missingItems(antwoorden);
  if (ontbrekend.length > 0) return { ok: false, ontbrekend };
  const perItem = antwoorden
    .slice(0, ITEM_COUNT)
    .map((score, i) => ({ nummer: i + 1, score: score as Position }));
  const totaal = perItem.reduce((sum, item) => sum + item.score, 0);
  return {
    ok: true,
    score: {
      totaal,
      gemiddelde: totaal / ITEM_COUNT,
      perItem,
      positie: (totaal - LOWEST_TOTAL) / (HIGHEST_TOTAL - LOWEST_TOTAL),
    },
  };
}
