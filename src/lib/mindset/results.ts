// Saved results of the self-test: the record and its validator. What is built on the
// saved results, the per-area views and the export file, lives in ./overview and
// ./transfer: the page needs those only after the first interaction.
import { isIsoDate, isRecord, isText, validateList, type ListRule } from '../storage/versioned';
import { ITEM_COUNT, isPosition, type Position } from './score';

/** One completed test, as kept in the browser and in export files. */
export interface MindsetResult {
  /** Random id, unique among the saved results. */
  id: string;
  /** When the test was completed (ISO date-time). */
  datum: string;
  /** The area of life the test was taken for, as the visitor named or chose it. */
  gebied: string;
  /** The ten answers in item order, each 1 (fixed) to 5 (growth). */
  antwoorden: Position[];
}

/** Longest area name we accept. */
export const AREA_MAX = 60;
/** Most results we keep or import; far more than anyone needs, small enough for storage. */
export const MAX_RESULTS = 500;

const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** The area name as shown: trimmed, inner whitespace collapsed. */
export function normalizeArea(gebied: string): string {
  return gebied.trim().replace(/\s+/g, ' ');
}

/** Checks one stored or imported result; returns a clean copy or undefined. */
export function validateResult(value: unknown): MindsetResult | undefined {
  if (!isRecord(value)) return undefined;
  const { id, datum, gebied, antwoorden } = value;
  if (typeof id !== 'string' || !ID.test(id)) return undefined;
  if (!isIsoDate(datum)) return undefined;
  if (!isText(gebied, AREA_MAX) || normalizeArea(gebied) === '') return undefined;
  if (!Array.isArray(antwoorden) || antwoorden.length !== ITEM_COUNT) return undefined;
  if (!antwoorden.every(isPosition)) return undefined;
  return { id, datum, gebied: normalizeArea(gebied), antwoorden: [...antwoorden] };
}

/** The saved results: each checked on its own, at most MAX_RESULTS, ids unique (stored and imported alike). */
export const RESULTS_RULE: ListRule<MindsetResult> = {
  item: validateResult,
  max: MAX_RESULTS,
  id: (r) => r.id,
};

/** Checks a whole list (an import file); fails on one bad entry or on duplicate ids. */
export function validateResults(value: unknown): MindsetResult[] | undefined {
  return validateList(value, RESULTS_RULE);
}
