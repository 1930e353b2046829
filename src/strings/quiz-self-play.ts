/** Dutch text of the self-play island on /quiz/ (the page around it: selfPlayPageStrings in quiz.ts). */
import { stellingenCount, CLOSE_NOTICE } from '@/strings/quiz';

/** Link text to the backing section from a quiz page: "Lees de onderbouwing in §5.4" or "… op de pagina Leiderschap". */
export function readSourceText(bron: string): string {
  return bron.startsWith('§')
    ? `Lees de onderbouwing in ${bron}`
    : `Lees de onderbouwing op de pagina ${bron}`;
}

/** Self-play on /quiz/ (the island). */
export const selfPlayStrings = {
  kiesKop: 'Kies hoofdstukken',
  kiesAlles: 'Kies alles',
  kiesNiets: 'Wis je keuze',
  gekozen: (n: number) => `Gekozen: ${stellingenCount(n)}.`,
  start: 'Start de quiz',
  kiesEerst: 'Kies eerst minstens één hoofdstuk.',
  voortgang: (nr: number, totaal: number) => `Stelling ${nr} van ${totaal}`,
  herhaling: 'Je missers opnieuw',
  jouwOordeel: 'Wat is jouw oordeel?',
  goed: 'Goed gezien!',
  fout: 'Niet goed.',
  jouwAntwoord: (label: string) => `Jouw antwoord: ${label}.`,
  volgende: 'Volgende stelling',
  naarUitslag: 'Bekijk je uitslag',
  stoppen: 'Stoppen en opnieuw kiezen',
  uitslagKop: 'Je uitslag',
  score: (goed: number, totaal: number) => `Je had ${goed} van de ${totaal} stellingen goed.`,
  allesGoed: 'Alles goed. Mooi werk!',
  missersKop: 'Deze stellingen kun je nog eens nalezen',
  jouwKeuzeWas: (label: string) => `Jij koos ${label.toLowerCase()}.`,
  practiceMisses: 'Oefen je missers opnieuw',
  nieuweRonde: 'Nieuwe ronde met dezelfde hoofdstukken',
  andereKeuze: 'Andere hoofdstukken kiezen',
  meldingSluiten: CLOSE_NOTICE,
} as const;
