// The four-statement quick check: two pairs (intelligence, personality), each with
// one statement that points to a fixed and one that points to a growth mindset.
// The reader picks, per pair, the statement they agree with most.

/** The two pairs of the quick check. */
export type Pair = 'intelligentie' | 'persoonlijkheid';

/** The pairs in the order they are asked. */
export const PAIRS: readonly Pair[] = ['intelligentie', 'persoonlijkheid'];

/** A quick-check statement as the content collection gives it. */
export interface QuickCheckStelling {
  id: string;
  stelling: string;
  mindset: 'vast' | 'groei';
  paar: Pair;
}

/** The chosen statement id per pair; a pair without a choice is left out. */
export type QuickCheckChoices = Partial<Record<Pair, string>>;

export type QuickCheckResult =
  | { ok: false; /** Pairs without a (valid) choice. */ ontbrekend: Pair[] }
  | {
      ok: true;
      /** The mindset each chosen statement points to. */
      perPaar: Record<Pair, 'vast' | 'groei'>;
      /** Both fixed, both growth, or one of each. */
      richting: 'vast' | 'groei' | 'gemengd';
    };

/** The statements grouped per pair, in the order of PAIRS and of the content. */
export function groupByPair(
  stellingen: readonly QuickCheckStelling[],
): { paar: Pair; stellingen: QuickCheckStelling[] }[] {
  return PAIRS.map((paar) => ({ paar, stellingen: stellingen.filter((s) => s.paar === paar) }));
}

/** Reads the quick check: which pair-members were chosen and what they point to together. */
export function readQuickCheck(
  stellingen: readonly QuickCheckStelling[],
  keuzes: QuickCheckChoices,
): QuickCheckResult {
  const perPaar: Partial<Record<Pair, 'vast' | 'groei'>> = {};
  const ontbrekend: Pair[] = [];
  for (const paar of PAIRS) {
    const gekozen = stellingen.find((s) => s.paar === paar && s.id === keuzes[paar]);
    if (gekozen) perPaar[paar] = gekozen.mindset;
    else ontbrekend.push(paar);
  }
  if (ontbrekend.length > 0) return { ok: false, ontbrekend };
  const complete = perPaar as Record<Pair, 'vast' | 'groei'>;
  const soorten = new Set(Object.values(complete));
  const richting = soorten.size === 1 ? [...soorten][0]! : 'gemengd';
  return { ok: true, perPaar: complete, richting };
}
