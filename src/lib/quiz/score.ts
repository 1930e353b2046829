// Scoring a self-play round: right, wrong, still open, and which statements to reread.
import type { Answers } from './answers';
import type { Oordeel } from './types';

export interface RoundScore {
  /** Statements in the round. */
  totaal: number;
  /** Statements answered so far. */
  beantwoord: number;
  goed: number;
  /** Ids answered wrongly, in round order. */
  missers: string[];
  /** True when every statement has an answer. */
  klaar: boolean;
}

/** Scores the answers given to the statements of a round. */
export function scoreRound(
  items: readonly { id: string; oordeel: Oordeel }[],
  antwoorden: Readonly<Answers>,
): RoundScore {
  let goed = 0;
  let beantwoord = 0;
  const missers: string[] = [];
  for (const item of items) {
    const answer = antwoorden[item.id];
    if (answer === undefined) continue;
    beantwoord++;
    if (answer === item.oordeel) goed++;
    else missers.push(item.id);
  }
  return { totaal: items.length, beantwoord, goed, missers, klaar: beantwoord === items.length };
}
