import { describe, expect, it } from 'vitest';
import { analyzeGoal, MAX_GOAL_LENGTH, type CheckId, type GoalType } from '@/lib/goals/analyze';

const typeOf = (text: string) => analyzeGoal(text).type;
const check = (text: string, id: CheckId) => {
  const found = analyzeGoal(text).checks.find((c) => c.id === id);
  if (!found) throw new Error(`no check ${id} for ${text}`);
  return found;
};

describe('analyzeGoal: the five types', () => {
  const cases: Record<GoalType, string[]> = {
    leerdoel: [
      'Ik wil leren hoe ik een goede sollicitatiebrief schrijf.',
      'Ik wil uitzoeken welke kanalen voor mijn vak het beste werken.',
      'Ik wil oefenen met telefoneren naar werkgevers.',
      'Ik wil beter worden in plannen van mijn week.',
      'Ik wil ontdekken hoe ik rustig blijf in een gesprek.',
    ],
    uitkomstdoel: [
      'Ik wil deze week vijf vacatures vinden.',
      'Ik wil een baan hebben.',
      'Ik wil aangenomen worden bij de thuiszorg.',
      'Ik wil slagen voor mijn examen.',
      'Ik wil voor vrijdag drie brieven versturen.',
    ],
    competitiedoel: [
      'Ik wil beter zijn dan de rest.',
      'Ik wil de beste van de klas zijn.',
      'Ik wil niet afgaan bij de presentatie.',
      'Ik wil voorkomen dat ik een slecht figuur sla.',
      'Ik wil laten zien dat ik het kan.',
    ],
    vaag: [
      'Ik wil mijn best doen.',
      'Ik wil beter communiceren.',
      'Ik wil meer zelfvertrouwen.',
      'Ik wil gezonder leven.',
    ],
    onbekend: [
      '',
      '   ',
      'hallo',
      'I want to find a job.',
      'qwerty asdf',
      'Wat is een leerdoel?',
      'Het regent.',
    ],
  };
  for (const [type, goals] of Object.entries(cases)) {
    for (const goal of goals) {
      it(`${JSON.stringify(goal)} is ${type}`, () => expect(typeOf(goal)).toBe(type));
    }
  }

  it('names the type in Dutch and explains it', () => {
    const a = analyzeGoal('Ik wil leren netwerken op LinkedIn.');
    expect(a.typeNaam).toBe('Leerdoel');
    expect(a.typeUitleg.length).toBeGreaterThan(20);
  });
});

describe('analyzeGoal: tricky cases', () => {
  it('negation: "niet meer te laat komen" is not a learning goal', () => {
    expect(typeOf('Ik wil niet meer te laat komen.')).toBe('uitkomstdoel');
  });
  it('negated learning word does not count ("ik wil niet leren")', () => {
    expect(typeOf('Ik wil niet leren, ik wil gewoon een baan.')).toBe('uitkomstdoel');
  });
  it('"niet alleen …, maar" does not negate what follows', () => {
    expect(typeOf('Ik wil niet alleen een baan vinden, maar vooral leren wat bij me past.')).toBe(
      'leerdoel',
    );
  });
  it('a negator after the learning word leaves it a learning goal', () => {
    expect(typeOf('Ik wil leren om niet meer te laat te komen.')).toBe('leerdoel');
  });
  it('separable verbs: joined and split forms', () => {
    expect(typeOf('Ik wil mijn cv bijwerken.')).toBe('uitkomstdoel');
    expect(typeOf('Ik wil leren hoe ik mijn cv bijwerk.')).toBe('leerdoel');
    expect(typeOf('Ik zoek uit welke uitzendbureaus bij mij passen.')).toBe('leerdoel');
    expect(typeOf('Ik probeer verschillende manieren uit.')).toBe('leerdoel');
    expect(typeOf('Ik zoek deze week vijf vacatures uit.')).toBe('uitkomstdoel');
    expect(typeOf('Ik wil oefenen zodat ik niet afga.')).toBe('competitiedoel');
  });
  it('word order: object or learning verb first', () => {
    expect(typeOf('Leren solliciteren wil ik.')).toBe('leerdoel');
    expect(typeOf('Binnen een half jaar wil ik een vaste baan.')).toBe('uitkomstdoel');
    expect(typeOf('Sneller werk vinden dan mijn broer, dat is mijn doel.')).toBe('competitiedoel');
  });
  it('inflections: leer, leert, geleerd; betere; vacature(s)', () => {
    expect(typeOf('Ik leer elke week iets bij over Excel.')).toBe('leerdoel');
    expect(typeOf('Ik ben aan het leren hoe ik mijn dag plan.')).toBe('leerdoel');
    expect(typeOf('Ik wil een betere collega worden.')).toBe('vaag');
  });
  it('a learning word does not hide a comparison with others', () => {
    expect(typeOf('Ik wil leren om de beste te zijn.')).toBe('competitiedoel');
    expect(typeOf('Ik wil beter worden in gesprekken dan de anderen.')).toBe('competitiedoel');
  });
  it('"het beste" about a way of working is no comparison', () => {
    expect(typeOf('Ik wil uitzoeken welke methode het beste bij mij werkt.')).toBe('leerdoel');
  });
  it('emoji, capitals and odd spacing are fine', () => {
    expect(typeOf('Ik   wil    leren   netwerken 💪')).toBe('leerdoel');
    expect(typeOf('IK WIL DE BESTE ZIJN')).toBe('competitiedoel');
    expect(typeOf('ik wil mijn best doen 🙂')).toBe('vaag');
    expect(typeOf('😀🎉')).toBe('onbekend');
  });
  it('German and French look-alikes are not Dutch', () => {
    expect(analyzeGoal('Ich möchte lernen, wie man eine Bewerbung schreibt.').melding).toBe(
      'niet-nederlands',
    );
    expect(analyzeGoal('Je voudrais trouver un travail.').melding).toBe('niet-nederlands');
  });
  it('HTML is just text to the analyzer', () => {
    const a = analyzeGoal(
      '<script>alert(1)</script> Ik wil leren <b>presenteren</b> voor een groep.',
    );
    expect(a.type).toBe('leerdoel');
    expect(typeOf('<img src=x onerror=alert(1)>')).toBe('onbekend');
  });
});

