// State of the goal rewriter (/doelen/): the card being edited and the saved cards,
// both persisted in this browser (versioned, validated on load), and the plain actions
// the island calls. The analysis and suggestions are derived in the island, so this
// module (loaded first) does not pull in the analyzer; export and import of the cards
// are in ./goals-transfer, loaded with the rest of the tool.
import {
  CARD_LIMITS,
  cardToConcept,
  conceptProblems,
  conceptToCard,
  emptyConcept,
  validateConcept,
  CARDS_RULE,
  type ConceptProblem,
  type DoelConcept,
  type Doelkaart,
} from '@/lib/goals/card';
import type { ObstakelPlan, StartPlan } from '@/lib/goals/plans';
import { newId } from '@/lib/storage/id';
import { isKept, notify, persistedAtom, type PersistedOptions } from '@/stores/persisted';

/** localStorage keys. */
export const CARDS_KEY = 'zelfsturing:doelkaarten';
export const CONCEPT_KEY = 'zelfsturing:doelconcept';

/** Saved cards, oldest first. */
export const CARDS_STORED: PersistedOptions<Doelkaart[]> = {
  key: CARDS_KEY,
  version: 1,
  initial: [],
  list: CARDS_RULE,
  limit: { max: CARD_LIMITS.kaarten, noun: 'doelkaarten' },
};
export const $doelkaarten = persistedAtom(CARDS_STORED);

/** The card being edited; kept so a reload loses nothing. */
export const DRAFT_STORED: PersistedOptions<DoelConcept> = {
  key: CONCEPT_KEY,
  version: 1,
  initial: emptyConcept(),
  validate: validateConcept,
};
export const $doelConcept = persistedAtom(DRAFT_STORED);

function update(change: Partial<DoelConcept>): void {
  $doelConcept.set({ ...$doelConcept.get(), ...change });
}

const field = (text: string) => text.slice(0, CARD_LIMITS.veld);

/**
 * The goal of step 1. An over-long text is kept whole: the field shows it is over and
 * saving says what to shorten. Beyond what the draft may store, it stays in this window
 * and the store says it is not kept (never cut silently).
 */
export function setOriginal(text: string): void {
  update({ oorspronkelijk: text });
}

/** The learning goal of step 2; kept whole as in setOriginal. */
export function setDoel(text: string): void {
  update({ doel: text });
}

export function setStrategy(index: number, text: string): void {
  const strategieen = [...$doelConcept.get().strategieen];
  if (index < 0 || index >= strategieen.length) return;
  strategieen[index] = field(text);
  update({ strategieen });
}

/** Adds a strategy (empty, or an idea); returns its index, or -1 at the limit. */
export function addStrategy(text = ''): number {
  const current = $doelConcept.get().strategieen;
  // An idea fills the first empty field before a new one is added.
  const empty = text ? current.findIndex((s) => !s.trim()) : -1;
  if (empty >= 0) {
    setStrategy(empty, text);
    return empty;
  }
  if (current.length >= CARD_LIMITS.strategieen) return -1;
  update({ strategieen: [...current, field(text)] });
  return current.length;
}

export function removeStrategy(index: number): void {
  update({ strategieen: $doelConcept.get().strategieen.filter((_, i) => i !== index) });
}

/** Adds an empty obstacle plan; returns its id, or undefined at the limit. */
export function addObstakel(): string | undefined {
  const current = $doelConcept.get().obstakels;
  if (current.length >= CARD_LIMITS.obstakels) return undefined;
  const id = newId();
  update({ obstakels: [...current, { id, als: '', dan: '' }] });
  return id;
}

export function setObstakel(id: string, veld: 'als' | 'dan', text: string): void {
  update({
    obstakels: $doelConcept
      .get()
      .obstakels.map((p): ObstakelPlan => (p.id === id ? { ...p, [veld]: field(text) } : p)),
  });
}

export function removeObstakel(id: string): void {
  update({ obstakels: $doelConcept.get().obstakels.filter((p) => p.id !== id) });
}

