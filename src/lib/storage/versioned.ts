// Versioned envelopes for everything the site keeps in the browser.
// Stored shape: {"v": <version>, "data": <payload>} as JSON.

/** Why a stored value could not be used. */
export type DecodeFailure = 'corrupt' | 'version' | 'invalid';

export type DecodeResult<T> = { ok: true; data: T } | { ok: false; reason: DecodeFailure };

/** A validator returns the typed value, or undefined when the shape is wrong. */
export type Validate<T> = (value: unknown) => T | undefined;

/** Wraps data in a versioned envelope and serialises it. */
export function encodeStored<T>(version: number, data: T): string {
  return JSON.stringify({ v: version, data });
}

/** Parses and validates a stored envelope; never throws. */
export function decodeStored<T>(raw: string, version: number, validate: Validate<T>): DecodeResult<T> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
  if (!isRecord(parsed) || !('v' in parsed) || !('data' in parsed)) {
    return { ok: false, reason: 'invalid' };
  }
  if (parsed.v !== version) return { ok: false, reason: 'version' };
  const data = validate(parsed.data);
  return data === undefined ? { ok: false, reason: 'invalid' } : { ok: true, data };
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
 * Validates every item of an array; the whole array fails when one item fails,
 * so a half-broken list is set aside as a whole rather than silently trimmed.
 */
export function validateArray<T>(value: unknown, item: Validate<T>, max = 10_000): T[] | undefined {
  if (!Array.isArray(value) || value.length > max) return undefined;
  const out: T[] = [];
  for (const entry of value) {
    const checked = item(entry);
    if (checked === undefined) return undefined;
    out.push(checked);
  }
  return out;
}
