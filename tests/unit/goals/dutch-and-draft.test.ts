// Dutch word order in the plans the goal tool writes, and the check of a stored draft:
// a broken or tampered draft is refused as a whole, never half read.
import { describe, expect, it } from 'vitest';
import { afterDan, firstPerson, toSubordinate } from '@/lib/goals/dutch';
import { conceptToCard, emptyConcept, validateConcept, type DoelConcept } from '@/lib/goals/card';

describe('firstPerson', () => {
  it.each([
    ['opstaan', 'opsta'],
    ['maken', 'maak'],
    ['lopen', 'loop'],
    ['bellen', 'bel'],
    ['piekeren', 'pieker'],
    ['wandelen', 'wandel'],
    ['leven', 'leef'],
    ['lezen', 'lees'],
    ['sturen', 'stuur'],
    ['schrijven', 'schrijf'],
    ['uitzoeken', 'uitzoek'],
    ['zoek', 'zoek'],
  ])('%s -> %s', (verb, form) => {
    expect(firstPerson(verb)).toBe(form);
  });
});

describe('toSubordinate', () => {
  it.each([
    ['ik sta op', 'ik opsta'],
    ['ik sta te laat op', 'ik te laat opsta'],
    ['ik heb geen zin en ik ga weg', 'ik geen zin heb en ik wegga'],
    ['ik word afgewezen', 'ik word afgewezen'],
    ['het regent', 'het regent'],
  ])('%s -> %s', (clause, sub) => {
    expect(toSubordinate(clause)).toBe(sub);
  });
});

describe('afterDan', () => {
  it('puts the verb first in every part joined by "en ik"', () => {
    expect(afterDan('ik zoek drie vacatures en ik bel')).toBe('zoek ik drie vacatures en bel ik');
  });
  it('gives an infinitive phrase "ga ik"', () => {
    expect(afterDan('twee vacatures lezen')).toBe('ga ik twee vacatures lezen');
  });
});

describe('validateConcept', () => {
  const good: DoelConcept = {
    ...emptyConcept(),
    kaartId: 'k1',
    doel: 'Ik wil leren netwerken.',
    strategieen: ['Vraag mijn coach'],
    obstakels: [{ id: 'o1', als: 'ik moe ben', dan: 'wandel ik' }],
    startplannen: [{ id: 's1', wanneer: 'maandag', waar: 'thuis', hoe: 'bel ik' }],
  };

  it('accepts a good draft as a clean copy', () => {
    expect(validateConcept(JSON.parse(JSON.stringify(good)))).toEqual(good);
  });

  it.each<[string, unknown]>([
    ['no object', 'concept'],
    ['a card id that is no id', { ...good, kaartId: 'met spatie' }],
    ['a goal that is no text', { ...good, doel: 5 }],
    ['a missing tip answer', { ...good, leider: undefined }],
    ['a motivation that is no yes/no', { ...good, gemotiveerd: 'ja' }],
    ['a strategy list that is no list', { ...good, strategieen: 'a' }],
    ['an obstacle plan without id', { ...good, obstakels: [{ als: 'a', dan: 'b' }] }],
    ['an obstacle plan with a number', { ...good, obstakels: [{ id: 'o1', als: 1, dan: 'b' }] }],
    ['a start plan without id', { ...good, startplannen: [{ wanneer: 'a', waar: 'b', hoe: 'c' }] }],
    [
      'a start plan with a missing field',
      { ...good, startplannen: [{ id: 's1', wanneer: 'a', hoe: 'c' }] },
    ],
  ])('refuses %s', (_, value) => {
    expect(validateConcept(value)).toBeUndefined();
  });
});

describe('conceptToCard', () => {
  it('leaves out a first goal that is the same as the learning goal, and empty plans', () => {
    const c: DoelConcept = {
      ...emptyConcept(),
      oorspronkelijk: ' Ik wil leren netwerken. ',
      doel: 'Ik wil leren netwerken.',
      strategieen: ['  ', 'Vraag mijn coach'],
      obstakels: [{ id: 'o1', als: ' ', dan: '' }],
      startplannen: [{ id: 's1', wanneer: '', waar: ' ', hoe: '' }],
    };
    expect(conceptToCard(c, 'k1', '2025-01-01T00:00:00.000Z', '2025-01-02T00:00:00.000Z')).toEqual({
      id: 'k1',
      oorspronkelijk: '',
      doel: 'Ik wil leren netwerken.',
      strategieen: ['Vraag mijn coach'],
      obstakels: [],
      startplannen: [],
      gemaakt: '2025-01-01T00:00:00.000Z',
      gewijzigd: '2025-01-02T00:00:00.000Z',
    });
  });
});
