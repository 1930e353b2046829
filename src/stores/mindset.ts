// State of the mindset self-test: saved results (persisted, versioned, validated on
// load), the test being filled in, and the actions the island calls. The per-area
// overview, export and import are in ./mindset-data, which the page loads later.
import { atom } from 'nanostores';
import { isKept, notify, persistedAtom, type PersistedOptions } from '@/stores/persisted';
import {
  normalizeArea,
  RESULTS_RULE,
  AREA_MAX,
  MAX_RESULTS,
  type MindsetResult,
} from '@/lib/mindset/results';
import { emptyAnswers, missingItems, type Position } from '@/lib/mindset/score';
import { areas, type AreaId } from '@/strings/mindset';
import { newId } from '@/lib/storage/id';

/** localStorage key of the saved results. */
export const MINDSET_KEY = 'zelfsturing:mindsettest';

/** Every completed test, oldest first; kept in this browser only. */
export const RESULTS_STORED: PersistedOptions<MindsetResult[]> = {
  key: MINDSET_KEY,
  version: 1,
  initial: [],
  list: RESULTS_RULE,
  limit: { max: MAX_RESULTS, noun: 'uitslagen' },
};
export const $mindsetResults = persistedAtom(RESULTS_STORED);

/** Answers of the test being filled in (index 0 = item 1); kept in memory only. */
export const $mindsetAnswers = atom<(Position | null)[]>(emptyAnswers());

/** The chosen area: one of the offered ones, or "anders" with the visitor's own words. */
export interface AreaChoice {
  soort: AreaId | 'anders' | null;
  eigen: string;
}

export const $mindsetArea = atom<AreaChoice>({ soort: null, eigen: '' });

/** Records the answer to one item (1-10). */
export function setAnswer(nummer: number, positie: Position): void {
  const next = [...$mindsetAnswers.get()];
  next[nummer - 1] = positie;
  $mindsetAnswers.set(next);
}

/** Chooses an area, or "anders" to type one. */
export function chooseArea(soort: AreaChoice['soort']): void {
  $mindsetArea.set({ ...$mindsetArea.get(), soort });
}

/** Sets the visitor's own words for the "anders" area. */
export function setOwnArea(eigen: string): void {
  $mindsetArea.set({ ...$mindsetArea.get(), eigen: eigen.slice(0, AREA_MAX) });
}

/** The area name to save, or undefined when none is chosen (or "anders" is left empty). */
export function areaLabel(keuze: AreaChoice): string | undefined {
  if (keuze.soort === 'anders') return normalizeArea(keuze.eigen) || undefined;
  return areas.find((g) => g.id === keuze.soort)?.label;
}

/** True while results cannot be written to this browser (unavailable or full). */
export function resultsAreKept(): boolean {
  return isKept(MINDSET_KEY);
}

export type SubmitResult =
  | { ok: true; resultaat: MindsetResult; bewaard: boolean }
  | { ok: false; ontbrekend: number[]; areaMissing: boolean; vol?: boolean };

/** Saves the test being filled in as a result and starts a fresh one; refuses partial answers. */
export function submitTest(nu: Date = new Date()): SubmitResult {
  const antwoorden = $mindsetAnswers.get();
  const ontbrekend = missingItems(antwoorden);
  const gebied = areaLabel($mindsetArea.get());
  if (ontbrekend.length > 0 || !gebied) {
    return { ok: false, ontbrekend, areaMissing: !gebied };
  }
  // The same limit as loading: refuse before anything is written or lost; the answers stay.
  if ($mindsetResults.get().length >= MAX_RESULTS) {
    notify(MINDSET_KEY, 'limit', RESULTS_STORED.limit);
    return { ok: false, ontbrekend: [], areaMissing: false, vol: true };
  }
  const resultaat: MindsetResult = {
    id: newId(),
    datum: nu.toISOString(),
    gebied,
    antwoorden: antwoorden as Position[],
  };
  $mindsetResults.set([...$mindsetResults.get(), resultaat]);
  startNewTest();
  return { ok: true, resultaat, bewaard: resultsAreKept() };
}

/** Clears the answers and the chosen area. */
export function startNewTest(): void {
  $mindsetAnswers.set(emptyAnswers());
  $mindsetArea.set({ soort: null, eigen: '' });
}

/** Removes one saved result. */
export function deleteResult(id: string): void {
  $mindsetResults.set($mindsetResults.get().filter((r) => r.id !== id));
}

/** Removes every saved result. */
export function deleteAllResults(): void {
  $mindsetResults.set([]);
}
