// The Dutch sentences and texts the goal tool shows: if-then plans written out, the
// plain-text doelkaart, and the explanations of the checks with and without the words
// of the goal that triggered them.
import { describe, expect, it } from 'vitest';
import { obstakelSentence, startSentence } from '@/lib/goals/plan-sentence';
import { cardAsText, cardText } from '@/lib/goals/card-text';
import { analysisStrings } from '@/lib/goals/analysis-text';
import type { Doelkaart } from '@/lib/goals/card';

describe('startSentence', () => {
  it.each([
    [
      { wanneer: 'als ik thuis kom', waar: '', hoe: '' },
      'Als ik thuis kom, dan weet ik nog niet wat ik doe.',
    ],
    [
      { wanneer: 'ik thuis kom', waar: 'ik aan tafel zit', hoe: 'bel ik' },
      'Als ik thuis kom en ik aan tafel zit, dan bel ik.',
    ],
    [
      { wanneer: 'elke maandag', waar: '', hoe: 'zoek ik drie vacatures' },
      'Als het maandag is, dan zoek ik drie vacatures.',
    ],
    [
      { wanneer: '', waar: 'in de bibliotheek', hoe: 'lees ik' },
      'Als ik in de bibliotheek ben, dan lees ik.',
    ],
    [{ wanneer: '', waar: '', hoe: 'ik zoek drie vacatures' }, 'Dan zoek ik drie vacatures.'],
    [
      { wanneer: 'om 8 uur', waar: 'op mijn kamer', hoe: '' },
      'Als het 8 uur is en ik op mijn kamer ben, dan weet ik nog niet wat ik doe.',
    ],
  ])('writes %j as one sentence', (plan, expected) => {
    expect(startSentence(plan)).toBe(expected);
  });

  it('is empty for an empty plan', () => {
    expect(startSentence({ wanneer: ' ', waar: '', hoe: '' })).toBe('');
  });
});

describe('obstakelSentence', () => {
  it('fills in a missing obstacle or a missing reaction with words that say so', () => {
    expect(obstakelSentence({ als: '', dan: 'bel ik mijn coach' })).toBe(
      'Als er iets in de weg zit, dan bel ik mijn coach.',
    );
    expect(obstakelSentence({ als: 'ik moe ben', dan: '' })).toBe(
      'Als ik moe ben, dan weet ik nog niet wat ik doe.',
    );
  });

  it('does not repeat "als" and "dan" the user typed', () => {
    expect(obstakelSentence({ als: 'Als ik moe ben', dan: 'dan ga ik wandelen' })).toBe(
      'Als ik moe ben, dan ga ik wandelen.',
    );
  });

  it('is empty for an empty plan', () => {
    expect(obstakelSentence({ als: '', dan: '' })).toBe('');
  });
});

describe('cardAsText', () => {
  const empty: Doelkaart = {
    id: 'k1',
    oorspronkelijk: '',
    doel: 'Ik wil leren netwerken.',
    strategieen: [],
    obstakels: [],
    startplannen: [],
    gemaakt: '2025-01-06T09:00:00.000Z',
    gewijzigd: '2025-01-06T09:30:00.000Z',
  };

  it('says "nog niets ingevuld" under every empty heading and leaves out an empty first goal', () => {
    const lines = cardAsText(empty).split('\n');
    expect(lines.filter((l) => l.startsWith(cardText.oorspronkelijk))).toEqual([]);
    for (const heading of [cardText.strategieen, cardText.obstakels, cardText.startplannen]) {
      expect(lines[lines.indexOf(`${heading}:`) + 1]).toBe(`- ${cardText.geen}`);
    }
  });

  it('writes the first goal and the date of the last change in Dutch', () => {
    const t = cardAsText({ ...empty, oorspronkelijk: 'Ik wil een baan.' });
    expect(t).toContain('Eerste doel: Ik wil een baan.');
    expect(t).toContain('Laatst gewijzigd: 6 januari 2025');
  });
});

describe('check explanations', () => {
  const u = analysisStrings.checks;
  const quoted = /[“”]/;

  it('quote the words of the goal that triggered them', () => {
    const texts = [
      u.leren.uitleg.leerdoel('leren'),
      u.leren.uitleg.uitkomstdoel('een baan'),
      u.leren.uitleg.competitiedoel('beter dan'),
      u['eigen-gedrag'].uitleg.anderen('aangenomen', u['eigen-gedrag'].wie.werkgever),
      u.specifiek.uitleg.leerdoel('netwerken'),
      u.specifiek.uitleg['leerdoel-breed']('communiceren'),
      u.specifiek.uitleg.concreet('drie vacatures'),
      u.specifiek.uitleg.gevoel('zeker'),
      u.specifiek.uitleg.gevoelNaam('zelfvertrouwen'),
      u.haalbaar.uitleg.groot('een baan'),
      u.haalbaar.uitleg['groot-leerdoel']('presenteren'),
      u.haalbaar.uitleg.klein('misschien'),
      u.positief.uitleg.negatief('niet meer'),
    ];
    for (const t of texts) expect(t).toMatch(quoted);
    expect(u['eigen-gedrag'].uitleg.anderen('aangenomen', 'uiteindelijk een werkgever')).toContain(
      'beslist uiteindelijk een werkgever',
    );
  });

  it('read as whole sentences without empty quotes when no words are known', () => {
    const texts = [
      u.leren.uitleg.leerdoel(''),
      u.leren.uitleg.uitkomstdoel(''),
      u.leren.uitleg.competitiedoel(''),
      u.specifiek.uitleg.leerdoel(''),
      u.specifiek.uitleg['leerdoel-breed'](''),
      u.specifiek.uitleg.concreet(''),
      u.haalbaar.uitleg.groot(''),
      u.haalbaar.uitleg['groot-leerdoel'](''),
      u.haalbaar.uitleg.klein(''),
      u.positief.uitleg.negatief(''),
    ];
    for (const t of texts) {
      expect(t).not.toMatch(quoted);
      expect(t).not.toMatch(/\(\s*\)|\s{2}/);
      expect(t).toMatch(/^[A-Z].*[.?]$/);
    }
    expect(u.haalbaar.uitleg.klein('')).toBe(
      'Het klinkt vrijblijvend. Een goed doel mag wat moeite kosten.',
    );
    expect(u.leren.uitleg.competitiedoel('')).toBe(
      'Je meet jezelf aan anderen. Niet aan wat je zelf leert.',
    );
  });
});
