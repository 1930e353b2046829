// What "Mijn aantekeningen" says about counts reads as correct Dutch for one and for many.
import { describe, expect, it } from 'vitest';
import { pageStrings } from '@/strings/annotations-page';

describe('counts on "Mijn aantekeningen"', () => {
  it('says "aantekening" for one and "aantekeningen" for more', () => {
    expect(pageStrings.aantal(1, 1)).toBe('1 aantekening');
    expect(pageStrings.aantal(3, 3)).toBe('3 aantekeningen');
    expect(pageStrings.aantal(1, 3)).toBe('1 van 3 aantekeningen');
    expect(pageStrings.geexporteerd(1)).toBe('1 aantekening geëxporteerd.');
    expect(pageStrings.geimporteerd('b.json', 1, 0, 0)).toBe(
      'Uit “b.json”: 1 aantekening toegevoegd.',
    );
    expect(pageStrings.geimporteerd('b.json', 0, 2, 1)).toBe(
      'Uit “b.json”: 0 aantekeningen toegevoegd, 2 die je al had overgeslagen, 1 onleesbare overgeslagen.',
    );
    expect(pageStrings.wisVraag(1)).toMatch(/^Weet je zeker dat je je aantekening en/);
    expect(pageStrings.wisVraag(4)).toMatch(/alle 4 aantekeningen/);
  });
});
