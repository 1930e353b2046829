// Saved results of the self-test: the record, its validator, the per-area views
// (latest result, change over time) and the export file format.
import { isIsoDate, isRecord, isText, validateArray } from '../storage/versioned';
import { AANTAL_ITEMS, isPositie, scoreMindsetTest, type Positie } from './score';

/** One completed test, as kept in the browser and in export files. */
export interface MindsetResultaat {
  /** Random id, unique among the saved results. */
  id: string;
  /** When the test was completed (ISO date-time). */
  datum: string;
  /** The area of life the test was taken for, as the visitor named or chose it. */
  gebied: string;
  /** The ten answers in item order, each 1 (fixed) to 5 (growth). */
  antwoorden: Positie[];
}

/** Longest area name we accept. */
export const GEBIED_MAX = 60;
/** Most results we keep or import; far more than anyone needs, small enough for storage. */
export const MAX_RESULTATEN = 500;
/** Largest import file we read, in characters. */
export const MAX_IMPORT_TEKENS = 1_000_000;

const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** The area name as shown: trimmed, inner whitespace collapsed. */
export function normalizeArea(gebied: string): string {
  return gebied.trim().replace(/\s+/g, ' ');
}

/** Key that groups results of the same area ("Werk" and " werk " are one area). */
export function areaKey(gebied: string): string {
  return normalizeArea(gebied).toLocaleLowerCase('nl');
}

/** Checks one stored or imported result; returns a clean copy or undefined. */
export function validateResultaat(value: unknown): MindsetResultaat | undefined {
  if (!isRecord(value)) return undefined;
  const { id, datum, gebied, antwoorden } = value;
  if (typeof id !== 'string' || !ID.test(id)) return undefined;
  if (!isIsoDate(datum)) return undefined;
  if (!isText(gebied, GEBIED_MAX) || normalizeArea(gebied) === '') return undefined;
  if (!Array.isArray(antwoorden) || antwoorden.length !== AANTAL_ITEMS) return undefined;
  if (!antwoorden.every(isPositie)) return undefined;
  return { id, datum, gebied: normalizeArea(gebied), antwoorden: [...antwoorden] };
}

/** Checks a whole list; fails on one bad entry or on duplicate ids. */
export function validateResultaten(value: unknown): MindsetResultaat[] | undefined {
  const list = validateArray(value, validateResultaat, MAX_RESULTATEN);
  if (!list) return undefined;
  return new Set(list.map((r) => r.id)).size === list.length ? list : undefined;
}

/** Total score of a saved result (10-50). */
export function resultTotal(resultaat: MindsetResultaat): number {
  const uitkomst = scoreMindsetTest(resultaat.antwoorden);
  // A validated result is always complete; 0 would only show up for a hand-made object.
  return uitkomst.ok ? uitkomst.score.totaal : 0;
}

/** Oldest first; equal times keep a stable order by id. */
function byDate(a: MindsetResultaat, b: MindsetResultaat): number {
  return Date.parse(a.datum) - Date.parse(b.datum) || a.id.localeCompare(b.id);
}

export interface VerloopStap {
  resultaat: MindsetResultaat;
  totaal: number;
  /** Difference with the previous result in the same area; null for the first. */
  verschil: number | null;
}

export interface GebiedOverzicht {
  /** Grouping key (lower case). */
  sleutel: string;
  /** Area name as written in the latest result. */
  gebied: string;
  /** The latest result in this area. */
  laatste: VerloopStap;
  /** Every result in this area, oldest first. */
  verloop: VerloopStap[];
  /** Latest total minus the first total in this area (0 with one result). */
  veranderingSindsEerste: number;
}

