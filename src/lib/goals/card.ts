// The doelkaart: one learning goal with its strategies, obstacles and if-then plans,
// kept in this browser. Hand-written validators (no zod on the client) and the draft
// being edited. The store loads this module first, to check what is stored, so it holds
// no text: the card as sentences and plain text is in card-text.ts, the JSON export
// and import in card-transfer.ts.
import { isIsoDate, isRecord, validateArray, validateList, type ListRule } from '../storage/versioned.ts';
import { cleanField, MAX_GOAL_LENGTH, PLAN_FIELD_MAX } from './fields.ts';
import type { ObstakelPlan, StartPlan } from './plans.ts';

export interface Doelkaart {
  /** Random id, unique among the saved cards. */
  id: string;
  /** The goal as first written, before the rewrite ("" when the visitor started with a learning goal). */
  oorspronkelijk: string;
  /** The learning goal the card is about. */
  doel: string;
  /** At least two ways to work on it, so another is ready when one fails. */
  strategieen: string[];
  obstakels: ObstakelPlan[];
  startplannen: StartPlan[];
  /** ISO date-times. */
  gemaakt: string;
  gewijzigd: string;
}

/** The card being edited; may be incomplete. `kaartId` is set when editing a saved card. */
export interface DoelConcept {
  kaartId: string | null;
  oorspronkelijk: string;
  doel: string;
  strategieen: string[];
  obstakels: ObstakelPlan[];
  startplannen: StartPlan[];
  /** Show the SMART and behaviour check for leaders. */
  leider: boolean;
  /** Self-report for the §8.4 warnings. */
  perfectionist: boolean;
  gemotiveerd: boolean | null;
}

export const CARD_LIMITS = {
  /** A goal may be typed longer (the page keeps it and says so) but not saved longer. */
  doel: MAX_GOAL_LENGTH,
  /** What the draft stores of an over-long goal (far beyond `doel`, so pasted text is kept and shortened by the visitor). */
  concept: 200_000,
  veld: PLAN_FIELD_MAX,
  strategieen: 12,
  obstakels: 12,
  startplannen: 6,
  kaarten: 200,
  importTekens: 1_000_000,
} as const;

const ID = /^[A-Za-z0-9_-]{1,64}$/;

const text = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;

function validateStartPlan(v: unknown): StartPlan | undefined {
  if (!isRecord(v) || typeof v.id !== 'string' || !ID.test(v.id)) return undefined;
  if (
    !text(v.wanneer, CARD_LIMITS.veld) ||
    !text(v.waar, CARD_LIMITS.veld) ||
    !text(v.hoe, CARD_LIMITS.veld)
  )
    return undefined;
  return { id: v.id, wanneer: v.wanneer, waar: v.waar, hoe: v.hoe };
}

function validateObstakelPlan(v: unknown): ObstakelPlan | undefined {
  if (!isRecord(v) || typeof v.id !== 'string' || !ID.test(v.id)) return undefined;
  if (!text(v.als, CARD_LIMITS.veld) || !text(v.dan, CARD_LIMITS.veld)) return undefined;
  return { id: v.id, als: v.als, dan: v.dan };
}

const validateStrategy = (v: unknown): string | undefined =>
  text(v, CARD_LIMITS.veld) ? v : undefined;

/** Validates one stored card; undefined when anything is off. */
export function validateDoelkaart(v: unknown): Doelkaart | undefined {
  if (!isRecord(v) || typeof v.id !== 'string' || !ID.test(v.id)) return undefined;
  if (
    !text(v.doel, CARD_LIMITS.doel) ||
    !v.doel.trim() ||
    !text(v.oorspronkelijk, CARD_LIMITS.doel)
  )
    return undefined;
  if (!isIsoDate(v.gemaakt) || !isIsoDate(v.gewijzigd)) return undefined;
  const strategieen = validateArray(v.strategieen, validateStrategy, CARD_LIMITS.strategieen);
  const obstakels = validateArray(v.obstakels, validateObstakelPlan, CARD_LIMITS.obstakels);
  const startplannen = validateArray(v.startplannen, validateStartPlan, CARD_LIMITS.startplannen);
  if (!strategieen || !obstakels || !startplannen) return undefined;
  return {
    id: v.id,
    oorspronkelijk: v.oorspronkelijk,
    doel: v.doel,
    strategieen,
    obstakels,
    startplannen,
    gemaakt: v.gemaakt,
    gewijzigd: v.gewijzigd,
  };
}

