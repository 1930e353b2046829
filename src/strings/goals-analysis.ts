/** Dutch text of the goal analysis (/doelen/): goal types, notices, the five checks, signal names. */
import { goalLinks } from './goals-links.ts';

const h5 = goalLinks.h5;

/** The analysis: goal types, notices, the five checks, signal names. */
export const analysisStrings = {
  types: {
    leerdoel: {
      naam: 'Leerdoel',
      uitleg:
        'Je doel gaat over iets leren of ontwikkelen, met je eigen vooruitgang als maat. Zo’n doel helpt juist bij nieuwe, ingewikkelde taken met tegenslag, zoals werk zoeken.',
    },
    uitkomstdoel: {
      naam: 'Uitkomstdoel',
      uitleg:
        'Je noemt een resultaat dat je wilt bereiken. Bij een nieuwe of lastige taak kan zo’n doel ontmoedigen zodra het niet meteen lukt.',
    },
    competitiedoel: {
      naam: 'Competitiedoel',
      uitleg:
        'Je meet jezelf af aan anderen, of je wilt laten zien (of juist verbergen) hoe goed je bent. Dat geeft vaak spanning en haalt de aandacht weg van de taak.',
    },
    vaag: {
      naam: 'Vaag doel',
      uitleg:
        'Je doel geeft een richting aan, maar zegt niet wat je gaat doen of leren. Dan weet je ook niet wanneer je verder bent gekomen.',
    },
    onbekend: {
      naam: 'Nog geen doel',
      uitleg: '',
    },
  },
  meldingen: {
    leeg: 'Schrijf hierboven een doel op, of kies een voorbeeld. Begin bijvoorbeeld met “Ik wil …”.',
    'geen-doel':
      'Dit lijkt nog geen doel. Schrijf op wat je wilt bereiken of leren, bijvoorbeeld “Ik wil leren hoe ik …”.',
    'niet-nederlands': 'Deze hulp werkt met Nederlandse zinnen. Schrijf je doel in het Nederlands.',
    vraag:
      'Dit is een vraag. Schrijf je doel op als iets wat je wilt, bijvoorbeeld “Ik wil uitzoeken …”.',
  },
  checks: {
    leren: {
      titel: 'Gaat over leren en ontwikkelen',
      bron: '§5.4',
      href: `${h5}#5-4`,
      uitleg: {
        leerdoel: 'Je doel draait om leren: het proces telt, niet alleen de uitkomst.',
        uitkomstdoel:
          'Je noemt wat je wilt bereiken, maar niet wat je daarvoor wilt leren of uitproberen.',
        competitiedoel: 'Je maat is hoe je het doet tegenover anderen, niet wat je zelf leert.',
        vaag: 'Er staat niet in wat je wilt leren of ontwikkelen.',
      },
    },
    'eigen-gedrag': {
      titel: 'Eigen gedrag, in eigen hand',
      bron: '§5.6',
      href: `${h5}#5-6`,
      uitleg: {
        eigen: 'Het gaat om wat je zelf doet, en dat heb je zelf in de hand.',
        anderen:
          'Of dit lukt, beslissen uiteindelijk ook anderen, zoals een werkgever, een examinator of je team.',
        aanbod:
          'Hoeveel passende vacatures er zijn, heb je niet zelf in de hand; hoe je zoekt wel.',
        competitie: 'Hoe goed anderen het doen, heb je niet zelf in de hand.',
      },
    },
    specifiek: {
      titel: 'Specifiek genoeg',
      bron: '§5.6',
      href: `${h5}#5-6`,
      uitleg: {
        leerdoel: 'Je noemt concreet wat je wilt leren en waarbij.',
        'leerdoel-breed': 'Maak concreter wat je wilt leren: bij welke taak, of in welke situatie?',
        concreet: 'Je doel noemt iets concreets dat je kunt zien of tellen.',
        breed: 'Het is nog niet duidelijk wat je precies gaat doen; maak het concreter.',
        vaag: 'Er staat geen gedrag in dat je kunt zien of doen; beschrijf wat je anders gaat doen.',
      },
    },
    haalbaar: {
      titel: 'Haalbaar en toch uitdagend',
      bron: '§5.6',
      href: `${h5}#5-6`,
      uitleg: {
        ok: 'Dit lijkt een stap die je kunt zetten; kijk zelf of hij ook genoeg uitdaging biedt.',
        groot:
          'Dit is een groot einddoel; maak er eerst een leerdoel van en knip dat op in kleinere stappen.',
        'groot-leerdoel':
          'Dit leerdoel is nog groot; maak het kleiner door te kiezen in welke situatie het het lastigst is.',
        klein: 'Het klinkt vrijblijvend; een goed doel mag gerust wat uitdaging hebben.',
        onduidelijk:
          'Zolang niet duidelijk is wat je gaat doen, valt niet te zeggen of het haalbaar is.',
        competitie:
          'Of je het beter doet dan anderen kun je niet plannen, want dat hangt ook van hen af.',
      },
    },
    positief: {
      titel: 'Positief geformuleerd',
      bron: 'Positief in gesprek',
      href: '/praktijk/positief-in-gesprek/',
      uitleg: {
        positief: 'Je beschrijft waar je naartoe wilt, niet alleen wat je kwijt wilt.',
        negatief:
          'Je doel zegt vooral wat je niet (meer) wilt; schrijf op wat je wél wilt doen of leren.',
      },
    },
  },
  signalen: {
    doel: 'voornemen',
    leren: 'leren of uitzoeken',
    competitie: 'vergelijken of laten zien',
    vaag: 'vaag of zonder gedrag',
    aantal: 'aantal',
    termijn: 'termijn',
    resultaat: 'resultaat',
    anderen: 'hangt ook van anderen af',
    negatief: 'ontkenning of vermijden',
    groot: 'groot of absoluut',
    klein: 'vrijblijvend',
  },
} as const;

/** Island: the analysis of a goal and the checks (pass or not yet). */
export const analyseUi = {
  signalen: 'Herkend aan',
  analyseKop: 'Wat voor doel is dit?',
  vragenKop: 'Vijf vragen bij je doel',
  herkend: 'Herkend aan:',
  bron: 'Bron:',
  inOrde: 'In orde',
  nogNiet: 'Nog niet',
  live: (naam: string, ok: number, totaal: number) =>
    `Analyse: ${naam}. ${ok} van de ${totaal} vragen in orde.`,
} as const;
