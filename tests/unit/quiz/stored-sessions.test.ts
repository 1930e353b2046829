// Stored quiz rounds and classroom sessions are read back only when every part is
// sound; a tampered or outdated one is refused whole, and a sound one comes back equal.
import { describe, expect, it } from 'vitest';
import { startKlasSession, validateKlasSession, type KlasSession } from '@/lib/quiz/klas-session';
import { startSelfPlaySession, validateSelfPlaySession } from '@/lib/quiz/selfplay';

const roundTrip = <T>(v: T): unknown => JSON.parse(JSON.stringify(v));

describe('validateKlasSession', () => {
  const base = startKlasSession(
    ['h5-a', 'h5-b'],
    { timer: 30, tweedeStemming: 'na-oordeel' },
    new Date('2025-01-01T09:00:00Z'),
  );

  it('keeps a second vote of a round', () => {
    const s: KlasSession = {
      ...base,
      rondes: {
        'h5-a': {
          fase: 'verschuiving',
          eerste: { waar: 3, misvatting: 5 },
          tweede: { waar: 6, misvatting: 2 },
          onthuld: true,
        },
      },
    };
    expect(validateKlasSession(roundTrip(s))).toEqual(s);
  });

  it.each<[string, Record<string, unknown>]>([
    ['a round that is no object', { rondes: { 'h5-a': 'stemmen' } }],
    [
      'a second vote that is no tally',
      {
        rondes: {
          'h5-a': {
            fase: 'herstemmen',
            eerste: { waar: 0, misvatting: 0 },
            tweede: 'x',
            onthuld: false,
          },
        },
      },
    ],
    [
      'a round of a statement not in the session',
      {
        rondes: {
          'h9-z': { fase: 'stelling', eerste: { waar: 0, misvatting: 0 }, onthuld: false },
        },
      },
    ],
    ['an index past the end', { index: 2 }],
    ['a countdown that is no time', { aftellenTot: 'straks' }],
  ])('refuses %s', (_, change) => {
    expect(validateKlasSession({ ...(roundTrip(base) as object), ...change })).toBeUndefined();
  });

  it('a fresh session over no statements has no rounds', () => {
    expect(startKlasSession([], { timer: 0, tweedeStemming: 'uit' }, new Date()).rondes).toEqual(
      {},
    );
  });
});

describe('validateSelfPlaySession', () => {
  const base = startSelfPlaySession(['h5-a', 'h5-b'], ['studie/5-doelen'], 1);

  it('reads back a sound round', () => {
    const s = { ...base, antwoorden: { [base.ids[0]!]: 'waar' as const }, index: 1 };
    expect(validateSelfPlaySession(roundTrip(s))).toEqual(s);
  });

  it.each<[string, Record<string, unknown>]>([
    ['a chosen page that is no page key', { keuze: ['elders/5-doelen'] }],
    ['a chosen page that is no text', { keuze: [5] }],
    ['an answer to a statement not in the round', { antwoorden: { 'h9-z': 'waar' } }],
    ['an index past the end screen', { index: 3 }],
    ['a repeat flag that is no yes/no', { herhaling: 'nee' }],
  ])('refuses %s', (_, change) => {
    expect(validateSelfPlaySession({ ...(roundTrip(base) as object), ...change })).toBeUndefined();
  });
});
