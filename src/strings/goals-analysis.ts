/** Dutch text of the goal analysis (/doelen/): goal types, notices, the five checks, signal names. */
/** The texts the analysis returns are data of the goal logic. */
export { analysisStrings } from '../lib/goals/analysis-text.ts';

/** Island: the analysis of a goal and the checks (pass or not yet). */
export const analysisPanelStrings = {
  signalen: 'Herkend aan',
  analyseKop: 'Wat voor doel is dit?',
  vragenKop: 'Vijf vragen bij je doel',
  herkend: 'Herkend aan:',
  bron: 'Bron:',
  inOrde: 'In orde',
  nogNiet: 'Nog niet',
  live: (naam: string, ok: number, totaal: number) =>
    `Analyse: ${naam}. ${ok} van de ${totaal} vragen in orde.`,
  meerWeten: 'Meer weten:',
} as const;