describe('analyzeGoal: notices', () => {
  it('empty text asks for a goal', () => {
    const a = analyzeGoal('');
    expect(a.melding).toBe('leeg');
    expect(a.checks).toEqual([]);
    expect(a.typeUitleg).toMatch(/doel/);
  });
  it('a question is recognised', () =>
    expect(analyzeGoal('Hoe schrijf ik een brief?').melding).toBe('vraag'));
  it('not a goal', () => expect(analyzeGoal('De bus was te laat.').melding).toBe('geen-doel'));
  it('flags more than 500 characters but still analyses', () => {
    const long = `Ik wil leren hoe ik vacatures vind. ${'x'.repeat(MAX_GOAL_LENGTH)}`;
    const a = analyzeGoal(long);
    expect(a.tooLong).toBe(true);
    expect(a.type).toBe('leerdoel');
    expect(analyzeGoal('Ik wil leren netwerken.').tooLong).toBe(false);
  });
  it('never throws on odd input', () => {
    for (const odd of [
      '\u0000',
      '....',
      '1-op-1',
      '\n\n\n',
      '🙂'.repeat(300),
      'a'.repeat(10_000),
      'niet niet niet',
    ]) {
      expect(() => analyzeGoal(odd)).not.toThrow();
    }
    expect(analyzeGoal(undefined as unknown as string).type).toBe('onbekend');
  });
});

