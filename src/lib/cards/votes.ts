// Votes from answer cards during one vote of one statement: the last answer each card
// showed, the tally they make, and the cards not seen yet. Only card numbers and their
// answers: no images, no names. The presenter keeps them for the current vote only.
import type { CardAnswer, CardRead } from './read.ts';

/** The last answer per card number in the current vote. */
export type CardVotes = Readonly<Record<number, CardAnswer>>;

export const NO_CARD_VOTES: CardVotes = Object.freeze({});

/** Adds the cards read in a frame: a card's last answer counts. Same object back when nothing changed. */
export function mergeReads(votes: CardVotes, reads: readonly CardRead[]): CardVotes {
  let next: Record<number, CardAnswer> | undefined;
  for (const { card, answer } of reads) {
    if ((next ?? votes)[card] === answer) continue;
    next ??= { ...votes };
    next[card] = answer;
  }
  return next ?? votes;
}

/** How many cards show each answer. */
export function countCardVotes(votes: CardVotes): { waar: number; misvatting: number } {
  let waar = 0;
  let misvatting = 0;
  for (const answer of Object.values(votes)) {
    if (answer === 'waar') waar++;
    else misvatting++;
  }
  return { waar, misvatting };
}

/**
 * Moves a tally by what changed in the card count, so corrections the trainer made by
 * hand (and hands counted before scanning started) stay: tally + (after − before),
 * never below 0.
 */
export function shiftTally<T extends { waar: number; misvatting: number }>(
  tally: T,
  before: { waar: number; misvatting: number },
  after: { waar: number; misvatting: number },
): T {
  return {
    ...tally,
    waar: Math.max(0, tally.waar + after.waar - before.waar),
    misvatting: Math.max(0, tally.misvatting + after.misvatting - before.misvatting),
  };
}

/**
 * The cards expected in the room that have not voted yet: 1..`highest`, where `highest`
 * is the largest card number the trainer gave or any card seen in this session showed.
 */
export function cardsNotSeen(votes: CardVotes, highest: number): number[] {
  const missing: number[] = [];
  for (let card = 1; card <= highest; card++) if (!(card in votes)) missing.push(card);
  return missing;
}
