// Section anchors named in the quiz feedback ("zie §5.4"): only real section numbers.
import { describe, expect, it } from 'vitest';
import { isOordeel, sectionNumber } from '@/lib/quiz/types';

describe('sectionNumber', () => {
  it('turns an anchor of numbers into a section number', () => {
    expect(sectionNumber('5-4')).toBe('5.4');
    expect(sectionNumber('8-2-1')).toBe('8.2.1');
  });
  it('gives nothing for anchors that are not section numbers', () => {
    for (const anker of ['5', 'inleiding', '5-a', '-5-4', '5-4-'])
      expect(sectionNumber(anker)).toBeUndefined();
  });
});

describe('isOordeel', () => {
  it('accepts only the two verdicts', () => {
    expect(isOordeel('waar')).toBe(true);
    expect(isOordeel('misvatting')).toBe(true);
    expect(isOordeel('onwaar')).toBe(false);
    expect(isOordeel(undefined)).toBe(false);
  });
});
