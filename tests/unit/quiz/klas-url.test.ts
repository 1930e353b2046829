import { describe, expect, it } from 'vitest';
import { decodeKlasOptions, encodeKlasLink, DEFAULT_OPTIONS } from '@/lib/quiz/klas-url';

describe('classroom link', () => {
  it('leaves default settings out', () => {
    expect(encodeKlasLink(['h5-a', 'h8-b'], DEFAULT_OPTIONS)).toBe('?set=h5-a,h8-b');
  });

  it('round-trips the settings', () => {
    const query = encodeKlasLink(['h5-a'], { timer: 60, tweedeStemming: 'voor-oordeel' });
    expect(query).toBe('?set=h5-a&timer=60&tweede=voor-oordeel');
    expect(decodeKlasOptions(query)).toEqual({ timer: 60, tweedeStemming: 'voor-oordeel' });
  });

  it('falls back to the defaults for unknown values', () => {
    expect(decodeKlasOptions('?timer=45&tweede=soms')).toEqual(DEFAULT_OPTIONS);
    expect(decodeKlasOptions('')).toEqual(DEFAULT_OPTIONS);
  });
});
