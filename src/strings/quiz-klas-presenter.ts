/** Dutch text of the presenter on /quiz/klas/: the stage, the tallies and the controls (see quiz-klas.ts). */

export const presenterStrings = {
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
  tijdOver: (sec: number) => `nog ${sec} ${sec === 1 ? 'seconde' : 'seconden'}`,
  handen: 'Steek je hand op',
  erbij: (label: string) => `Eén hand meer voor ${label}`,
  eraf: (label: string) => `Eén hand minder voor ${label}`,
  eersteStemming: 'Eerste stemming',
  tweedeStemming: 'Tweede stemming',
  geenStemmen: 'Geen stemmen geteld',
  balk: (label: string, aantal: number, procent: number) =>
    `${label}: ${aantal} ${aantal === 1 ? 'hand' : 'handen'} (${procent}%)`,
  verschuiving: (voor: number, na: number) => `Goed gekozen: eerst ${voor}%, daarna ${na}%`,
  verschil: (punten: number) =>
    punten === 0
      ? 'geen verschuiving'
      : `${punten > 0 ? '+' : '−'}${Math.abs(punten)} procentpunten`,
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
  kaartenScannen: 'Kaarten scannen',
  cameraControleren: 'Camera controleren',
  zwart: 'Scherm zwart (B of punt: terug)',
  besturing: 'Besturing van de presentatie',
  eindeKop: 'Overzicht van de sessie',
} as const;
