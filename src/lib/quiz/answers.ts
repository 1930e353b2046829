// Answers a reader gave to statements: per statement id the chosen verdict.
// Kept small on purpose: the in-chapter quiz imports it on every reading page.
import { isStellingId } from './ids';
import { isOordeel, type Oordeel } from './types';

export type Answers = Record<string, Oordeel>;

/** Most answers one stored record holds. */
const MAX = 500;

/** Checks stored answers: a plain object of id → verdict; anything else fails as a whole. */
export function validateAnswers(value: unknown): Answers | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const entries = Object.entries(value);
  const ok = entries.length <= MAX && entries.every(([id, answer]) => isStellingId(id) && isOordeel(answer));
  return ok ? (Object.fromEntries(entries) as Answers) : undefined;
}
