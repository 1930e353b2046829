// The export file of the saved results, in the site's one transfer format
// (../storage/transfer), and how an imported file is added to the results already there.
import {
  encodeTransfer,
  mergeById,
  parseTransfer,
  MAX_IMPORT_CHARS,
  type ImportError,
  type MergeResult,
  type TransferFormat,
} from '../storage/transfer';
import { MAX_RESULTS, validateResults, type MindsetResult } from './results';

export type { ImportError };

/** The export file of the saved results. */
export const RESULTS_FORMAT: TransferFormat<MindsetResult[]> = {
  soort: 'zelfsturing-mindsettest',
  versie: 1,
  veld: 'resultaten',
  validate: validateResults,
};
/** Marks an export file as ours. */
export const EXPORT_KIND = RESULTS_FORMAT.soort;
/** Bump when the export shape changes; older files then need a conversion here. */
export const EXPORT_VERSION = RESULTS_FORMAT.versie;

/** Serialises results as an export file. */
export function encodeExport(resultaten: readonly MindsetResult[], nu: Date): string {
  return encodeTransfer(RESULTS_FORMAT, [...resultaten], nu);
}

export type ImportResult =
  { ok: true; resultaten: MindsetResult[] } | { ok: false; reden: ImportError };

/** Parses an export file; anything that is not one of ours is refused with a reason. */
export function parseExport(tekst: string): ImportResult {
  const r = parseTransfer(tekst, RESULTS_FORMAT, MAX_IMPORT_CHARS);
  return r.ok ? { ok: true, resultaten: r.data } : r;
}

/** Adds imported results to the existing ones; existing results are never changed. */
export function mergeResults(
  bestaand: readonly MindsetResult[],
  nieuw: readonly MindsetResult[],
): MergeResult<MindsetResult> {
  return mergeById(bestaand, nieuw, MAX_RESULTS);
}
