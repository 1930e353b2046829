import { describe, expect, it } from 'vitest';
import {
  checkObstakelPlan,
  checkStartPlan,
  cleanField,
  MANY_PLANS,
  planWarnings,
} from '@/lib/goals/plans';

describe('start plans: when, where and how', () => {
  it('passes with all three, and reads as one if-then sentence', () => {
    const r = checkStartPlan({
      wanneer: 'maandag na het ontbijt',
      waar: 'aan de keukentafel',
      hoe: 'open ik mijn laptop en zoek ik drie vacatures',
    });
    expect(r.compleet).toBe(true);
    expect(r.checks.map((c) => [c.id, c.pass])).toEqual([
      ['wanneer', true],
      ['waar', true],
      ['hoe', true],
    ]);
    expect(r.zin).toBe(
      'Als het maandag na het ontbijt is en ik aan de keukentafel ben, dan open ik mijn laptop en zoek ik drie vacatures.',
    );
  });
  it('checks each of the three separately', () => {
    const r = checkStartPlan({ wanneer: '', waar: 'thuis', hoe: 'bel ik twee werkgevers' });
    expect(r.compleet).toBe(false);
    expect(r.checks.find((c) => c.id === 'wanneer')!.pass).toBe(false);
    expect(
      checkStartPlan({ wanneer: 'morgen', waar: '', hoe: 'bel ik' }).checks.find(
        (c) => c.id === 'waar',
      )!.pass,
    ).toBe(false);
    expect(
      checkStartPlan({ wanneer: 'morgen', waar: 'thuis', hoe: '' }).checks.find(
        (c) => c.id === 'hoe',
      )!.pass,
    ).toBe(false);
  });
  it('rejects vague moments, places and actions', () => {
    expect(
      checkStartPlan({ wanneer: 'later', waar: 'thuis', hoe: 'bel ik twee werkgevers' }).checks[0]!
        .pass,
    ).toBe(false);
    expect(
      checkStartPlan({ wanneer: 'als ik tijd heb', waar: 'thuis', hoe: 'bel ik twee werkgevers' })
        .checks[0]!.pass,
    ).toBe(false);
    expect(
      checkStartPlan({ wanneer: 'dinsdag', waar: 'ergens', hoe: 'bel ik twee werkgevers' })
        .checks[1]!.pass,
    ).toBe(false);
    expect(
      checkStartPlan({ wanneer: 'dinsdag', waar: 'thuis', hoe: 'proberen' }).checks[2]!.pass,
    ).toBe(false);
  });
  it('accepts an event as the moment', () => {
    const r = checkStartPlan({
      wanneer: 'zodra de kinderen op school zijn',
      waar: 'in de bibliotheek',
      hoe: 'schrijf ik één brief',
    });
    expect(r.compleet).toBe(true);
    expect(r.zin).toBe(
      'Zodra de kinderen op school zijn en ik in de bibliotheek ben, dan schrijf ik één brief.',
    );
  });
});

describe('obstacle plans', () => {
  it('needs the obstacle and a concrete action', () => {
    const r = checkObstakelPlan({ als: 'mijn fietsband lek is', dan: 'neem ik de bus' });
    expect(r.compleet).toBe(true);
    expect(r.zin).toBe('Als mijn fietsband lek is, dan neem ik de bus.');
    expect(checkObstakelPlan({ als: 'ik moe ben', dan: '' }).compleet).toBe(false);
    expect(checkObstakelPlan({ als: 'ik moe ben', dan: '' }).zin).toBe(
      'Als ik moe ben, dan weet ik nog niet wat ik doe.',
    );
    expect(checkObstakelPlan({ als: '', dan: '' }).zin).toBe('');
    expect(checkObstakelPlan({ als: '', dan: 'bel ik een vriend' }).compleet).toBe(false);
    expect(checkObstakelPlan({ als: 'ik moe ben', dan: 'proberen' }).compleet).toBe(false);
  });
  it('drops a typed "als" or "dan"', () => {
    expect(checkObstakelPlan({ als: 'Als het regent', dan: 'dan neem ik de bus.' }).zin).toBe(
      'Als het regent, dan neem ik de bus.',
    );
    expect(cleanField('  dan  ga ik  ', 'dan')).toBe('ga ik');
  });
});

describe('§8.4 warnings', () => {
  const none = { teksten: ['maandag', 'thuis', 'schrijf ik een brief'], aantal: 2 };
  it('no warnings for a few realistic plans', () => expect(planWarnings(none)).toEqual([]));
  it('too many plans', () => {
    expect(planWarnings({ ...none, aantal: MANY_PLANS + 1 }).map((w) => w.id)).toEqual(['te-veel']);
    expect(planWarnings({ ...none, aantal: MANY_PLANS })).toEqual([]);
  });
  it('unrealistic plans', () => {
    expect(
      planWarnings({ ...none, teksten: ['elke dag', 'altijd', 'solliciteer ik'] }).map((w) => w.id),
    ).toContain('onrealistisch');
    expect(
      planWarnings({ ...none, teksten: ['schrijf ik 20 brieven'] }).map((w) => w.id),
    ).toContain('onrealistisch');
    expect(planWarnings({ ...none, teksten: ['om 10 uur', 'bel ik'] })).toEqual([]);
  });
  it('perfectionism, from the wording or the self-report', () => {
    expect(
      planWarnings({ ...none, teksten: ['schrijf ik een perfecte brief'] }).map((w) => w.id),
    ).toContain('perfectionisme');
    expect(planWarnings({ ...none, perfectionist: true }).map((w) => w.id)).toEqual([
      'perfectionisme',
    ]);
    expect(
      planWarnings({ ...none, doel: 'Ik wil foutloos leren presenteren' }).map((w) => w.id),
    ).toEqual(['perfectionisme']);
  });
  it('no real intention', () => {
    expect(planWarnings({ ...none, gemotiveerd: false }).map((w) => w.id)).toEqual(['motivatie']);
    expect(planWarnings({ ...none, gemotiveerd: null as unknown as undefined })).toEqual([]);
  });
  it('cites §8.4', () => {
    for (const w of planWarnings({ ...none, aantal: 9, perfectionist: true })) {
      expect(w.bron).toBe('§8.4');
      expect(w.href).toBe('/studie/8-als-dan-plannen/#8-4');
    }
  });
});
