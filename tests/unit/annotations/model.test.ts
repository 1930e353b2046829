// What a stored or imported highlight must look like: a broken entry (from another
// version, a hand-edited backup or a corrupt store) is refused whole, never half-read.
import { describe, expect, it } from 'vitest';
import {
  sectionLabel,
  validateAantekening,
  validateAantekeningen,
  validatePosition,
  validateQuote,
  validateReadingPlaces,
} from '@/lib/annotations/model';
import { T, highlight } from './fixtures';

const good = { ...highlight, sectie: '5-4' };

describe('validateAantekening', () => {
  it('keeps a valid highlight and drops fields it does not know', () => {
    expect(validateAantekening({ ...good, extra: '<script>' })).toEqual(good);
  });

  it('keeps a note on a whole section (no quote, no position) and an orphan mark', () => {
    const { quote: _q, position: _p, ...sectionNote } = good;
    expect(validateAantekening({ ...sectionNote, wees: T })).toEqual({ ...sectionNote, wees: T });
  });

  it.each([
    ['no id', { id: undefined }],
    ['a path outside the site', { pagina: '../../etc/' }],
    ['an absolute address as path', { pagina: 'https://evil.example/' }],
    ['an unknown colour', { kleur: 'paars' }],
    ['a note that is too long', { notitie: 'x'.repeat(2001) }],
    ['a note that is not text', { notitie: 42 }],
    ['a date that is not a date', { gemaakt: 'gisteren' }],
    ['a broken orphan date', { wees: 'ooit' }],
    ['an empty section id', { sectie: '' }],
    ['a quote of the wrong type', { quote: { ...good.quote, type: 'CssSelector' } }],
    ['a quote with an over-long prefix', { quote: { ...good.quote, prefix: 'x'.repeat(65) } }],
    ['a negative position', { position: { ...good.position, start: -1 } }],
    ['a position of the wrong type', { position: { type: 'Range', start: 1, end: 2 } }],
  ])('refuses an entry with %s', (_name, change) => {
    expect(validateAantekening({ ...good, ...change })).toBeUndefined();
  });

  it('refuses what is not an object at all', () => {
    expect(validateAantekening(null)).toBeUndefined();
    expect(validateAantekening('a1')).toBeUndefined();
    expect(validateQuote([])).toBeUndefined();
    expect(validatePosition(undefined)).toBeUndefined();
  });
});

describe('validateAantekeningen', () => {
  it('accepts a list of valid entries and refuses a list with a repeated id', () => {
    expect(validateAantekeningen([good, { ...good, id: 'a2' }])).toHaveLength(2);
    expect(validateAantekeningen([good, good])).toBeUndefined();
    expect(validateAantekeningen({ 0: good })).toBeUndefined();
  });
});

describe('validateReadingPlaces', () => {
  it('keeps valid places per page with only the fields it knows', () => {
    expect(
      validateReadingPlaces({
        'studie/5-doelen/': { sectie: '5-4', label: '§ 5.4', gelezen: T, bijgewerkt: T, x: 1 },
        'praktijk/positief-in-gesprek/': { bijgewerkt: T },
      }),
    ).toEqual({
      'studie/5-doelen/': { sectie: '5-4', label: '§ 5.4', gelezen: T, bijgewerkt: T },
      'praktijk/positief-in-gesprek/': { bijgewerkt: T },
    });
  });

  it.each([
    ['not an object', 'studie/5-doelen/'],
    ['a bad page path', { '/etc/passwd': { bijgewerkt: T } }],
    ['no update date', { 'studie/5-doelen/': { sectie: '5-4' } }],
    ['a section id that is not text', { 'studie/5-doelen/': { sectie: 5, bijgewerkt: T } }],
    ['a label that is too long', { 'studie/5-doelen/': { label: 'x'.repeat(201), bijgewerkt: T } }],
    ['a read mark that is not a date', { 'studie/5-doelen/': { gelezen: true, bijgewerkt: T } }],
    ['a place that is not an object', { 'studie/5-doelen/': 'halverwege' }],
  ])('refuses places with %s', (_name, value) => {
    expect(validateReadingPlaces(value)).toBeUndefined();
  });
});

describe('sectionLabel', () => {
  it('numbers a numbered heading id and leaves other ids unnumbered', () => {
    expect(sectionLabel('5-4')).toBe('§ 5.4');
    expect(sectionLabel('10-2-1')).toBe('§ 10.2.1');
    expect(sectionLabel('inleiding')).toBeUndefined();
    expect(sectionLabel('5')).toBeUndefined();
  });
});
