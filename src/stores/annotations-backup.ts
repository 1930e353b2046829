// The JSON backup of what the annotations store keeps: made and merged in on request.
// Loaded by "Mijn aantekeningen" only when a backup is made or read, so the page's first
// load carries neither the file format nor this code.
import { parseBackup, toBackup } from '@/lib/annotations/backup';
import { mergeAantekeningen, mergeReadingPlaces, type Merged } from '@/lib/annotations/transfer';
import type { ImportError } from '@/lib/storage/transfer';
import { $aantekeningen, $readingPlaces } from './annotations';

export type ImportResult =
  | ({ ok: true } & Omit<Merged, 'aantekeningen'> & { ongeldig: number })
  | { ok: false; reden: ImportError };

/** Every highlight, note and reading place kept, as a backup file's text. */
export function exportBackup(nu = new Date()): string {
  return toBackup($aantekeningen.get(), $readingPlaces.get(), nu);
}

/** Merges a backup file's text into what is kept; nothing kept is lost or changed. */
export function importBackup(text: string): ImportResult {
  const parsed = parseBackup(text);
  if (!parsed.ok) return parsed;
  const merged = mergeAantekeningen($aantekeningen.get(), parsed.aantekeningen);
  if (merged.toegevoegd > 0) $aantekeningen.set(merged.aantekeningen);
  $readingPlaces.set(mergeReadingPlaces($readingPlaces.get(), parsed.leesplekken));
  return {
    ok: true,
    toegevoegd: merged.toegevoegd,
    dubbel: merged.dubbel,
    vol: merged.vol,
    ongeldig: parsed.ongeldig,
  };
}
