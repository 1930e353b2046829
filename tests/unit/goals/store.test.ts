import { beforeEach, describe, expect, it } from 'vitest';
import { encodeCards } from '@/lib/goals/card-transfer';
import {
  $doelConcept,
  $doelkaarten,
  addObstakel,
  addStartPlan,
  addStrategy,
  deleteCard,
  editCard,
  newConcept,
  removeStrategy,
  saveConcept,
  setDoel,
  setObstakel,
  setOriginal,
  setStartPlan,
  setStrategy,
} from '@/stores/goals';
import { exportCards, importCards } from '@/stores/goals-transfer';

beforeEach(() => {
  $doelkaarten.set([]);
  newConcept();
});

describe('goal store', () => {
  it('keeps the goal and the learning goal in the draft', () => {
    setOriginal('Ik wil deze week vijf vacatures vinden.');
    setDoel('Ik wil leren hoe ik vacatures vind.');
    expect($doelConcept.get()).toMatchObject({
      oorspronkelijk: 'Ik wil deze week vijf vacatures vinden.',
      doel: 'Ik wil leren hoe ik vacatures vind.',
    });
  });

  it('keeps an over-long goal in the draft but will not save it', () => {
    const long = 'Ik wil leren netwerken. '.repeat(30);
    setOriginal(long);
    setDoel('Ik wil leren netwerken.');
    expect($doelConcept.get().oorspronkelijk).toBe(long);
    expect(saveConcept()).toEqual({ ok: false, problemen: ['oorspronkelijk-te-lang'] });
  });

  it('saves, edits, updates and deletes a card', () => {
    setOriginal('Ik wil een baan.');
    setDoel('Ik wil uitzoeken via welke kanalen ik een baan kan vinden.');
    setStrategy(0, 'Vraag drie mensen hoe zij hun baan vonden');
    setStrategy(1, 'Probeer elke week een ander kanaal');
    const o = addObstakel()!;
    setObstakel(o, 'als', 'ik geen zin heb');
    setObstakel(o, 'dan', 'begin ik met tien minuten');
    const s = addStartPlan()!;
    setStartPlan(s, 'wanneer', 'maandag om 9 uur');
    setStartPlan(s, 'waar', 'in de bibliotheek');
    setStartPlan(s, 'hoe', 'zoek ik twee kanalen op');

    const first = saveConcept(new Date('2025-03-01T10:00:00Z'));
    if (!first.ok) throw new Error('not saved');
    expect(first.nieuw).toBe(true);
    expect($doelkaarten.get()).toHaveLength(1);
    expect($doelkaarten.get()[0]!.obstakels[0]).toMatchObject({ als: 'ik geen zin heb' });

    setDoel('Ik wil uitzoeken via welke twee kanalen ik werk vind.');
    const second = saveConcept(new Date('2025-03-02T10:00:00Z'));
    if (!second.ok) throw new Error('not saved');
    expect(second.nieuw).toBe(false);
    expect($doelkaarten.get()).toHaveLength(1);
    expect($doelkaarten.get()[0]).toMatchObject({
      gemaakt: '2025-03-01T10:00:00.000Z',
      gewijzigd: '2025-03-02T10:00:00.000Z',
    });

    newConcept();
    expect($doelConcept.get().doel).toBe('');
    expect(editCard(first.kaart.id)).toBe(true);
    expect($doelConcept.get().doel).toBe('Ik wil uitzoeken via welke twee kanalen ik werk vind.');

    deleteCard(first.kaart.id);
    expect($doelkaarten.get()).toEqual([]);
    expect($doelConcept.get().kaartId).toBeNull();
  });

  it('adds ideas into empty strategy fields first and removes strategies', () => {
    expect(addStrategy('Oefen met een vriend')).toBe(0);
    expect(addStrategy()).toBe(2);
    removeStrategy(2);
    expect($doelConcept.get().strategieen).toEqual(['Oefen met een vriend', '']);
  });

  it('exports and imports cards; a foreign file changes nothing', () => {
    setDoel('Ik wil leren plannen.');
    saveConcept();
    const file = exportCards();
    $doelkaarten.set([]);
    expect(importCards(file)).toEqual({ ok: true, toegevoegd: 1, alAanwezig: 0, teVeel: 0 });
    expect(importCards(file)).toEqual({ ok: true, toegevoegd: 0, alAanwezig: 1, teVeel: 0 });
    expect(importCards('{"soort":"anders"}')).toEqual({ ok: false, reden: 'unknown-kind' });
    expect($doelkaarten.get()).toHaveLength(1);
    expect(importCards(encodeCards([]))).toEqual({
      ok: true,
      toegevoegd: 0,
      alAanwezig: 0,
      teVeel: 0,
    });
  });
});
