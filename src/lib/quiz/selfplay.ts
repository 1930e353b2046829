// Self-play on /quiz/: the chosen statements one at a time in a seeded random order,
// an answer per statement, then the score and a round of just the misses.
import { isRecord } from '../storage/versioned';
import { validateAnswers, type Answers } from './answers';
import { isStellingId, SET_MAX } from './ids';
import { shuffle } from './shuffle';
import type { Oordeel } from './types';

export interface SelfPlaySession {
  /** Page keys the visitor chose ("studie/5-doelen"); empty for a round of misses. */
  keuze: string[];
  /** Statement ids in the order asked. */
  ids: string[];
  antwoorden: Answers;
  /** Index of the statement on screen; ids.length is the end screen. */
  index: number;
  /** True for a round that repeats earlier misses. */
  herhaling: boolean;
}

/** A new round over `ids`, shuffled with `seed`. */
export function startSelfPlaySession(
  ids: readonly string[],
  keuze: readonly string[],
  seed: number,
  herhaling = false,
): SelfPlaySession {
  return { keuze: [...keuze], ids: shuffle(ids, seed), antwoorden: {}, index: 0, herhaling };
}

/** The id on screen, or undefined on the end screen. */
export function selfPlayCurrent(s: SelfPlaySession): string | undefined {
  return s.ids[s.index];
}

/** Records the answer to the statement on screen; a statement is answered once. */
export function selfPlayAnswer(s: SelfPlaySession, oordeel: Oordeel): SelfPlaySession {
  const id = selfPlayCurrent(s);
  if (id === undefined || s.antwoorden[id] !== undefined) return s;
  return { ...s, antwoorden: { ...s.antwoorden, [id]: oordeel } };
}

/** Goes on to the next statement once the current one is answered. */
export function nextStelling(s: SelfPlaySession): SelfPlaySession {
  const id = selfPlayCurrent(s);
  if (id === undefined || s.antwoorden[id] === undefined) return s;
  return { ...s, index: s.index + 1 };
}

/** True on the end screen. */
export function selfPlayDone(s: SelfPlaySession): boolean {
  return s.index >= s.ids.length;
}

/** Checks a stored round; returns a clean copy or undefined. */
export function validateSelfPlaySession(value: unknown): SelfPlaySession | undefined {
  if (!isRecord(value)) return undefined;
  const { keuze, ids, antwoorden, index, herhaling } = value;
  if (
    !Array.isArray(keuze) ||
    keuze.length > 50 ||
    !keuze.every((k) => typeof k === 'string' && /^(studie|praktijk)\/[a-z0-9-]+$/.test(k))
  ) {
    return undefined;
  }
  if (!Array.isArray(ids) || ids.length === 0 || ids.length > SET_MAX || !ids.every(isStellingId))
    return undefined;
  if (new Set(ids).size !== ids.length) return undefined;
  const checked = validateAnswers(antwoorden);
  if (!checked || Object.keys(checked).some((id) => !ids.includes(id))) return undefined;
  if (!Number.isInteger(index) || (index as number) < 0 || (index as number) > ids.length)
    return undefined;
  if (typeof herhaling !== 'boolean') return undefined;
  return {
    keuze: [...keuze],
    ids: [...ids],
    antwoorden: checked,
    index: index as number,
    herhaling,
  };
}
