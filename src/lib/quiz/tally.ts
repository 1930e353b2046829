// Show-of-hands tallies in the classroom: how many hands went up for "waar" and for
// "misvatting", their shares, and the shift between a first and a second vote.
import type { Oordeel } from './types';

// What a tally is (also read when a stored session is checked, on the page's first
// load) is in ./tally-shape; what the presenter does with one is here, loaded with it.
import { TALLY_MAX, type Tally } from './tally-shape';

export { EMPTY_TALLY, isTally, TALLY_MAX, type Tally } from './tally-shape';

/** A count clamped to 0..TALLY_MAX, whole numbers only. */
export function clampCount(n: number): number {
  if (!Number.isFinite(n)) return 0;
  return Math.min(TALLY_MAX, Math.max(0, Math.trunc(n)));
}

/** Sets one side of a tally. */
export function setTally(tally: Tally, side: Oordeel, value: number): Tally {
  return { ...tally, [side]: clampCount(value) };
}

/** Adds `delta` (usually +1 or -1) to one side, never below 0. */
export function adjustTally(tally: Tally, side: Oordeel, delta: number): Tally {
  return setTally(tally, side, tally[side] + delta);
}

/**
 * Typing a number digit by digit: "1" then "2" gives 12. `fresh` starts a new number
 * (after choosing a side with W or M); a fourth digit starts over rather than overflow.
 */
export function typeDigit(current: number, digit: number, fresh: boolean): number {
  const d = clampCount(digit) % 10;
  if (fresh) return d;
  const next = current * 10 + d;
  return next > TALLY_MAX ? d : next;
}

/** Total hands, and each side as a whole percentage; the two percentages add up to 100 (or both 0). */
export function tallyShares(tally: Tally): { totaal: number; waar: number; misvatting: number } {
  const totaal = tally.waar + tally.misvatting;
  if (totaal === 0) return { totaal, waar: 0, misvatting: 0 };
  const waar = Math.round((tally.waar / totaal) * 100);
  return { totaal, waar, misvatting: 100 - waar };
}

/** Share (0..1) of hands for the right verdict; undefined when nobody voted. */
export function correctShare(tally: Tally, oordeel: Oordeel): number | undefined {
  const totaal = tally.waar + tally.misvatting;
  return totaal === 0 ? undefined : tally[oordeel] / totaal;
}

/** How the room moved between two votes, in whole percentage points of right answers. */
export interface TallyShift {
  /** Percentage right in the first vote, or undefined without votes. */
  voor: number | undefined;
  /** Percentage right in the second vote, or undefined without votes. */
  na: number | undefined;
  /** na - voor, when both exist. Positive: the room moved towards the verdict. */
  verschil: number | undefined;
}

/** Compares a first and a second vote against the verdict. */
export function tallyShift(first: Tally, second: Tally, oordeel: Oordeel): TallyShift {
  const pct = (t: Tally) => {
    const share = correctShare(t, oordeel);
    return share === undefined ? undefined : Math.round(share * 100);
  };
  const voor = pct(first);
  const na = pct(second);
  return { voor, na, verschil: voor === undefined || na === undefined ? undefined : na - voor };
}
