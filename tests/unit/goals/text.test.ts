import { describe, expect, it } from 'vitest';
import { compile, findAll, fold, stem, tokenize, wordSet } from '@/lib/goals/text';

describe('fold', () => {
  it('lowercases, strips accents, apostrophes, emoji and extra whitespace', () => {
    expect(fold('  Cliënten  VÓÓR   collega’s 💪 ')).toBe('clienten voor collegas');
    expect(fold('ideeën')).toBe('ideeen');
  });
});

describe('stem', () => {
  it('brings word forms together', () => {
    expect(stem('leren')).toBe(stem('leer'));
    expect(stem('leert')).toBe(stem('leer'));
    expect(stem('geleerd')).toBe(stem('leer'));
    expect(stem('vacatures')).toBe(stem('vacature'));
    expect(stem('banen')).toBe(stem('baan'));
    expect(stem('betere')).toBe('beter');
    expect(stem('schrijven')).toBe(stem('schrijf'));
  });
  it('leaves short words and numbers alone', () => {
    expect(stem('ik')).toBe('ik');
    expect(stem('2025')).toBe('2025');
  });
});

describe('tokenize', () => {
  it('keeps offsets into the original text', () => {
    const text = 'Ik wil LinkedIn-profiel bijwerken.';
    const t = tokenize(text);
    expect(t.map((x) => text.slice(x.start, x.end))).toEqual([
      'Ik',
      'wil',
      'LinkedIn',
      'profiel',
      'bijwerken',
    ]);
  });
  it('scopes negation to the clause', () => {
    const t = tokenize('Ik wil niet leren, ik wil werken');
    expect(t.find((x) => x.w === 'leren')!.negated).toBe(true);
    expect(t.find((x) => x.w === 'werken')!.negated).toBe(false);
  });
  it('ends negation at "maar" and ignores "niet alleen"', () => {
    const t = tokenize('niet alleen zoeken maar ook leren');
    expect(t.find((x) => x.w === 'zoeken')!.negated).toBe(false);
    expect(t.find((x) => x.w === 'leren')!.negated).toBe(false);
  });
  it('keeps times and "1-op-1" together', () => {
    expect(tokenize('om 17:00 een 1-op-1').map((x) => x.w)).toEqual([
      'om',
      '17:00',
      'een',
      '1-op-1',
    ]);
  });
  it('marks capitalised words inside a sentence as names', () => {
    const t = tokenize('Beter dan Kees');
    expect(t[0]!.name).toBe(false);
    expect(t[2]!.name).toBe(true);
  });
});

describe('patterns', () => {
  it('match stems, gaps and numbers, within a sentence', () => {
    const tokens = tokenize('Ik wil beter worden in netwerken. Top 3.');
    expect(findAll(compile('beter … worden in'), tokens)).toHaveLength(1);
    expect(findAll(compile('top #'), tokens)).toHaveLength(1);
    expect(findAll(compile('netwerken top'), tokens)).toHaveLength(0);
  });
  it('wordSet accepts tokens and plain words', () => {
    const job = wordSet('baan vacature');
    expect(job('banen')).toBe(true);
    expect(job(tokenize('vacatures')[0])).toBe(true);
    expect(job('werk')).toBe(false);
    expect(job(undefined)).toBe(false);
  });
});