/** The saved cards: each card checked on its own, at most CARD_LIMITS.kaarten, ids unique (stored and imported alike). */
export const CARDS_RULE: ListRule<Doelkaart> = { item: validateDoelkaart, max: CARD_LIMITS.kaarten, id: (k) => k.id };

/** Validates a whole list of cards (an import file): every card valid, ids unique. */
export function validateDoelkaarten(v: unknown): Doelkaart[] | undefined {
  return validateList(v, CARDS_RULE);
}

/** An empty draft. */
export function emptyConcept(): DoelConcept {
  return {
    kaartId: null,
    oorspronkelijk: '',
    doel: '',
    strategieen: ['', ''],
    obstakels: [],
    startplannen: [],
    leider: false,
    perfectionist: false,
    gemotiveerd: null,
  };
}

/** Validates the stored draft. */
export function validateConcept(v: unknown): DoelConcept | undefined {
  if (!isRecord(v)) return undefined;
  if (!(v.kaartId === null || (typeof v.kaartId === 'string' && ID.test(v.kaartId))))
    return undefined;
  if (!text(v.oorspronkelijk, CARD_LIMITS.concept) || !text(v.doel, CARD_LIMITS.concept))
    return undefined;
  if (
    typeof v.leider !== 'boolean' ||
    typeof v.perfectionist !== 'boolean' ||
    !(v.gemotiveerd === null || typeof v.gemotiveerd === 'boolean')
  )
    return undefined;
  const strategieen = validateArray(v.strategieen, validateStrategy, CARD_LIMITS.strategieen);
  const obstakels = validateArray(v.obstakels, validateObstakelPlan, CARD_LIMITS.obstakels);
  const startplannen = validateArray(v.startplannen, validateStartPlan, CARD_LIMITS.startplannen);
  if (!strategieen || !obstakels || !startplannen) return undefined;
  return {
    kaartId: v.kaartId,
    oorspronkelijk: v.oorspronkelijk,
    doel: v.doel,
    strategieen,
    obstakels,
    startplannen,
    leider: v.leider,
    perfectionist: v.perfectionist,
    gemotiveerd: v.gemotiveerd,
  };
}

export type ConceptProblem = 'geen-doel' | 'doel-te-lang' | 'oorspronkelijk-te-lang' | 'te-veel-kaarten';

/** What stops a draft from being saved as a card (empty list: it can be saved). */
export function conceptProblems(c: DoelConcept): ConceptProblem[] {
  const out: ConceptProblem[] = [];
  if (!c.doel.trim()) out.push('geen-doel');
  if (c.doel.length > CARD_LIMITS.doel) out.push('doel-te-lang');
  if (c.oorspronkelijk.length > CARD_LIMITS.doel) out.push('oorspronkelijk-te-lang');
  return out;
}

/** Turns a draft into a card: trims fields and leaves out empty strategies and plans. */
export function conceptToCard(c: DoelConcept, id: string, gemaakt: string, nu: string): Doelkaart {
  const doel = c.doel.trim();
  const oorspronkelijk = c.oorspronkelijk.trim();
  return {
    id,
    oorspronkelijk: oorspronkelijk === doel ? '' : oorspronkelijk,
    doel,
    strategieen: c.strategieen.map((x) => cleanField(x)).filter(Boolean),
    obstakels: c.obstakels
      .map((p) => ({ id: p.id, als: cleanField(p.als, 'als'), dan: cleanField(p.dan, 'dan') }))
      .filter((p) => p.als || p.dan),
    startplannen: c.startplannen
      .map((p) => ({
        id: p.id,
        wanneer: cleanField(p.wanneer, 'als'),
        waar: cleanField(p.waar),
        hoe: cleanField(p.hoe, 'dan'),
      }))
      .filter((p) => p.wanneer || p.waar || p.hoe),
    gemaakt,
    gewijzigd: nu,
  };
}

/** Opens a saved card for editing. */
export function cardToConcept(k: Doelkaart): DoelConcept {
  return {
    ...emptyConcept(),
    kaartId: k.id,
    oorspronkelijk: k.oorspronkelijk,
    doel: k.doel,
    strategieen:
      k.strategieen.length >= 2
        ? [...k.strategieen]
        : [...k.strategieen, ...Array(2 - k.strategieen.length).fill('')],
    obstakels: k.obstakels.map((p) => ({ ...p })),
    startplannen: k.startplannen.map((p) => ({ ...p })),
  };
}
