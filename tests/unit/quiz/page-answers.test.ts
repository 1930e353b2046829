import { describe, expect, it } from 'vitest';
import {
  decodePageAnswers,
  encodePageAnswers,
  PAGE_ANSWERS_VERSION,
} from '@/lib/quiz/page-answers';
import { decodeStored, encodeStored } from '@/lib/storage/versioned';
import { validateAnswers } from '@/lib/quiz/answers';

// The in-chapter quiz uses its own tiny codec; it must read and write exactly what the
// shared versioned envelope does.
const samples: string[] = [
  encodeStored(PAGE_ANSWERS_VERSION, { 'h5-a': 'waar', 'h6-b': 'misvatting' }),
  encodeStored(PAGE_ANSWERS_VERSION, {}),
  encodeStored(PAGE_ANSWERS_VERSION + 1, { 'h5-a': 'waar' }),
  encodeStored(PAGE_ANSWERS_VERSION, { 'h5-a': 'misschien' }),
  encodeStored(PAGE_ANSWERS_VERSION, { 'H5 A': 'waar' }),
  encodeStored(PAGE_ANSWERS_VERSION, ['waar']),
  encodeStored(PAGE_ANSWERS_VERSION, null),
  encodeStored(PAGE_ANSWERS_VERSION, 'waar'),
  '{"v":1}',
  '{kapot',
  'null',
  '12',
  '"tekst"',
];

describe('page answers codec', () => {
  it('writes the shared envelope', () => {
    const antwoorden = { 'h5-a': 'waar' as const };
    expect(encodePageAnswers(antwoorden)).toBe(encodeStored(PAGE_ANSWERS_VERSION, antwoorden));
  });

  it.each(samples)('reads %s like decodeStored does', (raw) => {
    const shared = decodeStored(raw, PAGE_ANSWERS_VERSION, validateAnswers);
    expect(decodePageAnswers(raw)).toEqual(shared.ok ? shared.data : undefined);
  });
});
