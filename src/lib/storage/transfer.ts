// One export file format for everything a visitor can take to another device, and one
// parser for it. A file is {"soort": <kind>, "versie": <n>, "gemaakt": ISO, <field>: data}.
// An imported file is never trusted: its data goes through the same check as stored data.
import type { Validate } from './versioned.ts';

/** Largest import file read, in characters. */
export const MAX_IMPORT_CHARS = 1_000_000;

/** Why an import file was refused; one set for every tool. */
export type ImportError = 'empty' | 'too-large' | 'not-json' | 'unknown-kind' | 'newer-version' | 'other-version' | 'invalid';

export const IMPORT_ERRORS: readonly ImportError[] = ['empty', 'too-large', 'not-json', 'unknown-kind', 'newer-version', 'other-version', 'invalid'];

export interface TransferFormat<T> {
  /** Marks files of this kind, e.g. "zelfsturing-doelkaarten". */
  soort: string;
  versie: number;
  /** Name of the field holding the data, e.g. "kaarten". */
  veld: string;
  validate: Validate<T>;
}

/** Serialises data as an export file. */
export function encodeTransfer<T>(format: TransferFormat<T>, data: T, nu: Date): string {
  return JSON.stringify({ soort: format.soort, versie: format.versie, gemaakt: nu.toISOString(), [format.veld]: data }, null, 2);
}

export type TransferResult<T> = { ok: true; data: T } | { ok: false; reden: ImportError };

/** Parses text as a JSON file, within the size limit; never throws. */
export function parseJsonFile(raw: string, max = MAX_IMPORT_CHARS): { ok: true; data: unknown } | { ok: false; reden: ImportError } {
  if (!raw.trim()) return { ok: false, reden: 'empty' };
  if (raw.length > max) return { ok: false, reden: 'too-large' };
  try {
    return { ok: true, data: JSON.parse(raw) as unknown };
  } catch {
    return { ok: false, reden: 'not-json' };
  }
}

/** Checks an already parsed export file against its format. */
export function checkTransfer<T>(data: unknown, format: TransferFormat<T>): TransferResult<T> {
  // A plain object, checked here rather than with versioned.ts's isRecord: /mijn-gegevens/
  // reads files with this module and must not pull in what every tool loads first.
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, reden: 'unknown-kind' };
  const file = data as Record<string, unknown>;
  if (file.soort !== format.soort) return { ok: false, reden: 'unknown-kind' };
  if (typeof file.versie === 'number' && file.versie > format.versie) return { ok: false, reden: 'newer-version' };
  if (file.versie !== format.versie) return { ok: false, reden: 'other-version' };
  const checked = format.validate(file[format.veld]);
  return checked === undefined ? { ok: false, reden: 'invalid' } : { ok: true, data: checked };
}

/** Reads an export file of one format; anything else is refused with a reason. */
export function parseTransfer<T>(raw: string, format: TransferFormat<T>, max = MAX_IMPORT_CHARS): TransferResult<T> {
  const parsed = parseJsonFile(raw, max);
  return parsed.ok ? checkTransfer(parsed.data, format) : parsed;
}

export interface MergeResult<T> {
  /** Existing entries followed by the new ones. */
  list: T[];
  /** How many imported entries were new. */
  toegevoegd: number;
  /** How many were already there (same id) and were left as they were. */
  alAanwezig: number;
  /** How many did not fit under the limit. */
  teVeel: number;
}

/** Adds imported entries whose id is new, up to `max`; existing entries are never changed. */
export function mergeById<T extends { id: string }>(bestaand: readonly T[], nieuw: readonly T[], max: number): MergeResult<T> {
  const ids = new Set(bestaand.map((e) => e.id));
  const list = [...bestaand];
  let toegevoegd = 0;
  let alAanwezig = 0;
  let teVeel = 0;
  for (const e of nieuw) {
    if (ids.has(e.id)) alAanwezig++;
    else if (list.length >= max) teVeel++;
    else {
      ids.add(e.id);
      list.push(e);
      toegevoegd++;
    }
  }
  return { list, toegevoegd, alAanwezig, teVeel };
}
