import { describe, expect, it } from 'vitest';
import { checkSmart } from '@/lib/goals/smart';

const status = (goal: string) => Object.fromEntries(checkSmart(goal).map((c) => [c.id, c.status]));

describe('checkSmart', () => {
  it('a concrete, counted, time-bound behaviour goal passes', () => {
    expect(
      status('In de komende zes weken stel ik in elke 1-op-1 minstens twee open vragen.'),
    ).toEqual({
      specifiek: 'ja',
      meetbaar: 'ja',
      acceptabel: 'zelf',
      realistisch: 'zelf',
      tijdgebonden: 'ja',
      gedrag: 'ja',
    });
  });
  it('a container goal fails on specific, measurable, time and behaviour', () => {
    expect(status('Ik wil beter communiceren.')).toMatchObject({
      specifiek: 'nee',
      meetbaar: 'nee',
      tijdgebonden: 'nee',
      gedrag: 'nee',
    });
  });
  it('absolute words make it unrealistic', () => {
    expect(status('Ik geef altijd iedereen direct feedback.').realistisch).toBe('nee');
  });
  it('only the leader can judge acceptability', () => {
    for (const c of checkSmart('Ik wil leren delegeren.'))
      if (c.id === 'acceptabel') expect(c.status).toBe('zelf');
  });
  it('gives a letter, a title and a Dutch explanation for each', () => {
    const checks = checkSmart('Binnen een kwartaal voer ik met elk teamlid een gesprek.');
    expect(
      checks
        .map((c) => c.letter)
        .slice(0, 5)
        .join(''),
    ).toBe('SMART');
    for (const c of checks) expect(c.uitleg.length).toBeGreaterThan(10);
  });
});
