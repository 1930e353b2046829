/** Every Dutch text of the sorting exercise (Table 1 on /praktijk/leerdoelen-en-falen/). */

export const sortingStrings = {
  intro:
    'Bij welke houding hoort elke gedachte: leergericht of prestatiegericht? Kies per gedachte; je ziet meteen of het klopt.',
  zonderScript:
    'Zet de gedachten zelf in twee rijtjes en vergelijk je indeling met tabel 1 hierboven. Met JavaScript aan kun je de oefening hier invullen en krijg je direct uitleg.',
  keuzeLabel: {
    leergericht: 'Leergericht',
    prestatiegericht: 'Prestatiegericht',
  },
  goed: 'Goed',
  fout: 'Niet goed',
  opnieuw: 'Opnieuw',
  samenvattingKop: 'Je resultaat',
  nogFout: 'Deze gedachten hoorden bij de andere houding:',
  allesGoed: 'Je hebt alle gedachten goed ingedeeld.',
  nieuweRonde: 'Nieuwe ronde: de gedachten staan in een andere volgorde.',
} as const;

/** "leergericht" -> "leergerichte", for "een leergerichte houding". */
const bijvoeglijk = {
  leergericht: 'leergerichte',
  prestatiegericht: 'prestatiegerichte',
} as const;

type Orientation = keyof typeof bijvoeglijk;

/** Feedback for one item: right or wrong, the orientation and the dimension of Table 1. */
export function feedbackText(goed: boolean, juist: Orientation, dimensie: string): string {
  const oordeel = goed ? sortingStrings.goed : sortingStrings.fout;
  return `${oordeel}. Deze gedachte past bij een ${bijvoeglijk[juist]} houding (tabel 1, rij ‘${dimensie}’).`;
}

/** "7 van de 20 beantwoord". */
export function progressText(beantwoord: number, totaal: number): string {
  return `${beantwoord} van de ${totaal} beantwoord`;
}

/** "14 van de 20 goed". */
export function scoreText(goed: number, totaal: number): string {
  return `${goed} van de ${totaal} goed`;
}
