// Export and import of the saved doelkaarten (/doelen/, step 6). Apart from
// @/stores/goals so the island's first load does not carry the file formats.
import { encodeCards, mergeCards, parseCards, type ImportError } from '@/lib/goals/card-transfer';
import { $doelkaarten } from '@/stores/goals';

/** JSON export of every saved card. */
export function exportCards(nu: Date = new Date()): string {
  return encodeCards($doelkaarten.get(), nu);
}

export type ImportResult =
  | { ok: true; toegevoegd: number; alAanwezig: number; teVeel: number }
  | { ok: false; reden: ImportError };

/** Adds the cards of an export file; a file that is not ours changes nothing. */
export function importCards(raw: string): ImportResult {
  const parsed = parseCards(raw);
  if (!parsed.ok) return parsed;
  const merged = mergeCards($doelkaarten.get(), parsed.kaarten);
  if (merged.toegevoegd > 0) $doelkaarten.set(merged.kaarten);
  return {
    ok: true,
    toegevoegd: merged.toegevoegd,
    alAanwezig: merged.alAanwezig,
    teVeel: merged.teVeel,
  };
}
