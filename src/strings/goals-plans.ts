/** Dutch text of strategies, obstacles and if-then plans (/doelen/, steps 3 and 4). */
/** The texts the plan checks return are data of the goal logic. */
export { planStrings } from '../lib/goals/plan-text.ts';

/** Island, step: strategie. */
export const strategyStrings = {
  kop: '3. Strategieën',
  uitleg:
    'Bedenk minstens twee manieren om aan je leerdoel te werken. Lukt de ene niet? Dan kun je de andere proberen.',
  label: (n: number) => `Strategie ${n}`,
  toevoegen: 'Strategie toevoegen',
  verwijder: 'Verwijderen',
  verwijderLabel: (n: number) => `Verwijderen: strategie ${n}`,
  teWeinig: 'Vul minstens twee strategieën in.',
  ideeenKop: 'Ideeën om mee te beginnen',
  ideeen: [
    'Vraag iemand die het al kan hoe die het aanpakt',
    'Probeer het eerst in een situatie die niet spannend is',
    'Zoek uitleg of een voorbeeld op, en probeer het na',
    'Oefen met iemand die je vertrouwt en vraag om feedback',
    'Schrijf na elke poging op wat werkte en wat je anders wilt doen',
  ],
  ideeToegevoegd: 'Het idee staat nu bij je strategieën. Je kunt het aanpassen.',
} as const;

/** Island, step: plannen. */
export const planPanelStrings = {
  kop: '4. Obstakels en als-dan-plannen',
  uitleg:
    'Wat kan je in de weg zitten? Schrijf bij elk obstakel op wat je dan doet. Dan hoef je er op dat moment niet meer over na te denken.',
  obstakel: (n: number) => `Obstakel ${n}`,
  alsLabel: 'Als …',
  alsHint: 'bijvoorbeeld: ik geen zin heb',
  danLabel: 'dan …',
  danHint: 'bijvoorbeeld: zet ik een wekker en begin ik tien minuten',
  obstakelToevoegen: 'Obstakel toevoegen',
  verwijder: 'Verwijderen',
  obstakelVerwijder: (n: number) => `Verwijderen: obstakel ${n}`,
  startKop: 'Plan om te beginnen',
  startUitleg: 'Leg vast wanneer, waar en hoe je begint.',
  start: (n: number) => `Startplan ${n}`,
  wanneerLabel: 'Wanneer?',
  wanneerHint: 'bijvoorbeeld: maandag na het ontbijt',
  waarLabel: 'Waar?',
  waarHint: 'bijvoorbeeld: aan de keukentafel',
  hoeLabel: 'Wat doe je dan, en hoe?',
  hoeHint: 'bijvoorbeeld: open ik mijn laptop en zoek ik drie vacatures op',
  startToevoegen: 'Startplan toevoegen',
  startVerwijder: (n: number) => `Verwijderen: startplan ${n}`,
  zin: 'Je plan:',
  zelfKop: 'Even checken',
  perfectionist: 'Ik ben vaak erg streng voor mezelf. Of ik wil dat alles in één keer goed gaat',
  gemotiveerd: 'Wil je dit doel zelf echt bereiken?',
  ja: 'Ja',
  nee: 'Nee, nog niet',
  weetNiet: 'Weet ik nog niet',
  waarschuwingenKop: 'Let op',
} as const;