/** Groups results per area: latest result and change over time; most recently used area first. */
export function summarizeByArea(resultaten: readonly MindsetResultaat[]): GebiedOverzicht[] {
  const groepen = new Map<string, MindsetResultaat[]>();
  for (const r of [...resultaten].sort(byDate)) {
    const key = areaKey(r.gebied);
    groepen.set(key, [...(groepen.get(key) ?? []), r]);
  }
  const overzicht: GebiedOverzicht[] = [];
  for (const [sleutel, lijst] of groepen) {
    const verloop = lijst.map((resultaat, i) => {
      const totaal = resultTotal(resultaat);
      const vorige = lijst[i - 1];
      return { resultaat, totaal, verschil: vorige ? totaal - resultTotal(vorige) : null };
    });
    const eerste = verloop[0]!;
    const laatste = verloop[verloop.length - 1]!;
    overzicht.push({
      sleutel,
      gebied: laatste.resultaat.gebied,
      laatste,
      verloop,
      veranderingSindsEerste: laatste.totaal - eerste.totaal,
    });
  }
  return overzicht.sort((a, b) => byDate(b.laatste.resultaat, a.laatste.resultaat));
}

/** The latest result of every area, most recent first. */
export function latestPerArea(resultaten: readonly MindsetResultaat[]): MindsetResultaat[] {
  return summarizeByArea(resultaten).map((g) => g.laatste.resultaat);
}

// Export files: {"soort": EXPORT_SOORT, "versie": EXPORT_VERSIE, "geexporteerd": ISO, "resultaten": [...]}

/** Marks an export file as ours. */
export const EXPORT_SOORT = 'zelfsturing-mindsettest';
/** Bump when the export shape changes; older files then need a conversion here. */
export const EXPORT_VERSIE = 1;

/** Serialises results as an export file. */
export function encodeExport(resultaten: readonly MindsetResultaat[], nu: Date): string {
  return JSON.stringify(
    { soort: EXPORT_SOORT, versie: EXPORT_VERSIE, geexporteerd: nu.toISOString(), resultaten },
    null,
    2,
  );
}

/** Why an import file was refused. */
export type ImportFout =
  'leeg' | 'teGroot' | 'geenJson' | 'nietVanOns' | 'andereVersie' | 'ongeldig';

export type ImportUitkomst =
  { ok: true; resultaten: MindsetResultaat[] } | { ok: false; reden: ImportFout };

/** Parses an export file; anything that is not one of ours is refused with a reason. */
export function parseExport(tekst: string): ImportUitkomst {
  if (tekst.trim() === '') return { ok: false, reden: 'leeg' };
  if (tekst.length > MAX_IMPORT_TEKENS) return { ok: false, reden: 'teGroot' };
  let data: unknown;
  try {
    data = JSON.parse(tekst);
  } catch {
    return { ok: false, reden: 'geenJson' };
  }
  if (!isRecord(data) || data.soort !== EXPORT_SOORT) return { ok: false, reden: 'nietVanOns' };
  if (data.versie !== EXPORT_VERSIE) return { ok: false, reden: 'andereVersie' };
  const resultaten = validateResultaten(data.resultaten);
  return resultaten ? { ok: true, resultaten } : { ok: false, reden: 'ongeldig' };
}

export interface SamenvoegUitkomst {
  /** Existing results followed by the new ones. */
  resultaten: MindsetResultaat[];
  /** How many imported results were new. */
  toegevoegd: number;
  /** How many were already there (same id) and were left as they were. */
  alAanwezig: number;
  /** How many did not fit under MAX_RESULTATEN. */
  teVeel: number;
}

/** Adds imported results to the existing ones; existing results are never changed. */
export function mergeResults(
  bestaand: readonly MindsetResultaat[],
  nieuw: readonly MindsetResultaat[],
): SamenvoegUitkomst {
  const ids = new Set(bestaand.map((r) => r.id));
  const resultaten = [...bestaand];
  let toegevoegd = 0;
  let alAanwezig = 0;
  let teVeel = 0;
  for (const r of nieuw) {
    if (ids.has(r.id)) alAanwezig++;
    else if (resultaten.length >= MAX_RESULTATEN) teVeel++;
    else {
      ids.add(r.id);
      resultaten.push(r);
      toegevoegd++;
    }
  }
  return { resultaten, toegevoegd, alAanwezig, teVeel };
}
