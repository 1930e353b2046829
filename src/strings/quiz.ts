/**
 * Dutch text of the statement quizzes: the block in the chapters, /quiz/ and /quiz/klas/,
 * in one module. Each group is a separate export, so a bundle carries only the groups
 * its island uses (the bundler drops the rest).
 */
import type { Oordeel } from '@/lib/quiz/types';
import { sectieNummer } from '@/lib/quiz/types';

/** The verdicts as button labels and in lists. */
export const oordeelLabel: Record<Oordeel, string> = {
  waar: 'Waar',
  misvatting: 'Misvatting',
};

/** The verdict as a sentence. */
export const oordeelZin: Record<Oordeel, string> = {
  waar: 'Deze stelling is waar.',
  misvatting: 'Deze stelling is een misvatting.',
};

/** Link text to the section that backs a verdict: "Lees de onderbouwing in §5.4". */
export function bronLinkTekst(anker: string): string {
  const nummer = sectieNummer(anker);
  return nummer ? `Lees de onderbouwing in §${nummer}` : 'Lees de onderbouwing';
}

/** Short name of that section for lists: "§5.4", or the page title. */
export function bronKort(anker: string, paginaTitel: string): string {
  const nummer = sectieNummer(anker);
  return nummer ? `§${nummer}` : paginaTitel;
}

/** Heading of the "why people believe it" line. */
export const waaromTekst = 'Waarom denken mensen dit?';

/** The block at the top of a chapter or practice page (rendered on the server). */
export const blokTeksten = {
  kop: 'Waarheid of misvatting?',
  introZonderScript: 'Wat denk jij? Bepaal je oordeel voordat je het antwoord opent.',
  intro: 'Wat denk jij? Kies bij elke stelling Waar of Misvatting. Daarna zie je het oordeel, de uitleg en waar het in de tekst staat.',
  bekijk: 'Bekijk het oordeel',
  waarom: waaromTekst,
  keuzeGroep: 'Jouw oordeel',
  goed: 'Goed gezien.',
  fout: 'Niet goed.',
  wis: 'Wis mijn antwoorden',
  bewaard: 'Je antwoorden worden alleen op dit apparaat bewaard.',
  gewist: 'Je antwoorden op deze pagina zijn gewist.',
  apart:
    'Eerder bewaarde antwoorden op deze pagina waren beschadigd of verouderd. We hebben ze apart gezet; je begint opnieuw.',
  oefenAlles: 'Oefen alle stellingen in de quiz',
} as const;

/** Name of a page with statements in choice lists: "Hoofdstuk 5: Doelen" or "Praktijk: Leiderschap". */
export function groepLabel(pagina: { hoofdstuk?: number; titel: string }): string {
  return pagina.hoofdstuk ? `Hoofdstuk ${pagina.hoofdstuk}: ${pagina.titel}` : `Praktijk: ${pagina.titel}`;
}

/** "1 stelling", "12 stellingen". */
export function aantalStellingen(n: number): string {
  return n === 1 ? '1 stelling' : `${n} stellingen`;
}

/** A part of a quiz page that loads when it is needed (the statements, a view). */
export const ladenTeksten = {
  laden: 'Even geduld, dit deel van de pagina wordt geladen.',
  laadFout: 'Dit deel van de pagina kon niet worden geladen. Controleer de verbinding en probeer het opnieuw.',
  opnieuwLaden: 'Probeer het opnieuw',
} as const;

/** Label of the button that dismisses a notice. */
export const MELDING_SLUITEN = 'Melding sluiten';

/** Messages about stored quiz data that go beyond the generic storage messages. */
export const quizOpslagTeksten = {
  verouderd:
    'Je bewaarde ronde noemde stellingen die niet meer op de site staan. We zijn opnieuw begonnen.',
} as const;

