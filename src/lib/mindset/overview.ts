// Views on the saved results: the total of one result, and per area the latest result
// and the change over time.
import { normalizeArea, type MindsetResult } from './results';
import { scoreMindsetTest } from './score';

/** Key that groups results of the same area ("Werk" and " werk " are one area). */
export function areaKey(gebied: string): string {
  return normalizeArea(gebied).toLocaleLowerCase('nl');
}

/** Total score of a saved result (10-50). */
export function resultTotal(resultaat: MindsetResult): number {
  const uitkomst = scoreMindsetTest(resultaat.antwoorden);
  // A validated result is always complete; 0 would only show up for a hand-made object.
  return uitkomst.ok ? uitkomst.score.totaal : 0;
}

/** Oldest first; equal times keep a stable order by id. */
function byDate(a: MindsetResult, b: MindsetResult): number {
  return Date.parse(a.datum) - Date.parse(b.datum) || a.id.localeCompare(b.id);
}

export interface ProgressStep {
  resultaat: MindsetResult;
  totaal: number;
  /** Difference with the previous result in the same area; null for the first. */
  verschil: number | null;
}

export interface AreaOverview {
  /** Grouping key (lower case). */
  sleutel: string;
  /** Area name as written in the latest result. */
  gebied: string;
  /** The latest result in this area. */
  laatste: ProgressStep;
  /** Every result in this area, oldest first. */
  verloop: ProgressStep[];
  /** Latest total minus the first total in this area (0 with one result). */
  veranderingSindsEerste: number;
}

/** Groups results per area: latest result and change over time; most recently used area first. */
export function summarizeByArea(resultaten: readonly MindsetResult[]): AreaOverview[] {
  const groepen = new Map<string, MindsetResult[]>();
  for (const r of [...resultaten].sort(byDate)) {
    const key = areaKey(r.gebied);
    groepen.set(key, [...(groepen.get(key) ?? []), r]);
  }
  const overzicht: AreaOverview[] = [];
  for (const [sleutel, lijst] of groepen) {
    const verloop = lijst.map((resultaat, i) => {
      const totaal = resultTotal(resultaat);
      const vorige = lijst[i - 1];
      return { resultaat, totaal, verschil: vorige ? totaal - resultTotal(vorige) : null };
    });
    const eerste = verloop[0]!;
    const laatste = verloop[verloop.length - 1]!;
    overzicht.push({
      sleutel,
      gebied: laatste.resultaat.gebied,
      laatste,
      verloop,
      veranderingSindsEerste: laatste.totaal - eerste.totaal,
    });
  }
  return overzicht.sort((a, b) => byDate(b.laatste.resultaat, a.laatste.resultaat));
}

/** The latest result of every area, most recent first. */
export function latestPerArea(resultaten: readonly MindsetResult[]): MindsetResult[] {
  return summarizeByArea(resultaten).map((g) => g.laatste.resultaat);
}
