// Scoring of the ten-item mindset self-test. Answers are kept in item order:
// index 0 holds the answer to item 1. Each answer is a position on the five-point
// scale between the two poles: 1 = the fixed pole (left), 5 = the growth pole (right).

/** Number of items in the test. */
export const ITEM_COUNT = 10;
/** Score of the fixed pole (left). */
export const LAAGSTE_POSITIE = 1;
/** Score of the growth pole (right). */
export const HOOGSTE_POSITIE = 5;
/** Lowest and highest possible total. */
export const LAAGSTE_TOTAAL = ITEM_COUNT * LAAGSTE_POSITIE;
export const HOOGSTE_TOTAAL = ITEM_COUNT * HOOGSTE_POSITIE;

/** One of the five positions between the two poles. */
export type Positie = 1 | 2 | 3 | 4 | 5;

/** The five positions, left (fixed) to right (growth). */
export const POSITIES: readonly Positie[] = [1, 2, 3, 4, 5];

/** Answers in item order; null (or a missing entry) is an unanswered item. */
export type Answers = readonly (Positie | null | undefined)[];

export interface ItemScore {
  /** Item number, 1-10. */
  nummer: number;
  /** The chosen position, 1 (fixed) to 5 (growth). */
  score: Positie;
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
export function isPositie(value: unknown): value is Positie {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5;
}

/** A fresh answer list with every item unanswered. */
export function emptyAnswers(): (Positie | null)[] {
  return Array.from({ length: ITEM_COUNT }, () => null);
}

/** Numbers of the items that have no valid answer yet. */
export function missingItems(antwoorden: readonly unknown[]): number[] {
  const ontbrekend: number[] = [];
  for (let i = 0; i < ITEM_COUNT; i++) {
    if (!isPositie(antwoorden[i])) ontbrekend.push(i + 1);
  }
  return ontbrekend;
}

/** Scores a complete set of answers; a partial set is rejected with the missing item numbers. */
export function scoreMindsetTest(antwoorden: readonly unknown[]): ScoreResult {
  const ontbrekend = missingItems(antwoorden);
  if (ontbrekend.length > 0) return { ok: false, ontbrekend };
  const perItem = antwoorden
    .slice(0, ITEM_COUNT)
    .map((score, i) => ({ nummer: i + 1, score: score as Positie }));
  const totaal = perItem.reduce((sum, item) => sum + item.score, 0);
  return {
    ok: true,
    score: {
      totaal,
      gemiddelde: totaal / ITEM_COUNT,
      perItem,
      positie: (totaal - LAAGSTE_TOTAAL) / (HOOGSTE_TOTAAL - LAAGSTE_TOTAAL),
    },
  };
}
