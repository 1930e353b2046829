// What the comparison and "your data" need of the saved results: the overview per
// area, export and import. Apart from ./mindset so that the first load of the page
// (the test itself) does not carry it.
import { computed } from 'nanostores';
import { summarizeByArea } from '@/lib/mindset/overview';
import { encodeExport, mergeResults, parseExport, type ImportError } from '@/lib/mindset/transfer';
import { $mindsetResults } from '@/stores/mindset';

/** Latest result and change over time per area. */
export const $areaOverview = computed($mindsetResults, summarizeByArea);

/** Export file with every saved result. */
export function exportResults(nu: Date = new Date()): string {
  return encodeExport($mindsetResults.get(), nu);
}

export type ImportActionResult =
  | { ok: true; toegevoegd: number; alAanwezig: number; teVeel: number }
  | { ok: false; reden: ImportError };

/** Reads an export file and adds its new results; a file that is not ours changes nothing. */
export function importResults(tekst: string): ImportActionResult {
  const parsed = parseExport(tekst);
  if (!parsed.ok) return parsed;
  const { list, toegevoegd, alAanwezig, teVeel } = mergeResults(
    $mindsetResults.get(),
    parsed.resultaten,
  );
  if (toegevoegd > 0) $mindsetResults.set(list);
  return { ok: true, toegevoegd, alAanwezig, teVeel };
}
