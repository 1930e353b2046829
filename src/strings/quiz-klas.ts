/**
 * Dutch text of the classroom mode's island (/quiz/klas/), split by the part of the
 * island that shows it, so each part's bundle carries only its own strings:
 *   quiz-klas.ts               the page around the parts (loaded first)
 *   quiz-klas-link.ts          what a set in the page's link held that could not be used
 *   quiz-klas-bouwer.ts        the set builder
 *   quiz-klas-presentatie.ts   the presenter
 *   quiz-klas-einde.ts         the end screen and its CSV
 *   quiz-klas-afdruk.ts        the hand-out and the answer key
 * Kept apart from src/strings/quiz.ts so the self-play page does not ship these strings.
 */
import { KLAS_TITEL, MELDING_SLUITEN, TERUG_NAAR_SITE } from '@/strings/quiz';

/** Classroom mode on /quiz/klas/ (the island): what shows before a part has loaded. */
export const klasStrings = {
  titel: KLAS_TITEL,
  terugNaarSite: TERUG_NAAR_SITE,
  bouwerIntro:
    'Kies hele hoofdstukken of losse stellingen. De set staat in de link van deze pagina: bewaar die link, en open hem in de les om meteen te beginnen.',
  setLinkFout:
    'De set in de link kon niet worden gelezen, omdat een deel van de pagina niet laadde. Laad de pagina opnieuw om het nog eens te proberen.',
  stoppenVraag: 'Wil je deze presentatie stoppen? De stemmen gaan verloren.',
  meldingSluiten: MELDING_SLUITEN,
} as const;
