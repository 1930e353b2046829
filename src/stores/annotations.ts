// A reader's highlights, notes and reading places (persisted, versioned, validated on
// load) and the actions the reading page and "Mijn aantekeningen" call.
import { isKept, persistedAtom } from '@/stores/persisted';
import {
  AANTEKENINGEN_MAX,
  AANTEKENINGEN_RULE,
  NOTITIE_MAX,
  validateReadingPlaces,
  type Aantekening,
  type Colour,
  type ReadingPlace,
  type ReadingPlaces,
  type TextPositionSelector,
  type TextQuoteSelector,
} from '@/lib/annotations/model';
import { newId } from '@/lib/storage/id';

/** localStorage keys (the tiny loader on reading pages reads them too, read-only). */
export const AANTEKENINGEN_KEY = 'zelfsturing:aantekeningen';
export const READING_PLACE_KEY = 'zelfsturing:leesplek';

/**
 * Every highlight and note, in the order they were made. A list like every other: each
 * entry is checked on its own, so one bad entry is set aside and the rest stays.
 */
export const $aantekeningen = persistedAtom<Aantekening[]>({
  key: AANTEKENINGEN_KEY,
  version: 1,
  initial: [],
  list: AANTEKENINGEN_RULE,
  limit: { max: AANTEKENINGEN_MAX, noun: 'markeringen en notities' },
});

/** Last section read and "read" mark, per page. */
export const $readingPlaces = persistedAtom<ReadingPlaces>({
  key: READING_PLACE_KEY,
  version: 1,
  initial: {},
  validate: validateReadingPlaces,
});

/** True while changes are written to this browser (not unavailable, not full). */
export function aantekeningenAreKept(): boolean {
  return isKept(AANTEKENINGEN_KEY);
}

export type SaveResult =
  { ok: true; aantekening: Aantekening } | { ok: false; reden: 'full' | 'too-long' };

export interface NewAantekening {
  pagina: string;
  sectie?: string | undefined;
  quote?: TextQuoteSelector | undefined;
  position?: TextPositionSelector | undefined;
  kleur?: Colour;
  notitie?: string;
}

/** Adds a highlight (with a quote) or a section note (without); refuses past the limits. */
export function addAantekening(nieuw: NewAantekening, nu = new Date()): SaveResult {
  const list = $aantekeningen.get();
  if (list.length >= AANTEKENINGEN_MAX) return { ok: false, reden: 'full' };
  const notitie = nieuw.notitie ?? '';
  if (notitie.length > NOTITIE_MAX) return { ok: false, reden: 'too-long' };
  const tijd = nu.toISOString();
  const aantekening: Aantekening = {
    id: newId(),
    pagina: nieuw.pagina,
    ...(nieuw.sectie ? { sectie: nieuw.sectie } : {}),
    ...(nieuw.quote ? { quote: nieuw.quote } : {}),
    ...(nieuw.position ? { position: nieuw.position } : {}),
    kleur: nieuw.kleur ?? 'geel',
    notitie,
    gemaakt: tijd,
    gewijzigd: tijd,
  };
  $aantekeningen.set([...list, aantekening]);
  return { ok: true, aantekening };
}

/** Changes the colour or note of one entry; unknown ids change nothing. */
export function updateAantekening(
  id: string,
  change: { kleur?: Colour; notitie?: string },
  nu = new Date(),
): SaveResult | undefined {
  const list = $aantekeningen.get();
  const current = list.find((a) => a.id === id);
  if (!current) return undefined;
  if (change.notitie !== undefined && change.notitie.length > NOTITIE_MAX)
    return { ok: false, reden: 'too-long' };
  const next = { ...current, ...change, gewijzigd: nu.toISOString() };
  $aantekeningen.set(list.map((a) => (a.id === id ? next : a)));
  return { ok: true, aantekening: next };
}

/** Records which entries the page could (not) find; writes only when something changed. */
export function setOrphaned(pagina: string, wees: Set<string>, nu = new Date()): void {
  const list = $aantekeningen.get();
  let changed = false;
  const next = list.map((a) => {
    if (a.pagina !== pagina || !a.quote) return a;
    const lost = wees.has(a.id);
    if (lost === Boolean(a.wees)) return a;
    changed = true;
    if (lost) return { ...a, wees: nu.toISOString() };
    const { wees: _gone, ...rest } = a;
    return rest;
  });
  if (changed) $aantekeningen.set(next);
}

export function removeAantekening(id: string): void {
  $aantekeningen.set($aantekeningen.get().filter((a) => a.id !== id));
}

/** Removes every highlight, note and reading place. */
export function removeAll(): void {
  $aantekeningen.set([]);
  $readingPlaces.set({});
}

/** Remembers the last section read on a page. */
export function setReadingPlace(
  pagina: string,
  sectie: string,
  label: string,
  nu = new Date(),
): void {
  const all = $readingPlaces.get();
  const current = all[pagina];
  if (current?.sectie === sectie) return;
  const plek: ReadingPlace = { ...current, sectie, label, bijgewerkt: nu.toISOString() };
  $readingPlaces.set({ ...all, [pagina]: plek });
}

/** Marks a page as read, or not read any more. */
export function setRead(pagina: string, gelezen: boolean, nu = new Date()): void {
  const all = $readingPlaces.get();
  const { gelezen: _old, ...rest } = all[pagina] ?? { bijgewerkt: nu.toISOString() };
  const plek: ReadingPlace = {
    ...rest,
    bijgewerkt: nu.toISOString(),
    ...(gelezen ? { gelezen: nu.toISOString() } : {}),
  };
  $readingPlaces.set({ ...all, [pagina]: plek });
}
