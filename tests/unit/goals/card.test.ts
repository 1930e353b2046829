import { describe, expect, it } from 'vitest';
import {
  cardToConcept,
  conceptProblems,
  conceptToCard,
  emptyConcept,
  validateConcept,
  validateDoelkaart,
  validateDoelkaarten,
  type Doelkaart,
} from '@/lib/goals/card';
import { cardAsText } from '@/lib/goals/card-text';
import { encodeCards, mergeCards, parseCards } from '@/lib/goals/card-transfer';

const card = (over: Partial<Doelkaart> = {}): Doelkaart => ({
  id: 'k1',
  oorspronkelijk: 'Ik wil deze week vijf vacatures vinden.',
  doel: 'Ik wil leren hoe ik vacatures vind die bij mij passen.',
  strategieen: ['Vraag mijn coach hoe zij zoekt', 'Probeer drie vacaturesites'],
  obstakels: [{ id: 'o1', als: 'ik geen zin heb', dan: 'begin ik tien minuten' }],
  startplannen: [
    {
      id: 's1',
      wanneer: 'maandag na het ontbijt',
      waar: 'aan de keukentafel',
      hoe: 'open ik mijn laptop',
    },
  ],
  gemaakt: '2025-01-06T09:00:00.000Z',
  gewijzigd: '2025-01-06T09:30:00.000Z',
  ...over,
});

describe('validateDoelkaart', () => {
  it('accepts a good card', () => expect(validateDoelkaart(card())).toEqual(card()));
  it('rejects wrong shapes', () => {
    const bad: unknown[] = [
      null,
      [],
      'kaart',
      { ...card(), id: 'bad id!' },
      { ...card(), doel: '' },
      { ...card(), doel: 'x'.repeat(501) },
      { ...card(), strategieen: 'een' },
      { ...card(), strategieen: [1, 2] },
      { ...card(), obstakels: [{ id: 'o1', als: 'x' }] },
      { ...card(), startplannen: [{ id: 's1', wanneer: 1, waar: '', hoe: '' }] },
      { ...card(), gemaakt: 'gisteren' },
      { ...card(), gewijzigd: undefined },
    ];
    for (const b of bad) expect(validateDoelkaart(b)).toBeUndefined();
  });
  it('the list fails as a whole on one bad card or a duplicate id', () => {
    expect(validateDoelkaarten([card(), card({ id: 'k2' })])).toHaveLength(2);
    expect(validateDoelkaarten([card(), { ...card({ id: 'k2' }), doel: 5 }])).toBeUndefined();
    expect(validateDoelkaarten([card(), card()])).toBeUndefined();
    expect(validateDoelkaarten({})).toBeUndefined();
  });
  it('keeps HTML in a field as text', () => {
    const k = card({ doel: '<script>alert(1)</script> Ik wil leren' });
    expect(validateDoelkaart(k)!.doel).toBe('<script>alert(1)</script> Ik wil leren');
  });
});

describe('draft', () => {
  it('validates the stored draft', () => {
    expect(validateConcept(emptyConcept())).toEqual(emptyConcept());
    expect(validateConcept({ ...emptyConcept(), leider: 'ja' })).toBeUndefined();
    // A draft keeps a goal typed longer than a card allows, so nothing typed is lost.
    const lang = { ...emptyConcept(), oorspronkelijk: 'x'.repeat(600) };
    expect(validateConcept(lang)).toEqual(lang);
  });
  it('names what blocks saving', () => {
    expect(conceptProblems(emptyConcept())).toEqual(['geen-doel']);
    expect(conceptProblems({ ...emptyConcept(), doel: 'x'.repeat(501) })).toEqual(['doel-te-lang']);
    expect(
      conceptProblems({ ...emptyConcept(), doel: 'Ik wil leren', oorspronkelijk: 'y'.repeat(501) }),
    ).toEqual(['oorspronkelijk-te-lang']);
  });
  it('turns a draft into a card: trimmed, empty items left out', () => {
    const k = conceptToCard(
      {
        ...emptyConcept(),
        oorspronkelijk: ' Ik wil een baan. ',
        doel: ' Ik wil leren solliciteren. ',
        strategieen: ['  oefenen met een vriend ', ''],
        obstakels: [
          { id: 'o1', als: 'Als ik moe ben', dan: 'dan wandel ik eerst.' },
          { id: 'o2', als: '', dan: '' },
        ],
      },
      'k9',
      '2025-01-01T00:00:00.000Z',
      '2025-01-02T00:00:00.000Z',
    );
    expect(k).toMatchObject({
      id: 'k9',
      doel: 'Ik wil leren solliciteren.',
      oorspronkelijk: 'Ik wil een baan.',
      strategieen: ['oefenen met een vriend'],
    });
    expect(k.obstakels).toEqual([{ id: 'o1', als: 'ik moe ben', dan: 'wandel ik eerst' }]);
    expect(validateDoelkaart(k)).toEqual(k);
  });
  it('opens a card for editing with at least two strategy fields', () => {
    const c = cardToConcept(card({ strategieen: ['één'] }));
    expect(c.kaartId).toBe('k1');
    expect(c.strategieen).toEqual(['één', '']);
  });
});

describe('export and import', () => {
  it('writes plain text with every part of the card', () => {
    const t = cardAsText(card());
    expect(t).toContain('Leerdoel: Ik wil leren hoe ik vacatures vind die bij mij passen.');
    expect(t).toContain('- Als ik geen zin heb, dan begin ik tien minuten.');
    expect(t).toContain(
      '- Als het maandag na het ontbijt is en ik aan de keukentafel ben, dan open ik mijn laptop.',
    );
    expect(t).toContain('- Probeer drie vacaturesites');
  });
  it('round-trips through JSON', () => {
    const parsed = parseCards(
      encodeCards([card(), card({ id: 'k2' })], new Date('2025-02-01T00:00:00Z')),
    );
    expect(parsed).toEqual({ ok: true, kaarten: [card(), card({ id: 'k2' })] });
  });
  it('refuses what is not ours, without throwing', () => {
    expect(parseCards('')).toEqual({ ok: false, reden: 'leeg' });
    expect(parseCards('{nope')).toEqual({ ok: false, reden: 'geen-json' });
    expect(parseCards('{"soort":"iets anders"}')).toEqual({ ok: false, reden: 'onbekend' });
    expect(parseCards('{"soort":"zelfsturing-doelkaarten","versie":99,"kaarten":[]}')).toEqual({
      ok: false,
      reden: 'ongeldig',
    });
    expect(
      parseCards('{"soort":"zelfsturing-doelkaarten","versie":1,"kaarten":[{"id":1}]}'),
    ).toEqual({ ok: false, reden: 'ongeldig' });
  });
  it('merges by id', () => {
    const r = mergeCards([card()], [card(), card({ id: 'k2' })]);
    expect(r).toMatchObject({ toegevoegd: 1, alAanwezig: 1, teVeel: 0 });
    expect(r.kaarten.map((k) => k.id)).toEqual(['k1', 'k2']);
  });
});
