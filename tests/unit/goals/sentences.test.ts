// Every sentence the goal rewriter writes for the committed corpus follows the rules of
// issue #16 (tests/unit/goals/corpus/sentence-rules.ts), and the corpus's expectations hold.
import { describe, expect, it } from 'vitest';
import { analyzeGoal } from '@/lib/goals/analyze';
import { obstakelSentence, startSentence } from '@/lib/goals/plan-sentence';
import { makeSmaller, rewriteGoal, suggestLearningGoals } from '@/lib/goals/rewrite';
import {
  corpusGoals,
  expectedSentences,
  issueExamples,
  obstaclePlans,
  situations,
  startPlans,
} from './corpus/goals';
import { sentenceProblems } from './corpus/sentence-rules';

describe('the sentence rules catch what the issue found', () => {
  it.each([
    ['Ik wil leren hoe ik keer kan solliciteren.', 'unit "keer" without its number'],
    ['Ik wil ontdekken wat mij helpt om kilo af te vallen.', 'unit "kilo" without its number'],
    [
      'Ik wil uitzoeken wat ik kan leren voor dit doel: “Ik wil elke dag om 7 uur opstaan”.',
      'quotes in the sentence',
    ],
    ['Als ik moe ben, dan ik zoek drie vacatures.', 'no inversion after "dan"'],
    [
      'Als het maandag is en ik ben thuis aan tafel, dan zoek ik werk.',
      'finite verb not at the end inside an als-clause',
    ],
    [
      'Ik wil leren omgaan met de momenten waarop ik ben moe.',
      'finite verb not at the end of a subordinate clause',
    ],
    ['Ik wil ontdekken wat mij helpt om te afvallen.', 'separable verb not split: "te afvallen"'],
    ['Ik wil ontdekken wat mij helpt om vacatures vinden.', '"om" without "te" + infinitive'],
    ['ik wil leren', 'no capital at the start'],
    ['Ik wil leren', 'no single full stop at the end'],
    ['Ik wil lerren hoe ik solliciteer.', 'unknown word "lerren"'],
    ['Ik wil leren hoe ik 5 kan solliciteren.', 'number "5" without its unit'],
  ])('%s', (sentence, problem) => {
    expect(sentenceProblems(sentence, '')).toContain(problem);
  });

  it('accepts correct sentences and the user’s own words', () => {
    for (const s of [
      'Ik wil ontdekken wat mij helpt om elke dag om 7 uur op te staan.',
      'Als het maandag na het ontbijt is en ik aan de keukentafel ben, dan zoek ik drie vacatures.',
      'Ik wil leren hoe ik me bij uitzendbureaus kan inschrijven.',
    ])
      expect(sentenceProblems(s, 'keukentafel uitzendbureaus')).toEqual([]);
    expect(sentenceProblems('Ik wil leren hoe ik mijn cv kan fixen.', 'ff mn cv fixen')).toEqual(
      [],
    );
  });
});

describe('every generated sentence in the corpus', () => {
  it('has at least 200 varied goals', () => {
    expect(corpusGoals.length).toBeGreaterThanOrEqual(200);
    const groups = new Set(corpusGoals.map((g) => g.group));
    expect(groups.size).toBeGreaterThanOrEqual(12);
  });

  it.each(corpusGoals.map((g, i) => [g.text, i] as const))('%s', (text, i) => {
    const own = text;
    const r = rewriteGoal(text);
    for (const s of r.voorstellen) {
      expect(sentenceProblems(s, own), s).toEqual([]);
      expect(analyzeGoal(s).type, s).toBe('leerdoel');
    }
    if (r.voorstellen.length === 0) expect(r.reden, text).toMatch(/geen-delen|geen-doel/);
    else expect(r.voorstellen.length).toBeLessThanOrEqual(4);
    const situation = situations[i % situations.length]!;
    const base = r.voorstellen[0] ?? text;
    for (const s of makeSmaller(base, situation))
      expect(sentenceProblems(s, `${text} ${base} ${situation}`), s).toEqual([]);
    const goal = corpusGoals[i]!;
    for (const e of [...(goal.expect ?? []), ...(expectedSentences[text] ?? [])])
      expect(r.voorstellen, text).toContain(e);
    for (const n of goal.never ?? []) for (const s of r.voorstellen) expect(s).not.toMatch(n);
    const checks = analyzeGoal(text).checks;
    for (const [id, pass] of Object.entries(goal.checks ?? {}))
      expect(checks.find((c) => c.id === id)?.pass, `${text}: ${id}`).toBe(pass);
  });

  it('has every goal with expected sentences in the corpus', () => {
    const texts = new Set(corpusGoals.map((g) => g.text));
    for (const t of Object.keys(expectedSentences)) expect(texts.has(t), t).toBe(true);
  });

  it('parses most goals: at most one in ten ends with the plain "no parts" message', () => {
    const none = corpusGoals.filter((g) => rewriteGoal(g.text).reden === 'geen-delen');
    expect(none.length / corpusGoals.length).toBeLessThanOrEqual(0.1);
  });

  it.each(startPlans.map((p) => [JSON.stringify(p), p] as const))('start plan %s', (_, p) => {
    const s = startSentence(p);
    if (!p.wanneer && !p.waar && !p.hoe) return expect(s).toBe('');
    expect(sentenceProblems(s, `${p.wanneer} ${p.waar} ${p.hoe}`), s).toEqual([]);
    if (p.expect) expect(s).toBe(p.expect);
  });

  it.each(obstaclePlans.map((p) => [JSON.stringify(p), p] as const))('obstacle plan %s', (_, p) => {
    const s = obstakelSentence(p);
    expect(sentenceProblems(s, `${p.als} ${p.dan}`), s).toEqual([]);
    if (p.expect) expect(s).toBe(p.expect);
  });
});