/** The page /quiz/ around the island (rendered on the server). */
export const zelfPaginaTeksten = {
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

export const KLAS_TITEL = 'Quiz in de klas';
export const TERUG_NAAR_SITE = 'Terug naar de site';

/** The page /quiz/klas/ around the island: no-script text and the key list (rendered on the server). */
export const klasPaginaTeksten = {
  titel: KLAS_TITEL,
  beschrijving:
    'Presentatiemodus voor trainers: stel een set stellingen samen, toon ze op de beamer, tel de handen en bespreek het oordeel.',
  zonderScript:
    'De presentatiemodus werkt met JavaScript. Zonder JavaScript vind je de stellingen met hun oordeel bovenaan elk hoofdstuk.',
  terugNaarSite: TERUG_NAAR_SITE,
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

/** Dutch text of the self-play island on /quiz/ (the page around it: zelfPaginaTeksten in quiz.ts). */

/** Link text to the backing section from a quiz page: "Lees de onderbouwing in §5.4" or "… op de pagina Leiderschap". */
export function leesOnderbouwing(bron: string): string {
  return bron.startsWith('§') ? `Lees de onderbouwing in ${bron}` : `Lees de onderbouwing op de pagina ${bron}`;
}

/** Self-play on /quiz/ (the island). */
export const zelfTeksten = {
  kiesKop: 'Kies hoofdstukken',
  kiesAlles: 'Kies alles',
  kiesNiets: 'Wis je keuze',
  gekozen: (n: number) => `Gekozen: ${aantalStellingen(n)}.`,
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
  oefenMissers: 'Oefen je missers opnieuw',
  nieuweRonde: 'Nieuwe ronde met dezelfde hoofdstukken',
  andereKeuze: 'Andere hoofdstukken kiezen',
  meldingSluiten: MELDING_SLUITEN,
} as const;

/**
 * Dutch text of the classroom mode's island (/quiz/klas/), split by the part of the
 * island that shows it, so each part's bundle carries only its own strings:
 *   quiz-klas.ts               the page around the parts (loaded first)
 *   quiz-klas-bouwer.ts        the set builder
 *   quiz-klas-presentatie.ts   the presenter
 *   quiz-klas-einde.ts         the end screen and its CSV
 *   quiz-klas-afdruk.ts        the hand-out and the answer key
 * Kept apart from src/strings/quiz.ts so the self-play page does not ship these strings.
 */

/** Classroom mode on /quiz/klas/ (the island): what shows before a part has loaded. */
export const klasTeksten = {
  titel: KLAS_TITEL,
  terugNaarSite: TERUG_NAAR_SITE,
  bouwerIntro:
    'Kies hele hoofdstukken of losse stellingen. De set staat in de link van deze pagina: bewaar die link, en open hem in de les om meteen te beginnen.',
  setOnbekend: (ids: string) => `Deze stellingen bestaan niet (meer) en zijn weggelaten: ${ids}.`,
  setDubbel: (ids: string) => `Deze stellingen stonden er meer dan eens in; ze komen één keer: ${ids}.`,
  setOngeldig: (ids: string) => `Deze delen van de link zijn geen stelling en zijn overgeslagen: ${ids}.`,
  setTeLang: 'De link bevatte meer stellingen dan we lezen; de rest is weggelaten.',
  setLeegLink:
    'In deze link staat geen enkele geldige stelling. Stel hieronder zelf een set samen, of vraag om een nieuwe link.',
  lopendKop: 'Er loopt nog een presentatie',
  lopend: (nr: number, totaal: number) =>
    `Op dit apparaat staat een presentatie die nog niet klaar is (bij stelling ${nr} van ${totaal}).`,
  hervat: 'Ga verder met die presentatie',
  verwerp: 'Stop die presentatie',
  stoppenVraag: 'Wil je deze presentatie stoppen? De stemmen gaan verloren.',
  meldingSluiten: MELDING_SLUITEN,
} as const;

/** Dutch text of the set builder on /quiz/klas/ (see quiz-klas.ts). */

export const bouwerTeksten = {
  bouwerKop: 'Stel een set samen',
  hoofdstukHeel: (n: number) => `Het hele hoofdstuk (${aantalStellingen(n)})`,
  losseStellingen: 'Losse stellingen kiezen',
  setKop: (n: number) => `Jouw set: ${aantalStellingen(n)}`,
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
} as const;

/** Dutch text of the presenter on /quiz/klas/: the stage, the tallies and the controls (see quiz-klas.ts). */

export const presentatieTeksten = {
  positie: (nr: number, totaal: number) => `Stelling ${nr} van ${totaal}`,
  faseNaam: {
    stelling: 'Stelling',
    aftellen: 'Denktijd',
    stemmen: 'Stemming',
    herstemmen: 'Tweede stemming',
    oordeel: 'Oordeel',
    verschuiving: 'Verschuiving',
  },
  aankondiging: (positie: string, fase: string) => `${positie}: ${fase}.`,
  tijdOm: 'De tijd is om.',
  tijdOver: (sec: number) => `nog ${sec} seconden`,
  handen: 'Steek je hand op',
  handenHint: 'W of M en dan cijfers, of + en −',
  erbij: (label: string) => `Eén hand meer voor ${label}`,
  eraf: (label: string) => `Eén hand minder voor ${label}`,
  actief: 'toetsen werken hier',
  eersteStemming: 'Eerste stemming',
  tweedeStemming: 'Tweede stemming',
  geenStemmen: 'Geen stemmen geteld',
  balk: (label: string, aantal: number, procent: number) =>
    `${label}: ${aantal} ${aantal === 1 ? 'hand' : 'handen'} (${procent}%)`,
  verschuiving: (voor: number, na: number) => `Goed gekozen: eerst ${voor}%, daarna ${na}%`,
  verschil: (punten: number) =>
    punten === 0 ? 'geen verschuiving' : `${punten > 0 ? '+' : '−'}${Math.abs(punten)} procentpunten`,
  bron: 'Bron',
  vorigeStelling: 'Vorige stelling',
  volgendeStelling: 'Volgende stelling',
  vorigeStap: 'Stap terug',
  volgendeStap: 'Verder',
  naarEinde: 'Naar het overzicht',
  timer: (sec: number) => (sec === 0 ? 'Aftellen: uit' : `Aftellen: ${sec} s`),
  herstemming: 'Tweede stemming',
  volledigScherm: 'Volledig scherm',
  thema: (donker: boolean) => (donker ? 'Licht thema' : 'Donker thema'),
  sneltoetsen: 'Sneltoetsen',
  stoppen: 'Stoppen',
  besturing: 'Besturing van de presentatie',
  eindeKop: 'Overzicht van de sessie',
} as const;

/** Dutch text of the end screen of a classroom session and its CSV export (see quiz-klas.ts). */

export const eindeTeksten = {
  eindeIntro: 'Alle stellingen met het oordeel en hoe de groep stemde. Er zijn geen punten of winnaars: het gaat om het gesprek.',
  kolommen: {
    nummer: 'Nr.',
    stelling: 'Stelling',
    oordeel: 'Oordeel',
    eerste: 'Eerste stemming',
    tweede: 'Tweede stemming',
  },
  stemmen: (t: { waar: number; misvatting: number }) => `Waar ${t.waar}, misvatting ${t.misvatting}`,
  nietGestemd: '–',
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

/** Dutch text of the printable hand-out and answer key of /quiz/klas/ (see quiz-klas.ts). */

export const afdrukTeksten = {
  handoutKop: 'Waarheid of misvatting?',
  handoutIntro: 'Zet bij elke stelling een kruisje: is het waar of een misvatting?',
  antwoordenKop: 'Antwoordblad',
  naam: 'Naam',
  bron: 'Bron',
} as const;
