/**
 * Dutch text of the statement quizzes: the block in the chapters, /quiz/ and /quiz/klas/.
 * Text that only the server renders sits in separate exports (…PaginaTeksten, stellingenBlockStrings),
 * so the islands' bundles carry only the strings they use. The islands' own text is in
 * quiz-self-play.ts (/quiz/) and quiz-klas*.ts (/quiz/klas/): what both islands use from here
 * ships to both pages.
 */
import type { Oordeel } from '@/lib/quiz/types';
import { sectionNumber } from '@/lib/quiz/types';

/** The verdicts as button labels and in lists. */
export const oordeelLabel: Record<Oordeel, string> = {
  waar: 'Waar',
  misvatting: 'Misvatting',
};

/** The verdict as a sentence. */
export const oordeelSentence: Record<Oordeel, string> = {
  waar: 'Deze stelling is waar.',
  misvatting: 'Deze stelling is een misvatting.',
};

/** Link text to the section that backs a verdict: "Lees de onderbouwing in §5.4". */
export function sourceLinkText(anker: string): string {
  const nummer = sectionNumber(anker);
  return nummer ? `Lees de onderbouwing in §${nummer}` : 'Lees de onderbouwing';
}

/** Short name of that section for lists: "§5.4", or the page title. */
export function sourceShort(anker: string, paginaTitel: string): string {
  const nummer = sectionNumber(anker);
  return nummer ? `§${nummer}` : paginaTitel;
}

/** Heading of the "why people believe it" line. */
export const whyText = 'Waarom denken mensen dit?';

/** The block at the top of a chapter or practice page (rendered on the server). */
export const stellingenBlockStrings = {
  kop: 'Waarheid of misvatting?',
  introZonderScript: 'Wat denk jij? Bepaal je oordeel voordat je het antwoord opent.',
  intro:
    'Wat denk jij? Kies bij elke stelling Waar of Misvatting. Daarna zie je het oordeel, de uitleg en waar het in de tekst staat.',
  bekijk: 'Bekijk het oordeel',
  waarom: whyText,
  keuzeGroep: 'Jouw oordeel',
  goed: 'Goed gezien.',
  fout: 'Niet goed.',
  wis: 'Wis mijn antwoorden',
  bewaard: 'Je antwoorden worden alleen op dit apparaat bewaard.',
  gewist: 'Je antwoorden op deze pagina zijn gewist.',
  apart:
    'Eerder bewaarde antwoorden op deze pagina waren beschadigd of verouderd. We hebben ze apart gezet; je begint opnieuw.',
  vast: 'Eerder bewaarde antwoorden op deze pagina konden niet worden gelezen, en de opslag van deze browser is te vol om ze apart te zetten. We laten ze onaangeroerd staan; je nieuwe antwoorden worden niet bewaard.',
  oefenAlles: 'Oefen alle stellingen in de quiz',
} as const;

/** Name of a page with statements in choice lists: "Hoofdstuk 5: Doelen" or "Praktijk: Leiderschap". */
export function groupLabel(pagina: { hoofdstuk?: number; titel: string }): string {
  return pagina.hoofdstuk
    ? `Hoofdstuk ${pagina.hoofdstuk}: ${pagina.titel}`
    : `Praktijk: ${pagina.titel}`;
}

/** "1 stelling", "12 stellingen". */
export function stellingenCount(n: number): string {
  return n === 1 ? '1 stelling' : `${n} stellingen`;
}

/** A part of a quiz page that loads when it is needed (the statements, a view). */
export const loadStrings = {
  laden: 'Even geduld, dit deel van de pagina wordt geladen.',
  laadFout:
    'Dit deel van de pagina kon niet worden geladen. Controleer de verbinding en probeer het opnieuw.',
  opnieuwLaden: 'Probeer het opnieuw',
} as const;

/** Label of the button that dismisses a notice. */
export const CLOSE_NOTICE = 'Melding sluiten';

/** The page /quiz/ around the island (rendered on the server). */
export const selfPlayPageStrings = {
  titel: 'Quiz: waarheid of misvatting?',
  beschrijving:
    'Test wat je weet over motivatie en zelfsturing: alle stellingen uit de studie en de praktijkpagina’s, één voor één, met uitleg en een link naar de tekst.',
  intro:
    'Kies de hoofdstukken waarover je stellingen wilt krijgen. Je ziet ze één voor één in willekeurige volgorde. Na elk antwoord lees je het oordeel, de uitleg en waar het in de studie staat.',
  privacy: 'Je antwoorden blijven op dit apparaat; er gaat niets naar een server.',
  zonderScript:
    'Deze quiz werkt met JavaScript. Zonder JavaScript vind je dezelfde stellingen met hun oordeel bovenaan elk hoofdstuk:',
  naarKlas: 'Quiz met een groep? Gebruik de presentatiemodus voor de klas.',
} as const;

export const KLAS_TITLE = 'Quiz in de klas';
export const BACK_TO_SITE = 'Terug naar de site';

/** The page /quiz/klas/ around the island: no-script text and the key list (rendered on the server). */
export const klasPageStrings = {
  titel: KLAS_TITLE,
  beschrijving:
    'Presentatiemodus voor trainers: stel een set stellingen samen, toon ze op de beamer, tel de handen en bespreek het oordeel.',
  zonderScript:
    'De presentatiemodus werkt met JavaScript. Zonder JavaScript vind je de stellingen met hun oordeel bovenaan elk hoofdstuk.',
  terugNaarSite: BACK_TO_SITE,
  naarZelf: 'Naar de quiz voor jezelf',
  toetsenKop: 'Sneltoetsen',
  sluiten: 'Sluiten',
  toetsen: [
    ['Spatie, Enter of PageDown', 'Volgende stap'],
    ['PageUp', 'Stap terug'],
    ['→ en ←', 'Volgende en vorige stelling'],
    ['W of M', 'Kies de telling voor Waar of Misvatting'],
    ['0 tot en met 9', 'Typ het aantal handen'],
    ['+ en −', 'Eén hand meer of minder'],
    ['H', 'Tweede stemming na het oordeel'],
    ['T', 'Aftellen: uit, 30, 60 of 90 seconden'],
    ['F', 'Volledig scherm aan of uit'],
    ['Esc', 'Volledig scherm of dit venster sluiten'],
    ['?', 'Deze lijst'],
  ],
} as const;
