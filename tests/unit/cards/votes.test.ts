import { describe, expect, it } from 'vitest';
import { NO_CARD_VOTES, cardsNotSeen, countCardVotes, mergeReads, shiftTally } from '@/lib/cards';

describe('card votes', () => {
  it('keeps the last answer each card showed', () => {
    let votes = mergeReads(NO_CARD_VOTES, [
      { card: 3, answer: 'waar' },
      { card: 7, answer: 'misvatting' },
    ]);
    votes = mergeReads(votes, [{ card: 3, answer: 'misvatting' }]);
    expect(votes).toEqual({ 3: 'misvatting', 7: 'misvatting' });
    expect(countCardVotes(votes)).toEqual({ waar: 0, misvatting: 2 });
  });

  it('hands back the same votes when a frame changes nothing, so nothing re-renders', () => {
    const votes = mergeReads(NO_CARD_VOTES, [{ card: 1, answer: 'waar' }]);
    expect(mergeReads(votes, [{ card: 1, answer: 'waar' }])).toBe(votes);
    expect(mergeReads(votes, [])).toBe(votes);
  });

  it('keeps corrections by hand when the cards change the tally', () => {
    // Cards said 4 waar / 2 misvatting; the trainer added one waar by hand (5/2).
    const tally = shiftTally(
      { waar: 5, misvatting: 2 },
      { waar: 4, misvatting: 2 },
      { waar: 3, misvatting: 3 },
    );
    expect(tally).toEqual({ waar: 4, misvatting: 3 });
    expect(
      shiftTally(
        { waar: 0, misvatting: 0 },
        { waar: 2, misvatting: 0 },
        { waar: 0, misvatting: 0 },
      ),
    ).toEqual({
      waar: 0,
      misvatting: 0,
    });
  });

  it('lists the cards not seen yet up to the highest card in use', () => {
    const votes = mergeReads(NO_CARD_VOTES, [
      { card: 1, answer: 'waar' },
      { card: 2, answer: 'waar' },
      { card: 5, answer: 'misvatting' },
    ]);
    expect(cardsNotSeen(votes, 6)).toEqual([3, 4, 6]);
    expect(cardsNotSeen(votes, 0)).toEqual([]);
  });
});
