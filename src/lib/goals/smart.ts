// SMART and observable behaviour, for leaders (from the practice page on learning goals
// for leaders): specific, measurable, acceptable, realistic, time-bound, and behaviour
// that a colleague could see. "Acceptable" and often "realistic" only the leader can judge.
import { smartStrings } from './smart-text.ts';
import { analyzeGoal } from './analyze.ts';
import { compile, findAll, isNumber, tokenize, wordSet } from './text.ts';

export type SmartId =
  'specifiek' | 'meetbaar' | 'acceptabel' | 'realistisch' | 'tijdgebonden' | 'gedrag';

/** "ja" and "nee" follow from the text; "zelf" means only the leader can judge it. */
export type SmartStatus = 'ja' | 'nee' | 'zelf';

export interface SmartCheck {
  id: SmartId;
  letter: string;
  titel: string;
  status: SmartStatus;
  uitleg: string;
}

const FREQUENCY = wordSet(
  'keer elke iedere wekelijks dagelijks maandelijks tweewekelijks per procent minimaal minstens',
);
const PERIOD = wordSet(
  'dag dagen week weken maand maanden kwartaal jaar januari februari maart april mei juni juli augustus september oktober november december zomer',
);
const WINDOW = [
  'binnen|komende|voor|uiterlijk|tot|in|over|na|eind|deze|dit … dag|dagen|week|weken|maand|maanden|kwartaal|jaar|zomer',
  'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december',
].map(compile);
const ACTIONS = wordSet(
  'voeren voer stellen stel geven geef vragen vraag starten start beginnen begin afsluiten sluit samenvatten vat plannen plan bespreken bespreek delegeren delegeer noteren noteer bellen bel schrijven schrijf sturen stuur presenteren presenteer uitnodigen nodig opvolgen volg evalueren evalueer benoemen benoem openen open houden houd checken check luisteren luister reageren reageer',
);
const STATES = wordSet(
  'zijn ben worden word hebben heb weten weet begrijpen begrijp voelen voel communiceren samenwerken leidinggeven functioneren presteren',
);
const ABSOLUTE = wordSet('altijd nooit alles iedereen perfect foutloos');

const s = smartStrings;

/** SMART and observable-behaviour check of a (leader's) goal. */
export function checkSmart(goal: string): SmartCheck[] {
  const text = goal.slice(0, 1000);
  const tokens = tokenize(text);
  const analysis = analyzeGoal(text);
  const content = tokens.filter((t) => t.w.length > 3 && !STATES(t)).length;
  const action = tokens.some((t) => ACTIONS(t));
  const make = (id: SmartId, status: SmartStatus): SmartCheck => {
    const def: { letter: string; titel: string } & Partial<Record<SmartStatus, string>> = s[id];
    return { id, letter: def.letter, titel: def.titel, status, uitleg: def[status] ?? '' };
  };

  const specifiek =
    analysis.type !== 'vaag' && analysis.type !== 'onbekend' && (action || content >= 3);
  const meetbaar = tokens.some((t) => isNumber(t) || FREQUENCY(t) || t.w.endsWith('wekelijks'));
  const tijd =
    WINDOW.some((p) => findAll(p, tokens).length > 0) ||
    (tokens.some((t) => PERIOD(t)) && tokens.some((t) => isNumber(t)));
  const absoluut = tokens.some((t) => ABSOLUTE(t));
  const gedrag = action && analysis.type !== 'vaag';

  return [
    make('specifiek', specifiek ? 'ja' : 'nee'),
    make('meetbaar', meetbaar ? 'ja' : 'nee'),
    make('acceptabel', 'zelf'),
    make('realistisch', absoluut ? 'nee' : 'zelf'),
    make('tijdgebonden', tijd ? 'ja' : 'nee'),
    make('gedrag', gedrag ? 'ja' : 'nee'),
  ];
}
