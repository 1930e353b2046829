// The goal store's draft (/doelen/): the limits on plans and strategies, the visitor's
// answers to the tips, the "unsaved text" warning and the limit on saved cards.
import { beforeEach, describe, expect, it } from 'vitest';
import { CARD_LIMITS } from '@/lib/goals/card';
import {
  $doelConcept,
  $doelkaarten,
  addObstakel,
  addStartPlan,
  addStrategy,
  conceptHasUnsavedText,
  deleteCard,
  editCard,
  newConcept,
  removeObstakel,
  removeStartPlan,
  saveConcept,
  setDoel,
  setMotivated,
  setLeader,
  setObstakel,
  setOriginal,
  setPerfectionist,
  setStartPlan,
  setStrategy,
} from '@/stores/goals';

beforeEach(() => {
  $doelkaarten.set([]);
  newConcept();
  setLeader(false);
});

function fillDraft(): void {
  setOriginal('Ik wil een baan.');
  setDoel('Ik wil uitzoeken via welke kanalen ik een baan kan vinden.');
  setStrategy(0, 'Vraag drie mensen hoe zij hun baan vonden');
}

describe('strategies', () => {
  it('stops at the limit and ignores a field that does not exist', () => {
    while ($doelConcept.get().strategieen.length < CARD_LIMITS.strategieen) addStrategy();
    expect(addStrategy()).toBe(-1);
    expect($doelConcept.get().strategieen).toHaveLength(CARD_LIMITS.strategieen);
    const before = $doelConcept.get().strategieen;
    setStrategy(-1, 'x');
    setStrategy(CARD_LIMITS.strategieen, 'x');
    expect($doelConcept.get().strategieen).toEqual(before);
  });

  it('cuts a strategy at the field limit', () => {
    setStrategy(0, 'a'.repeat(CARD_LIMITS.veld + 50));
    expect($doelConcept.get().strategieen[0]).toHaveLength(CARD_LIMITS.veld);
  });
});

describe('plans', () => {
  it('adds obstacle plans up to the limit and removes the one asked for', () => {
    const ids: string[] = [];
    for (let i = 0; i < CARD_LIMITS.obstakels; i++) ids.push(addObstakel()!);
    expect(new Set(ids).size).toBe(CARD_LIMITS.obstakels);
    expect(addObstakel()).toBeUndefined();
    setObstakel(ids[1]!, 'als', 'ik moe ben');
    removeObstakel(ids[0]!);
    const left = $doelConcept.get().obstakels;
    expect(left.map((p) => p.id)).toEqual(ids.slice(1));
    expect(left[0]).toMatchObject({ als: 'ik moe ben', dan: '' });
  });

  it('adds start plans up to the limit and removes the one asked for', () => {
    const ids: string[] = [];
    for (let i = 0; i < CARD_LIMITS.startplannen; i++) ids.push(addStartPlan()!);
    expect(addStartPlan()).toBeUndefined();
    setStartPlan(ids[2]!, 'hoe', 'bel ik mijn coach');
    removeStartPlan(ids[1]!);
    const left = $doelConcept.get().startplannen;
    expect(left.map((p) => p.id)).toEqual([ids[0], ...ids.slice(2)]);
    expect(left[1]).toMatchObject({ hoe: 'bel ik mijn coach' });
  });
});

describe('the answers to the tips', () => {
  it('are kept in the draft; a new card forgets all but "leader"', () => {
    setLeader(true);
    setPerfectionist(true);
    setMotivated(false);
    expect($doelConcept.get()).toMatchObject({
      leider: true,
      perfectionist: true,
      gemotiveerd: false,
    });
    newConcept();
    expect($doelConcept.get()).toMatchObject({
      leider: true,
      perfectionist: false,
      gemotiveerd: null,
    });
  });
});

describe('conceptHasUnsavedText', () => {
  it('is false for an empty draft or one with only spaces', () => {
    expect(conceptHasUnsavedText()).toBe(false);
    setOriginal('   ');
    addObstakel();
    expect(conceptHasUnsavedText()).toBe(false);
  });

  it('is true for any text typed, even only in a plan', () => {
    setObstakel(addObstakel()!, 'dan', 'bel ik');
    expect(conceptHasUnsavedText()).toBe(true);
    newConcept();
    setStartPlan(addStartPlan()!, 'waar', 'thuis');
    expect(conceptHasUnsavedText()).toBe(true);
  });

  it('is false right after saving and true again after a change', () => {
    fillDraft();
    expect(conceptHasUnsavedText()).toBe(true);
    expect(saveConcept().ok).toBe(true);
    expect(conceptHasUnsavedText()).toBe(false);
    setDoel('Ik wil leren netwerken.');
    expect(conceptHasUnsavedText()).toBe(true);
  });

  it('is true when the card the draft came from was deleted', () => {
    fillDraft();
    const saved = saveConcept();
    if (!saved.ok) throw new Error('not saved');
    deleteCard(saved.kaart.id);
    expect($doelConcept.get().kaartId).toBeNull();
    expect(conceptHasUnsavedText()).toBe(true);
  });
});

describe('the limit on saved cards', () => {
  it('refuses a new card when the list is full and loses none; an opened card can still be saved', () => {
    fillDraft();
    const first = saveConcept(new Date('2025-03-01T10:00:00Z'));
    if (!first.ok) throw new Error('not saved');
    const full = Array.from({ length: CARD_LIMITS.kaarten }, (_, i) => ({
      ...first.kaart,
      id: `k${i}`,
    }));
    $doelkaarten.set(full);

    newConcept();
    fillDraft();
    expect(saveConcept()).toEqual({ ok: false, problemen: ['te-veel-kaarten'] });
    expect($doelkaarten.get()).toEqual(full);

    // Saving over a card that exists adds nothing, so it is allowed.
    $doelConcept.set({ ...$doelConcept.get(), kaartId: 'k3' });
    const again = saveConcept(new Date('2025-03-02T10:00:00Z'));
    expect(again).toMatchObject({ ok: true, nieuw: false });
    expect($doelkaarten.get()).toHaveLength(CARD_LIMITS.kaarten);
    expect($doelkaarten.get()[3]!.gewijzigd).toBe('2025-03-02T10:00:00.000Z');
  });

  it('deleting another card leaves the draft pointing at its own card', () => {
    fillDraft();
    const a = saveConcept();
    if (!a.ok) throw new Error('not saved');
    $doelkaarten.set([...$doelkaarten.get(), { ...a.kaart, id: 'ander' }]);
    deleteCard('ander');
    expect($doelConcept.get().kaartId).toBe(a.kaart.id);
    expect($doelkaarten.get().map((k) => k.id)).toEqual([a.kaart.id]);
  });
});

describe('editCard', () => {
  it('an unknown card id leaves the draft as it is', () => {
    fillDraft();
    const before = $doelConcept.get();
    expect(editCard('bestaat-niet')).toBe(false);
    expect($doelConcept.get()).toBe(before);
  });
});
