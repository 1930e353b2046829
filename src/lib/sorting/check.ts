/**
 * Checking a sorting exercise: each item belongs to exactly one category, the reader
 * places it in one, and we report per item and in total how that went.
 */

/** An item to sort: its id and the category it belongs in. */
export interface SortItem<C extends string = string> {
  id: string;
  category: C;
}

/** The reader's placements so far: item id -> chosen category. */
export type Placements<C extends string = string> = Readonly<Record<string, C | undefined>>;

/** How one item stands: not answered yet, or placed right or wrong. */
export type ItemStatus = 'open' | 'correct' | 'wrong';

export interface ItemResult<C extends string = string> {
  id: string;
  status: ItemStatus;
  /** The category the reader chose, if any. */
  chosen?: C;
  /** The category the item belongs in. */
  expected: C;
}

export interface SortSummary<C extends string = string> {
  /** One entry per item, in the order the items were given. */
  items: ItemResult<C>[];
  total: number;
  answered: number;
  correct: number;
  wrong: number;
  /** True when every item has been placed. */
  complete: boolean;
}

/** Whether placing `item` in `chosen` is right. */
export function checkPlacement<C extends string>(item: SortItem<C>, chosen: C): boolean {
  return item.category === chosen;
}

/** The status of every item and the totals, given the placements so far. */
export function summarise<C extends string>(
  items: readonly SortItem<C>[],
  placements: Placements<C>,
): SortSummary<C> {
  const results = items.map((item): ItemResult<C> => {
    const chosen = Object.hasOwn(placements, item.id) ? placements[item.id] : undefined;
    if (chosen === undefined) return { id: item.id, status: 'open', expected: item.category };
    return {
      id: item.id,
      status: checkPlacement(item, chosen) ? 'correct' : 'wrong',
      chosen,
      expected: item.category,
    };
  });
  const correct = results.filter((r) => r.status === 'correct').length;
  const wrong = results.filter((r) => r.status === 'wrong').length;
  return {
    items: results,
    total: items.length,
    answered: correct + wrong,
    correct,
    wrong,
    complete: items.length > 0 && correct + wrong === items.length,
  };
}

/** Places one item, unless it was placed already: the first answer counts. */
export function place<C extends string>(
  placements: Placements<C>,
  id: string,
  chosen: C,
): Placements<C> {
  if (placements[id] !== undefined) return placements;
  return { ...placements, [id]: chosen };
}
