/** Dutch text of strategies, obstacles and if-then plans (/doelen/, steps 3 and 4). */
import { goalLinks } from './goals-links.ts';

const h8 = goalLinks.h8;

/** If-then plans and §8.4. */
export const planStrings = {
  /** If-then plans (chapter 8) and the warnings of §8.4. */
  href: `${h8}#8-4`,
  wanneer: {
    ok: 'Je noemt een vast moment om te beginnen.',
    leeg: 'Vul in wanneer je begint.',
    vaag: 'Kies een vast moment, zoals een dag en tijd of “na het ontbijt”; “later” werkt niet als startsein.',
  },
  waar: {
    ok: 'Je weet waar je het doet.',
    leeg: 'Vul in waar je het doet.',
    vaag: 'Kies een vaste plek, dan hoef je op het moment zelf niet meer te kiezen.',
  },
  hoe: {
    ok: 'Je weet wat je dan doet, en hoe.',
    leeg: 'Beschrijf wat je dan doet.',
    vaag: 'Beschrijf een handeling die je echt kunt doen, niet alleen “proberen” of “mijn best doen”.',
  },
  als: {
    ok: 'Je noemt wat je in de weg kan zitten.',
    leeg: 'Beschrijf wat er mis kan gaan of wat je kan afleiden.',
  },
  dan: {
    ok: 'Je weet al wat je dan doet.',
    leeg: 'Beschrijf wat je dan doet.',
    vaag: 'Maak concreet wat je dan doet, zodat je er op het moment zelf niet over hoeft na te denken.',
  },
  waarschuwingen: {
    'te-veel':
      'Je hebt veel plannen. Als-dan-plannen lijken minder goed te werken als je er te veel maakt: kies de plannen die er het meest toe doen.',
    onrealistisch:
      'Een van je plannen klinkt zwaar of absoluut (zoals “altijd” of “de hele dag”). Plannen die niet realistisch zijn, helpen minder; maak ze haalbaar.',
    perfectionisme:
      'Bij mensen die perfectionistisch of erg kritisch op zichzelf zijn, lijken als-dan-plannen niet te helpen: ze geven dan vooral spanning. Houd je plannen licht, en zie een misser als informatie, niet als falen.',
    motivatie:
      'Als-dan-plannen helpen vooral als je het doel zelf echt wilt bereiken. Kijk eerst wat dit doel voor jou de moeite waard maakt, of kies een doel dat je wél wilt.',
  },
} as const;

/** Island, step: strategie. */
export const strategieUi = {
  kop: '3. Strategieën',
  uitleg:
    'Bedenk minstens twee manieren om aan je leerdoel te werken. Lukt de ene niet, dan ligt de andere klaar.',
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
  ideeToegevoegd: 'Het idee staat nu bij je strategieën; pas het gerust aan.',
} as const;

/** Island, step: plannen. */
export const plannenUi = {
  kop: '4. Obstakels en als-dan-plannen',
  uitleg:
    'Wat kan je in de weg zitten? Schrijf per obstakel op wat je dan doet. Dan hoef je op het moment zelf niet meer na te denken.',
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
  perfectionist: 'Ik ben vaak erg streng voor mezelf, of wil dat alles in één keer goed gaat',
  gemotiveerd: 'Wil je dit doel zelf echt bereiken?',
  ja: 'Ja',
  nee: 'Nee, nog niet',
  weetNiet: 'Weet ik nog niet',
  waarschuwingenKop: 'Let op',
} as const;