describe('the five examples of the issue', () => {
  it('keeps "5 keer" and "10 kilo" with their unit or drops both', () => {
    const a = suggestLearningGoals(issueExamples[0]!.text);
    expect(a).toContain('Ik wil ontdekken wat mij helpt om elke week te solliciteren.');
    expect(a.join(' ')).not.toMatch(/\bkeer\b|\b5\b/);
    const b = suggestLearningGoals(issueExamples[1]!.text);
    expect(b).toEqual([
      'Ik wil leren hoe ik kan afvallen.',
      'Ik wil uitzoeken op welke manier ik het beste kan afvallen.',
      'Ik wil ontdekken wat mij helpt om af te vallen.',
    ]);
  });

  it('splits a separable verb and never quotes the goal', () => {
    expect(suggestLearningGoals('Ik wil elke dag om 7 uur opstaan')).toEqual([
      'Ik wil leren hoe ik elke dag om 7 uur kan opstaan.',
      'Ik wil ontdekken wat mij helpt om elke dag om 7 uur op te staan.',
    ]);
  });

  it('fails "in eigen hand" for a job, and says an employer decides', () => {
    const check = analyzeGoal(
      'Ik wil binnen drie maanden een baan als magazijnmedewerker',
    ).checks.find((c) => c.id === 'eigen-gedrag')!;
    expect(check.pass).toBe(false);
    expect(check.uitleg).toMatch(/“baan”/);
    expect(check.uitleg).toMatch(/werkgever/);
    expect(
      suggestLearningGoals('Ik wil binnen drie maanden een baan als magazijnmedewerker'),
    ).toContain(
      'Ik wil uitzoeken via welke kanalen ik een baan als magazijnmedewerker kan vinden.',
    );
  });

  it('writes a plan with inversion after "dan" and the verb last in the als-clause', () => {
    expect(
      startSentence({
        wanneer: 'maandag na het ontbijt',
        waar: 'thuis aan tafel',
        hoe: 'ik zoek drie vacatures',
      }),
    ).toBe(
      'Als het maandag na het ontbijt is en ik thuis aan tafel ben, dan zoek ik drie vacatures.',
    );
    expect(obstakelSentence({ als: 'ik heb geen zin', dan: 'ik zoek drie vacatures' })).toBe(
      'Als ik geen zin heb, dan zoek ik drie vacatures.',
    );
  });
});

describe('checks that are right', () => {
  it('"specifiek" fails for a feeling, names it and asks what you would do or see', () => {
    const c = analyzeGoal('Ik wil minder zenuwachtig zijn bij sollicitatiegesprekken').checks.find(
      (x) => x.id === 'specifiek',
    )!;
    expect(c.pass).toBe(false);
    expect(c.uitleg).toContain('“minder zenuwachtig”');
    expect(c.uitleg).toContain('Wat doe of zie je als je minder zenuwachtig bent?');
    expect(
      suggestLearningGoals('Ik wil minder zenuwachtig zijn bij sollicitatiegesprekken')[0],
    ).toBe(
      'Ik wil uitzoeken wat ik anders doe als ik bij sollicitatiegesprekken minder zenuwachtig ben.',
    );
  });

  it.each([
    ['Ik wil een vaste baan', 'werkgever'],
    ['Ik wil een contract voor onbepaalde tijd', 'werkgever'],
    ['Ik wil worden aangenomen bij de gemeente', 'werkgever'],
    ['Ik wil uitgenodigd worden voor een sollicitatiegesprek', 'ander'],
    ['Ik wil een 8 halen voor wiskunde', 'examinator'],
    ['Ik wil slagen voor het inburgeringsexamen', 'examinator'],
  ])('"in eigen hand" fails for %s and names who decides', (goal, who) => {
    const c = analyzeGoal(goal).checks.find((x) => x.id === 'eigen-gedrag')!;
    expect(c.pass).toBe(false);
    expect(c.uitleg).toMatch(new RegExp(who));
    expect(c.uitleg).toMatch(/“.+”/);
  });

  it('"in eigen hand" passes for what you do yourself', () => {
    const c = analyzeGoal('Ik wil elke week drie werkgevers bellen').checks.find(
      (x) => x.id === 'eigen-gedrag',
    )!;
    expect(c.pass).toBe(true);
  });

  it('says plainly when no parts are found, without quoting the goal', () => {
    const r = rewriteGoal('Ik wil iets met mensen');
    expect(r).toEqual({ voorstellen: [], reden: 'geen-delen' });
  });
});
