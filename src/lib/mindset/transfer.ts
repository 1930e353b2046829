// The export file of the saved results, and how an imported file is read and added
// to the results already there.
import { isRecord } from '../storage/versioned';
import { MAX_RESULTATEN, validateResultaten, type MindsetResultaat } from './results';

/** Largest import file we read, in characters. */
export const MAX_IMPORT_TEKENS = 1_000_000;

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
