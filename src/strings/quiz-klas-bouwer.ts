/** Dutch text of the set builder on /quiz/klas/ (see quiz-klas.ts). */
import { aantalStellingen } from '@/strings/quiz';

export const setBuilderStrings = {
  bouwerKop: 'Stel een set samen',
  hoofdstukHeel: (n: number) => `Het hele hoofdstuk (${aantalStellingen(n)})`,
  losseStellingen: 'Losse stellingen kiezen',
  setKop: (n: number) => `Jouw set: ${aantalStellingen(n)}`,
  // Repeated here (not imported from ./quiz) so the builder's chunk does not pull in the quiz texts.
  oordeel: { waar: 'Waar', misvatting: 'Misvatting' },
  balans: (misvatting: number, waar: number) =>
    `Verhouding in de set: ${misvatting} misvatting, ${waar} waar`,
  setLeeg: 'Je set is nog leeg. Kies hierboven hoofdstukken of stellingen.',
  volgordeStudie: 'Volgorde van de studie',
  schudden: 'Schud de volgorde',
  geschud: 'De volgorde is geschud.',
  opStudieVolgorde: 'De stellingen staan weer in de volgorde van de studie.',
  instellingenKop: 'Instellingen',
  timerLegend: 'Aftellen na elke stelling',
  timerLabel: (sec: number) => (sec === 0 ? 'Uit' : `${sec} seconden`),
  tweedeLegend: 'Tweede stemming',
  tweedeLabel: {
    uit: 'Alleen als ik erom vraag (toets H na het oordeel)',
    'na-oordeel': 'Altijd, na het oordeel en de bespreking',
    'voor-oordeel': 'Altijd, na de bespreking en vóór het oordeel (peer instruction)',
  },
  linkLabel: 'Link naar deze set',
  kopieer: 'Kopieer de link',
  gekopieerd: 'De link staat op het klembord.',
  nietGekopieerd: 'Kopiëren lukte niet; selecteer de link en kopieer hem zelf.',
  start: 'Start de presentatie',
  printHandout: 'Print de hand-out',
  printAntwoorden: 'Print het antwoordblad',
  leegStarten: 'Kies eerst minstens één stelling.',
  offlineKop: 'Lesgeven zonder internet',
} as const;
