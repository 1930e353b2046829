/** Dutch text of the printable hand-out and answer key of /quiz/klas/ (see quiz-klas.ts). */

export const printStrings = {
  handoutKop: 'Waarheid of misvatting?',
  handoutIntro: 'Zet bij elke stelling een kruisje: is het waar of een misvatting?',
  antwoordenKop: 'Antwoordblad',
  naam: 'Naam',
  bron: 'Bron',
} as const;
