// A show-of-hands tally as it is stored: its shape and its check. Apart from ./tally
// (the presenter's operations) because the classroom page checks a stored session
// before anything else loads, and only this part is needed then (byte budget).
/** Hands counted for each verdict. */
export interface Tally {
  waar: number;
  misvatting: number;
}

/** Highest count a tally takes; a room never holds more, and three digits stay readable. */
export const TALLY_MAX = 999;

export const EMPTY_TALLY: Tally = { waar: 0, misvatting: 0 };

/** A tally is valid when both sides are whole numbers in range. */
export function isTally(value: unknown): value is Tally {
  if (typeof value !== 'object' || value === null) return false;
  const { waar, misvatting } = value as Record<string, unknown>;
  return [waar, misvatting].every((n) => Number.isInteger(n) && (n as number) >= 0 && (n as number) <= TALLY_MAX);
}