/** Adds an empty start plan; returns its id, or undefined at the limit. */
export function addStartPlan(): string | undefined {
  const current = $doelConcept.get().startplannen;
  if (current.length >= CARD_LIMITS.startplannen) return undefined;
  const id = newId();
  update({ startplannen: [...current, { id, wanneer: '', waar: '', hoe: '' }] });
  return id;
}

export function setStartPlan(id: string, veld: 'wanneer' | 'waar' | 'hoe', text: string): void {
  update({
    startplannen: $doelConcept
      .get()
      .startplannen.map((p): StartPlan => (p.id === id ? { ...p, [veld]: field(text) } : p)),
  });
}

export function removeStartPlan(id: string): void {
  update({ startplannen: $doelConcept.get().startplannen.filter((p) => p.id !== id) });
}

export function setLeader(leider: boolean): void {
  update({ leider });
}

export function setPerfectionist(perfectionist: boolean): void {
  update({ perfectionist });
}

export function setMotivated(gemotiveerd: boolean | null): void {
  update({ gemotiveerd });
}

/** True while cards can be written to this browser (available and not full). */
export function cardsAreKept(): boolean {
  return isKept(CARDS_KEY);
}

export type SaveResult =
  | { ok: true; kaart: Doelkaart; nieuw: boolean; bewaard: boolean }
  | { ok: false; problemen: ConceptProblem[] };

/** Saves the draft as a new card, or over the card it was opened from. */
export function saveConcept(nu: Date = new Date()): SaveResult {
  const concept = $doelConcept.get();
  const problemen = conceptProblems(concept);
  if (problemen.length) return { ok: false, problemen };
  const cards = $doelkaarten.get();
  const bestaand = concept.kaartId ? cards.find((k) => k.id === concept.kaartId) : undefined;
  // The same limit as loading: refuse before anything is written or lost.
  if (!bestaand && cards.length >= CARD_LIMITS.kaarten) {
    notify(CARDS_KEY, 'limit', CARDS_STORED.limit);
    return { ok: false, problemen: ['te-veel-kaarten'] };
  }
  const iso = nu.toISOString();
  const kaart = conceptToCard(concept, bestaand?.id ?? newId(), bestaand?.gemaakt ?? iso, iso);
  $doelkaarten.set(
    bestaand ? cards.map((k) => (k.id === kaart.id ? kaart : k)) : [...cards, kaart],
  );
  update({ kaartId: kaart.id });
  return { ok: true, kaart, nieuw: !bestaand, bewaard: cardsAreKept() };
}

/** Opens a saved card in the editor. */
export function editCard(id: string): boolean {
  const kaart = $doelkaarten.get().find((k) => k.id === id);
  if (!kaart) return false;
  $doelConcept.set({ ...cardToConcept(kaart), leider: $doelConcept.get().leider });
  return true;
}

/** Removes a saved card; the draft stays, but no longer points at it. */
export function deleteCard(id: string): void {
  $doelkaarten.set($doelkaarten.get().filter((k) => k.id !== id));
  if ($doelConcept.get().kaartId === id) update({ kaartId: null });
}

/** True when the draft holds something the visitor typed that is not on a saved card. */
export function conceptHasUnsavedText(): boolean {
  const c = $doelConcept.get();
  const typed =
    !!c.oorspronkelijk.trim() ||
    !!c.doel.trim() ||
    c.strategieen.some((x) => x.trim()) ||
    c.obstakels.some((p) => p.als.trim() || p.dan.trim()) ||
    c.startplannen.some((p) => p.wanneer.trim() || p.waar.trim() || p.hoe.trim());
  if (!typed) return false;
  const saved = c.kaartId ? $doelkaarten.get().find((k) => k.id === c.kaartId) : undefined;
  if (!saved) return true;
  const asCard = conceptToCard(c, saved.id, saved.gemaakt, saved.gewijzigd);
  return JSON.stringify(asCard) !== JSON.stringify(saved);
}

/** Starts a fresh, empty card (the island asks first when the draft holds unsaved text). */
export function newConcept(): void {
  $doelConcept.set({ ...emptyConcept(), leider: $doelConcept.get().leider });
}
