import { describe, expect, it } from 'vitest';
import {
  decodeStored,
  encodeStored,
  isIsoDate,
  isRecord,
  isText,
  validateArray,
  type Validate,
} from '@/lib/storage/versioned';

// A validator like the stores use: a list of named items.
type Item = { naam: string };
const item: Validate<Item> = (v) => (isRecord(v) && isText(v.naam, 20) ? { naam: v.naam } : undefined);
const items: Validate<Item[]> = (v) => validateArray(v, item, 3);

describe('versioned envelope', () => {
  it('round-trips data in a {v, data} envelope', () => {
    const raw = encodeStored(2, [{ naam: 'a' }]);
    expect(JSON.parse(raw)).toEqual({ v: 2, data: [{ naam: 'a' }] });
    expect(decodeStored(raw, 2, items)).toEqual({ ok: true, data: [{ naam: 'a' }] });
  });

  it('calls corrupt JSON corrupt, and never throws', () => {
    for (const raw of ['{not json', '', '{"v":1,"data":', '\u0000', 'undefined']) {
      expect(decodeStored(raw, 1, items)).toEqual({ ok: false, reason: 'corrupt' });
    }
  });

  it('calls JSON that is not an envelope invalid', () => {
    for (const raw of ['null', '[]', '42', '"tekst"', '{"v":1}', '{"data":[]}', '[{"v":1,"data":[]}]']) {
      expect(decodeStored(raw, 1, items)).toEqual({ ok: false, reason: 'invalid' });
    }
  });

  it('calls an envelope of an older or unknown version old, whatever its data', () => {
    expect(decodeStored(encodeStored(1, []), 2, items)).toEqual({ ok: false, reason: 'version' });
    expect(decodeStored('{"v":"2","data":[]}', 2, items)).toEqual({ ok: false, reason: 'version' });
  });

  it('calls an envelope of a newer version newer, never old', () => {
    expect(decodeStored('{"v":3,"data":"junk"}', 2, items)).toEqual({ ok: false, reason: 'newer' });
    expect(decodeStored(encodeStored(9, [{ naam: 'a' }]), 2, items)).toEqual({ ok: false, reason: 'newer' });
  });

  it('calls data the validator rejects invalid, as a whole', () => {
    expect(decodeStored(encodeStored(1, [{ naam: 'a' }, { naam: 7 }]), 1, items)).toEqual({ ok: false, reason: 'invalid' });
    expect(decodeStored(encodeStored(1, [{}, {}, {}, {}]), 1, items)).toEqual({ ok: false, reason: 'invalid' });
    expect(decodeStored(encodeStored(1, { naam: 'a' }), 1, items)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('survives hostile JSON (prototype keys, deep nesting, huge strings)', () => {
    expect(decodeStored('{"v":1,"data":[{"naam":"a","__proto__":{"x":1}}]}', 1, items)).toEqual({ ok: true, data: [{ naam: 'a' }] });
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    expect(decodeStored(`{"v":1,"data":${deep}}`, 1, items).ok).toBe(false);
    expect(decodeStored(encodeStored(1, [{ naam: 'x'.repeat(100_000) }]), 1, items)).toEqual({ ok: false, reason: 'invalid' });
  });
});

describe('validators', () => {
  it('isRecord accepts plain objects only', () => {
    expect([{}, { a: 1 }].every(isRecord)).toBe(true);
    expect([null, [], 'x', 1, undefined].some(isRecord)).toBe(false);
  });

  it('isText wants a non-empty string within the limit', () => {
    expect(isText('a')).toBe(true);
    expect(isText('')).toBe(false);
    expect(isText('abc', 2)).toBe(false);
    expect(isText(3)).toBe(false);
  });

  it('isIsoDate wants a parseable, short date string', () => {
    expect(isIsoDate('2025-05-01T08:00:00.000Z')).toBe(true);
    expect(isIsoDate('gisteren')).toBe(false);
    expect(isIsoDate(Date.now())).toBe(false);
    expect(isIsoDate('2025-05-01T08:00:00.000Z'.repeat(3))).toBe(false);
  });

  it('validateArray is all or nothing and respects the maximum', () => {
    expect(validateArray([{ naam: 'a' }], item)).toEqual([{ naam: 'a' }]);
    expect(validateArray([{ naam: 'a' }, null], item)).toBeUndefined();
    expect(validateArray([{ naam: 'a' }, { naam: 'b' }], item, 1)).toBeUndefined();
    expect(validateArray('a', item)).toBeUndefined();
  });
});
