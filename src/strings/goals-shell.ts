/**
 * Dutch text of the goal rewriter's first load (/doelen/): the goal field of step 1,
 * the loading states and the storage notices. Everything else is in the other
 * goals-*.ts files, which load with the rest of the tool on first use: keep this
 * module small.
 */

/** Island, step 1 (the goal field) and the shell around the steps. */
export const shellStrings = {
  analyseVolgt: 'Begin met typen: de analyse van je doel verschijnt hier, met de volgende stappen.',
  laadFout: 'De rest van de doelenhulp kon niet worden geladen.',
  opnieuw: 'Opnieuw proberen',
  kop: '1. Jouw doel',
  label: 'Schrijf je doel op',
  hint: 'Schrijf één doel op, in je eigen woorden. Bijvoorbeeld: “Ik wil deze week vijf vacatures vinden.”',
  teller: (n: number, max: number) => `${n} van ${max} tekens`,
  teLang: (n: number, max: number) =>
    `Je doel is ${n} tekens lang. Op de doelkaart passen er ${max}. Maak het korter. Je tekst blijft staan.`,
  voorbeelden: 'Of kies een voorbeeld',
  voorbeeldGekozen: 'Het voorbeeld staat nu in het veld.',
  /** Examples: a few after the study and the practice sources, the rest new. */
  voorbeeldenLijst: [
    'Ik wil deze week minimaal vijf vacatures vinden.',
    'Ik ga vanmiddag voor 17.00 uur twee sollicitatiebrieven schrijven.',
    'Ik wil eerder een baan vinden dan de anderen uit mijn training.',
    'Ik wil voorkomen dat ik een slecht figuur sla in het gesprek.',
    'Ik wil stoppen met roken.',
    'Ik wil niet meer te laat komen.',
    'Ik wil beter communiceren.',
    'Ik wil dat mijn team elk kwartaal de targets haalt.',
    'Ik wil slagen voor mijn taaltoets.',
    'Ik wil leren hoe ik een goed cv opstel.',
  ],
  meldingSluiten: 'Melding sluiten',
} as const;
