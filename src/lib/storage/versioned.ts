// Versioned envelopes for everything the site keeps in the browser.
// Stored shape: {"v": <version>, "data": <payload>} as JSON.

/** Why a stored value could not be used (all or part of it). */
export type DecodeFailure = 'corrupt' | 'version' | 'newer' | 'invalid';

export type DecodeResult<T> = { ok: true; data: T } | { ok: false; reason: DecodeFailure };

/** A validator returns the typed value, or undefined when the shape is wrong. */
export type Validate<T> = (value: unknown) => T | undefined;

/** Wraps data in a versioned envelope and serialises it. */
export function encodeStored<T>(version: number, data: T): string {
  return JSON.stringify({ v: version, data });
}

/** Parses an envelope without looking at its data; never throws. */
export function openEnvelope(raw: string, version: number): DecodeResult<unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
  if (!isRecord(parsed) || !('v' in parsed) || !('data' in parsed)) {
    return { ok: false, reason: 'invalid' };
  }
  // Data written by a newer version of the site is named so, never called old.
  if (typeof parsed.v === 'number' && parsed.v > version) return { ok: false, reason: 'newer' };
  if (parsed.v !== version) return { ok: false, reason: 'version' };
  return { ok: true, data: parsed.data };
}

/** Parses and validates a stored envelope; never throws. */
export function decodeStored<T>(raw: string, version: number, validate: Validate<T>): DecodeResult<T> {
  const opened = openEnvelope(raw, version);
  if (!opened.ok) return opened;
  const data = validate(opened.data);
  return data === undefined ? { ok: false, reason: 'invalid' } : { ok: true, data };
}

/** How a stored list is read: each entry on its own, within a limit, ids unique. */
export interface ListRule<T> {
  item: Validate<T>;
  /** Most entries kept; the same limit applies when saving. */
  max: number;
  /** Entries with the same id count once (the first is kept). */
  id?: (entry: T) => string;
}

export interface ListCheck<T> {
  /** Every valid entry, in order, at most `max`. */
  kept: T[];
  /** Entries that are invalid, a repeated id, or beyond the limit (as stored). */
  dropped: unknown[];
}

/** Splits a list into the entries that can be kept and the ones that cannot; undefined when it is no list. */
export function checkList<T>(value: unknown, rule: ListRule<T>): ListCheck<T> | undefined {
  if (!Array.isArray(value)) return undefined;
  const kept: T[] = [];
  const dropped: unknown[] = [];
  const ids = new Set<string>();
  for (const entry of value) {
    const checked = rule.item(entry);
    const id = checked !== undefined && rule.id ? rule.id(checked) : undefined;
    if (checked === undefined || kept.length >= rule.max || (id !== undefined && ids.has(id))) {
      dropped.push(entry);
      continue;
    }
    if (id !== undefined) ids.add(id);
    kept.push(checked);
  }
  return { kept, dropped };
}

/** A list that passes `rule` whole (every entry valid, within the limit, ids unique), or undefined. */
export function validateList<T>(value: unknown, rule: ListRule<T>): T[] | undefined {
  const checked = checkList(value, rule);
  return checked && checked.dropped.length === 0 ? checked.kept : undefined;
}

/** True for plain objects (not arrays, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A non-empty string of at most `max` characters. */
export function isText(value: unknown, max = 10_000): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= max;
}

/** An ISO date-time string that parses to a valid date. */
export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 40 && !Number.isNaN(Date.parse(value));
}

/**
 * Validates every item of an array; the whole array fails when one item fails
 * (for values that only make sense whole, such as the plans of one card).
 */
export function validateArray<T>(value: unknown, item: Validate<T>, max = 10_000): T[] | undefined {
  if (Array.isArray(value) && value.length > max) return undefined;
  return validateList(value, { item, max });
}
