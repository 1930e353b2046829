import { describe, expect, it } from 'vitest';
import { decodeQuizPages, decodeQuizQuery, decodeQuizSet, encodeQuizSet, SET_MAX } from '@/lib/quiz/set';
import type { QuizGroup } from '@/lib/quiz/types';

const groepen: QuizGroup[] = [
  { key: 'studie/5-doelen', kort: '5', label: 'Hoofdstuk 5', ids: ['h5-a', 'h5-b'] },
  { key: 'studie/8-als-dan-plannen', kort: '8', label: 'Hoofdstuk 8', ids: ['h8-a'] },
  { key: 'praktijk/leiderschap', kort: 'leiderschap', label: 'Leiderschap', ids: ['p-leiderschap-a'] },
];
const known = new Set(groepen.flatMap((g) => g.ids));

describe('encodeQuizSet', () => {
  it('lists the ids in order, separated by commas', () => {
    expect(encodeQuizSet(['h5-b', 'h5-a', 'h8-a'])).toBe('?set=h5-b,h5-a,h8-a');
  });

  it('round-trips through URLSearchParams and decodeQuizSet', () => {
    const ids = ['h8-a', 'p-leiderschap-a', 'h5-a'];
    const raw = new URLSearchParams(encodeQuizSet(ids)).get('set');
    expect(decodeQuizSet(raw, known).ids).toEqual(ids);
  });
});

describe('decodeQuizSet', () => {
  it('keeps the known ids in the given order', () => {
    expect(decodeQuizSet('h8-a,h5-a', known)).toEqual({
      ids: ['h8-a', 'h5-a'],
      unknown: [],
      duplicate: [],
      malformed: [],
      truncated: false,
    });
  });

  it('reports unknown, duplicate and malformed entries and keeps the valid ones', () => {
    const result = decodeQuizSet('h5-a,h9-bestaat-niet,h5-a,h5_a!,h8-a,h5-a', known);
    expect(result.ids).toEqual(['h5-a', 'h8-a']);
    expect(result.unknown).toEqual(['h9-bestaat-niet']);
    expect(result.duplicate).toEqual(['h5-a']);
    expect(result.malformed).toEqual(['h5_a!']);
  });

  it('forgives upper case, spaces, semicolons and empty entries', () => {
    expect(decodeQuizSet(' H5-A ;; h8-a,,\n', known).ids).toEqual(['h5-a', 'h8-a']);
  });

  it('treats an empty or missing parameter as an empty set', () => {
    for (const raw of ['', null, undefined, ',,,']) {
      expect(decodeQuizSet(raw, known).ids).toEqual([]);
    }
  });

  it('shortens a very long bad entry before repeating it', () => {
    const result = decodeQuizSet(`${'x'.repeat(200)}!`, known);
    expect(result.malformed[0]!.length).toBeLessThanOrEqual(41);
  });

  it('reads at most SET_MAX entries', () => {
    const many = Array.from({ length: SET_MAX + 5 }, (_, i) => `x-${i}`).join(',');
    const result = decodeQuizSet(many, known);
    expect(result.truncated).toBe(true);
    expect(result.unknown).toHaveLength(SET_MAX);
  });

  it('rejects ids with leading, trailing or double hyphens', () => {
    expect(decodeQuizSet('-h5-a,h5-a-,h5--a', known).malformed).toEqual(['-h5-a', 'h5-a-', 'h5--a']);
  });
});

describe('decodeQuizPages', () => {
  it('expands chapter numbers and page ids into their statements', () => {
    expect(decodeQuizPages('8,leiderschap,5', groepen)).toEqual({
      ids: ['h8-a', 'p-leiderschap-a', 'h5-a', 'h5-b'],
      unknown: [],
    });
  });

  it('reports unknown pages and ignores repeats', () => {
    expect(decodeQuizPages('5,11,5', groepen)).toEqual({ ids: ['h5-a', 'h5-b'], unknown: ['11'] });
  });
});

describe('decodeQuizQuery', () => {
  it('prefers "set" over "hoofdstuk"', () => {
    expect(decodeQuizQuery('?set=h8-a&hoofdstuk=5', groepen).ids).toEqual(['h8-a']);
  });

  it('reads "hoofdstuk" when there is no set', () => {
    expect(decodeQuizQuery('?hoofdstuk=8', groepen)).toMatchObject({ ids: ['h8-a'], requested: true });
  });

  it('says when nothing was asked for', () => {
    expect(decodeQuizQuery('', groepen).requested).toBe(false);
    expect(decodeQuizQuery('?set=', groepen)).toMatchObject({ ids: [], requested: true });
  });
});