describe('analyzeGoal: the checks of §5.6', () => {
  it('returns five checks with one-sentence Dutch explanations and a source', () => {
    const a = analyzeGoal('Ik wil deze week vijf vacatures vinden.');
    expect(a.checks.map((c) => c.id)).toEqual([
      'leren',
      'eigen-gedrag',
      'specifiek',
      'haalbaar',
      'positief',
    ]);
    for (const c of a.checks) {
      expect(c.uitleg).toMatch(/^[A-ZÉ“].*[.?]$/);
      // Plain Dutch (B1, #16): at most three short sentences of at most 16 words each.
      const sentences = c.uitleg.split(/(?<=[.!?])\s/);
      expect(sentences.length, c.uitleg).toBeLessThanOrEqual(3);
      for (const x of sentences) expect(x.split(/\s+/).length, x).toBeLessThanOrEqual(16);
      expect(c.meer.praktijk.href).toMatch(/^\/praktijk\//);
      expect(c.meer.hoofdstuk.href).toMatch(/^\/studie\//);
      expect(c.bron).toMatch(/§5\.\d|Positief in gesprek/);
      expect(c.href.startsWith('/')).toBe(true);
    }
  });

  it('leren: passes for a learning goal, fails otherwise', () => {
    expect(check('Ik wil leren hoe ik een cv opstel.', 'leren').pass).toBe(true);
    expect(check('Ik wil een baan.', 'leren').pass).toBe(false);
    expect(check('Ik wil de beste zijn.', 'leren').pass).toBe(false);
  });

  it('eigen gedrag: fails when others decide', () => {
    expect(check('Ik wil aangenomen worden.', 'eigen-gedrag').pass).toBe(false);
    expect(check('Ik wil dat mijn team de targets haalt.', 'eigen-gedrag').pass).toBe(false);
    expect(check('Ik wil beter zijn dan mijn collega’s.', 'eigen-gedrag').pass).toBe(false);
    expect(check('Ik wil mijn cv bijwerken.', 'eigen-gedrag').pass).toBe(true);
    const vacatures = check('Ik wil deze week vijf vacatures vinden.', 'eigen-gedrag');
    expect(vacatures.pass).toBe(false);
    expect(vacatures.uitleg).toMatch(/vacatures/);
    expect(check('Ik wil leren hoe ik een baan vind.', 'eigen-gedrag').pass).toBe(true);
  });

  it('specifiek: vague and broad goals fail, concrete ones pass', () => {
    expect(check('Ik wil beter communiceren.', 'specifiek').pass).toBe(false);
    expect(check('Ik wil beter worden in netwerken.', 'specifiek').pass).toBe(false);
    expect(check('Ik wil leren netwerken op LinkedIn.', 'specifiek').pass).toBe(true);
    expect(check('Ik wil deze week vijf vacatures vinden.', 'specifiek').pass).toBe(true);
  });

  it('haalbaar: too big goals fail, as in the stop-smoking example', () => {
    expect(check('Ik wil stoppen met roken.', 'haalbaar').pass).toBe(false);
    expect(check('Ik wil leren hoe ik kan stoppen met roken.', 'haalbaar').pass).toBe(false);
    expect(check('Ik wil een baan.', 'haalbaar').pass).toBe(false);
    expect(check('Ik wil altijd alles perfect doen in gesprekken.', 'haalbaar').pass).toBe(false);
    expect(
      check(
        'Ik wil leren omgaan met de momenten waarop ik op mijn werk zin krijg in roken.',
        'haalbaar',
      ).pass,
    ).toBe(true);
  });

  it('positief: reversed problems and avoidance fail', () => {
    expect(check('Ik wil niet meer te laat komen.', 'positief').pass).toBe(false);
    expect(check('Ik wil voorkomen dat ik afga.', 'positief').pass).toBe(false);
    expect(check('Ik wil minder piekeren.', 'positief').pass).toBe(false);
    expect(check('Ik wil stoppen met roken.', 'positief').pass).toBe(false);
    expect(check('Ik wil leren om niet meer te laat te komen.', 'positief').pass).toBe(false);
    expect(check('Ik wil leren hoe ik op tijd kom.', 'positief').pass).toBe(true);
    expect(check('Ik wil leren delegeren zonder alles te controleren.', 'positief').pass).toBe(
      true,
    );
  });
});

describe('analyzeGoal: signals and speed', () => {
  it('says which words fired which rule', () => {
    const a = analyzeGoal('Ik wil deze week vijf vacatures vinden.');
    expect(a.signalen.some((s) => s.soort === 'termijn' && s.woorden === 'week')).toBe(true);
    expect(a.signalen.some((s) => s.soort === 'aantal' && s.woorden === 'vijf')).toBe(true);
  });
  it('is fast enough for every keystroke, also on a long text', () => {
    const long =
      'Ik wil leren hoe ik, als ik niet meer weet wat ik moet doen, toch rustig blijf. '.repeat(6);
    // Best of several batches, so a busy machine does not make the test flaky; the
    // budget is one animation frame.
    const batches = Array.from({ length: 6 }, () => {
      const start = performance.now();
      for (let i = 0; i < 10; i++) analyzeGoal(long);
      return (performance.now() - start) / 10;
    });
    expect(Math.min(...batches)).toBeLessThan(16);
  });
  it('is pure: same input, same output', () => {
    const t = 'Ik wil uitzoeken hoe ik netwerk.';
    expect(analyzeGoal(t)).toEqual(analyzeGoal(t));
  });
});
