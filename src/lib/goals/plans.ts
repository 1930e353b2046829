// If-then plans (chapter 8): a start plan names when, where and how; an obstacle plan
// names what may get in the way and what you do then. §8.4 adds the warnings: plans
// help less with too many or unrealistic plans, with perfectionism, or without a real
// intention behind them.
import { cleanField, PLAN_FIELD_MAX } from './fields.ts';
import type { MoreLinks } from './links.ts';
import { obstakelSentence, startSentence } from './plan-sentence.ts';
import { planStrings } from './plan-text.ts';
import { isNumber, tokenize, wordSet, type Token } from './text.ts';

/** A plan to start: when, where, and what you then do (how). */
export interface StartPlan {
  id: string;
  wanneer: string;
  waar: string;
  hoe: string;
}

/** A plan for an obstacle or distraction: "Als …, dan …". */
export interface ObstakelPlan {
  id: string;
  als: string;
  dan: string;
}

export type PlanCheckId = 'wanneer' | 'waar' | 'hoe' | 'als' | 'dan';

export interface PlanCheck {
  id: PlanCheckId;
  pass: boolean;
  uitleg: string;
}

export interface PlanResult {
  checks: PlanCheck[];
  /** The plan as one "Als …, dan …" sentence. */
  zin: string;
  /** All checks pass. */
  compleet: boolean;
}

export type PlanWarningId = 'te-veel' | 'onrealistisch' | 'perfectionisme' | 'motivatie';

export interface PlanWarning {
  id: PlanWarningId;
  tekst: string;
  bron: string;
  href: string;
  /** "Meer weten": the practice page first, the chapter second. */
  meer: MoreLinks;
}

/** More plans than this is "many": a design choice for the warning, not a figure from the study. */
export const MANY_PLANS = 5;
export { cleanField, PLAN_FIELD_MAX };

const WHEN_CUES = wordSet(
  'maandag dinsdag woensdag donderdag vrijdag zaterdag zondag ochtend middag avond nacht ochtends middags avonds morgens nachts ontbijt lunch avondeten eten koffie pauze uur morgen vandaag elke iedere dagelijks wekelijks week weekend zodra nadat als wanneer na',
);
const VAGUE_WHEN =
  /\b(later|binnenkort|ooit|eens|soms|straks|ik tijd heb|het uitkomt|ik zin heb|een keer)\b/i;
const VAGUE_WHERE = /^(ergens|overal|waar dan ook|maakt niet uit|weet ik niet|geen idee)$/i;
const VAGUE_DO =
  /^(proberen|gewoon|mijn best doen|het doen|doen|doorgaan|kijken|iets doen|er iets aan doen)$/i;
const BIG = wordSet('altijd nooit alles alle iedereen nonstop');
const PERFECT =
  /\b(perfect\w*|foutloos|zonder (een )?fout(en)?|nooit (meer )?fout|100 ?%|honderd procent|alles goed|helemaal goed|precies goed|mag niet mislukken|moet (altijd )?lukken)\b/i;

const s = planStrings;

const words = (t: string) => tokenize(t).filter((x) => /\p{L}/u.test(x.w));

/** Checks a start plan: when, where and how are all there and concrete. */
export function checkStartPlan(plan: Pick<StartPlan, 'wanneer' | 'waar' | 'hoe'>): PlanResult {
  const wanneer = cleanField(plan.wanneer, 'als');
  const waar = cleanField(plan.waar);
  const hoe = cleanField(plan.hoe, 'dan');
  const whenTokens = tokenize(wanneer);
  const concreteWhen =
    whenTokens.some((t) => WHEN_CUES(t) || isNumber(t)) || words(wanneer).length >= 2;
  const checks: PlanCheck[] = [
    !wanneer
      ? { id: 'wanneer', pass: false, uitleg: s.wanneer.leeg }
      : VAGUE_WHEN.test(wanneer) || !concreteWhen
        ? { id: 'wanneer', pass: false, uitleg: s.wanneer.vaag }
        : { id: 'wanneer', pass: true, uitleg: s.wanneer.ok },
    !waar
      ? { id: 'waar', pass: false, uitleg: s.waar.leeg }
      : VAGUE_WHERE.test(waar)
        ? { id: 'waar', pass: false, uitleg: s.waar.vaag }
        : { id: 'waar', pass: true, uitleg: s.waar.ok },
    !hoe
      ? { id: 'hoe', pass: false, uitleg: s.hoe.leeg }
      : VAGUE_DO.test(hoe) || words(hoe).length < 2
        ? { id: 'hoe', pass: false, uitleg: s.hoe.vaag }
        : { id: 'hoe', pass: true, uitleg: s.hoe.ok },
  ];
  return { checks, zin: startSentence(plan), compleet: checks.every((c) => c.pass) };
}

/** Checks an obstacle plan: the obstacle and a concrete "then" are there. */
export function checkObstakelPlan(plan: Pick<ObstakelPlan, 'als' | 'dan'>): PlanResult {
  const als = cleanField(plan.als, 'als');
  const dan = cleanField(plan.dan, 'dan');
  const checks: PlanCheck[] = [
    als
      ? { id: 'als', pass: true, uitleg: s.als.ok }
      : { id: 'als', pass: false, uitleg: s.als.leeg },
    !dan
      ? { id: 'dan', pass: false, uitleg: s.dan.leeg }
      : VAGUE_DO.test(dan) || words(dan).length < 2
        ? { id: 'dan', pass: false, uitleg: s.dan.vaag }
        : { id: 'dan', pass: true, uitleg: s.dan.ok },
  ];
  return { checks, zin: obstakelSentence(plan), compleet: checks.every((c) => c.pass) };
}

/** A number of 10 or more that is not a clock time ("om 10 uur"). */
function bigCount(tokens: Token[]): boolean {
  return tokens.some(
    (t, i) =>
      isNumber(t) &&
      /^\d+$/.test(t.w) &&
      Number(t.w) >= 10 &&
      !/^(om|tot|voor|na|rond|vanaf|van)$/.test(tokens[i - 1]?.w ?? ''),
  );
}

export interface WarningInput {
  /** All plan texts (start plans and obstacle plans, every field). */
  teksten: string[];
  /** Number of plans. */
  aantal: number;
  /** The visitor says they tend to be very strict with themselves. */
  perfectionist?: boolean;
  /** The visitor says they really want this goal; false shows the motivation note. */
  gemotiveerd?: boolean;
  /** The goal itself, also checked for perfectionist wording. */
  doel?: string;
}

/** The §8.4 warnings that apply: too many or unrealistic plans, perfectionism, no intention. */
export function planWarnings(input: WarningInput): PlanWarning[] {
  const out: PlanWarning[] = [];
  const warn = (id: PlanWarningId) =>
    out.push({ id, tekst: s.waarschuwingen[id], bron: '§8.4', href: s.href, meer: s.meer });
  if (input.aantal > MANY_PLANS) warn('te-veel');
  const all = input.teksten.join(' \n ');
  const tokens = tokenize(all);
  if (tokens.some((t) => BIG(t)) || /\bde hele dag\b/i.test(all) || bigCount(tokens))
    warn('onrealistisch');
  if (input.perfectionist || PERFECT.test(all) || PERFECT.test(input.doel ?? ''))
    warn('perfectionisme');
  if (input.gemotiveerd === false) warn('motivatie');
  return out;
}
