/** Dutch text of the end screen of a classroom session and its CSV export (see quiz-klas.ts). */

export const endStrings = {
  eindeIntro:
    'Alle stellingen met het oordeel en hoe de groep stemde. Er zijn geen punten of winnaars: het gaat om het gesprek.',
  kolommen: {
    nummer: 'Nr.',
    stelling: 'Stelling',
    oordeel: 'Oordeel',
    eerste: 'Eerste stemming',
    tweede: 'Tweede stemming',
  },
  stemmen: (t: { waar: number; misvatting: number }) =>
    `Waar ${t.waar}, misvatting ${t.misvatting}`,
  nietGestemd: '–',
  goed: (procent: number) => `${procent}% goed`,
  csvKoppen: [
    'nummer',
    'id',
    'stelling',
    'oordeel',
    'eerste stemming waar',
    'eerste stemming misvatting',
    'tweede stemming waar',
    'tweede stemming misvatting',
  ],
  csvBestand: (datum: string) => `klassessie-${datum}.csv`,
  exporteer: 'Exporteer als CSV',
  print: 'Print het overzicht',
  terugNaarLaatste: 'Terug naar de laatste stelling',
  opnieuw: 'Dezelfde set opnieuw',
  nieuweSet: 'Nieuwe set samenstellen',
} as const;
