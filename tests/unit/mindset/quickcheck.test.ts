import { describe, expect, it } from 'vitest';
import {
  groupByPair,
  readQuickCheck,
  type QuickCheckStelling,
} from '../../../src/lib/mindset/quickcheck';

const stellingen: QuickCheckStelling[] = [
  { id: 'intelligentie-vast', paar: 'intelligentie', mindset: 'vast', stelling: 'a' },
  { id: 'intelligentie-groei', paar: 'intelligentie', mindset: 'groei', stelling: 'b' },
  { id: 'persoonlijkheid-vast', paar: 'persoonlijkheid', mindset: 'vast', stelling: 'c' },
  { id: 'persoonlijkheid-groei', paar: 'persoonlijkheid', mindset: 'groei', stelling: 'd' },
];

describe('readQuickCheck', () => {
  it('reads the first statement of both pairs as fixed', () => {
    const uitkomst = readQuickCheck(stellingen, {
      intelligentie: 'intelligentie-vast',
      persoonlijkheid: 'persoonlijkheid-vast',
    });
    expect(uitkomst).toEqual({
      ok: true,
      perPaar: { intelligentie: 'vast', persoonlijkheid: 'vast' },
      richting: 'vast',
    });
  });

  it('reads the second statement of both pairs as growth', () => {
    const uitkomst = readQuickCheck(stellingen, {
      intelligentie: 'intelligentie-groei',
      persoonlijkheid: 'persoonlijkheid-groei',
    });
    expect(uitkomst.ok && uitkomst.richting).toBe('groei');
  });

  it('reads one of each as mixed and says which pair points where', () => {
    const uitkomst = readQuickCheck(stellingen, {
      intelligentie: 'intelligentie-groei',
      persoonlijkheid: 'persoonlijkheid-vast',
    });
    expect(uitkomst).toEqual({
      ok: true,
      perPaar: { intelligentie: 'groei', persoonlijkheid: 'vast' },
      richting: 'gemengd',
    });
  });

  it('names the pairs without a choice', () => {
    expect(readQuickCheck(stellingen, {})).toEqual({
      ok: false,
      ontbrekend: ['intelligentie', 'persoonlijkheid'],
    });
    expect(readQuickCheck(stellingen, { intelligentie: 'intelligentie-vast' })).toEqual({
      ok: false,
      ontbrekend: ['persoonlijkheid'],
    });
  });

  it('does not accept a statement of the other pair as a choice', () => {
    expect(
      readQuickCheck(stellingen, { intelligentie: 'persoonlijkheid-vast', persoonlijkheid: 'x' }),
    ).toEqual({
      ok: false,
      ontbrekend: ['intelligentie', 'persoonlijkheid'],
    });
  });
});

describe('groupByPair', () => {
  it('keeps both pairs in order, with their statements in content order', () => {
    expect(groupByPair(stellingen).map((g) => [g.paar, g.stellingen.map((s) => s.id)])).toEqual([
      ['intelligentie', ['intelligentie-vast', 'intelligentie-groei']],
      ['persoonlijkheid', ['persoonlijkheid-vast', 'persoonlijkheid-groei']],
    ]);
  });
});
