import { describe, expect, it } from 'vitest';
import { analyzeGoal } from '@/lib/goals/analyze';
import {
  goalParts,
  makeSmaller,
  suggestLearningGoals,
  teInfinitive,
  tidy,
} from '@/lib/goals/rewrite';
import { benchmarkGoals } from './benchmark-goals';

describe('suggestLearningGoals', () => {
  it('turns the issue example into learning goals in the user’s words', () => {
    const s = suggestLearningGoals('Ik wil deze week vijf vacatures vinden');
    expect(s).toContain('Ik wil leren hoe ik vacatures kan vinden die bij mij passen.');
    expect(s).toContain('Ik wil uitzoeken via welke kanalen ik de meeste passende vacatures vind.');
    expect(s.every((x) => !/vijf|deze week/.test(x))).toBe(true);
  });

  it('gives 2 to 4 learning goals for every performance, competition and vague goal in the benchmark', () => {
    for (const g of benchmarkGoals.filter((x) =>
      ['uitkomstdoel', 'competitiedoel', 'vaag'].includes(x.type),
    )) {
      const s = suggestLearningGoals(g.text);
      expect(s.length, g.text).toBeGreaterThanOrEqual(2);
      expect(s.length, g.text).toBeLessThanOrEqual(4);
      for (const x of s) {
        expect(analyzeGoal(x).type, x).toBe('leerdoel');
        expect(x, x).toMatch(/^[A-Z].*\.$/);
        expect(x, x).not.toMatch(/\s{2}|\s\./);
      }
    }
  });

  it('keeps the object of the goal', () => {
    expect(suggestLearningGoals('Ik wil mijn cv bijwerken.')).toContain(
      'Ik wil ontdekken wat mij helpt om mijn cv bij te werken.',
    );
    expect(suggestLearningGoals('Ik vul vandaag mijn LinkedIn-profiel aan.')[0]).toBe(
      'Ik wil leren hoe ik mijn LinkedIn-profiel kan aanvullen.',
    );
  });

  it('turns a reversed problem into its positive side', () => {
    expect(suggestLearningGoals('Ik wil niet meer te laat komen.')[0]).toBe(
      'Ik wil leren hoe ik op tijd kan komen.',
    );
  });

  it('follows the stop-smoking example', () => {
    expect(suggestLearningGoals('Ik wil stoppen met roken.')[0]).toBe(
      'Ik wil leren hoe ik kan stoppen met roken.',
    );
  });

  it('drops the comparison with others', () => {
    const s = suggestLearningGoals(
      'Ik wil eerder een baan vinden dan de anderen uit mijn training.',
    );
    expect(s.join(' ')).not.toMatch(/anderen|eerder/);
    expect(suggestLearningGoals('Ik wil beter worden in gesprekken dan de anderen.')[0]).toBe(
      'Ik wil beter worden in gesprekken.',
    );
  });

  it('returns a learning goal as it is, and nothing for no goal', () => {
    expect(suggestLearningGoals('ik wil leren netwerken')).toEqual(['Ik wil leren netwerken.']);
    expect(suggestLearningGoals('')).toEqual([]);
    expect(suggestLearningGoals('hello world')).toEqual([]);
  });

  it('keeps markup as plain text and never adds any', () => {
    const s = suggestLearningGoals('Ik wil <b>vijf</b> brieven schrijven.');
    for (const x of s) expect(x.includes('<') === false || x.includes('<b>')).toBe(true);
  });
});

describe('maak het kleiner', () => {
  it('turns an "als …" situation into the moments to learn to deal with', () => {
    expect(
      makeSmaller(
        'Ik wil leren hoe ik kan stoppen met roken.',
        'Als ik op mijn werk zin krijg in roken',
      ),
    ).toEqual([
      'Ik wil leren omgaan met de momenten waarop ik op mijn werk zin krijg in roken.',
      'Ik wil ontdekken wat mij helpt om te stoppen met roken als ik op mijn werk zin krijg in roken.',
    ]);
  });
  it('uses a place or time with the activity', () => {
    expect(makeSmaller('Ik wil deze week vijf vacatures vinden', 'in het weekend')).toContain(
      'Ik wil leren hoe ik in het weekend vacatures kan vinden.',
    );
  });
  it('uses a noun phrase', () => {
    expect(makeSmaller('Ik wil beter communiceren', 'vergaderingen met mijn baas')).toContain(
      'Ik wil leren omgaan met vergaderingen met mijn baas.',
    );
  });
  it('needs a situation', () => {
    expect(makeSmaller('Ik wil leren netwerken', '  ')).toEqual([]);
    expect(makeSmaller('Ik wil leren netwerken', '!!!')).toEqual([]);
  });
});

describe('helpers', () => {
  it('splits separable verbs for the te-infinitive', () => {
    expect(teInfinitive('bijwerken')).toBe('bij te werken');
    expect(teInfinitive('inschrijven')).toBe('in te schrijven');
    expect(teInfinitive('vinden')).toBe('te vinden');
    expect(teInfinitive('versturen')).toBe('te versturen');
    expect(teInfinitive('leidinggeven')).toBe('leiding te geven');
  });
  it('tidies sentences', () => {
    expect(tidy('  ik wil  leren .  ')).toBe('Ik wil leren.');
    expect(tidy('')).toBe('');
  });
  it('takes a goal apart', () => {
    expect(goalParts('Ik wil me vandaag inschrijven bij vijf uitzendbureaus.')).toMatchObject({
      verb: 'inschrijven',
      object: 'me',
      tail: 'bij uitzendbureaus',
    });
    expect(goalParts('Ik wil niet meer te laat komen.').negative).toBe(true);
  });
});
