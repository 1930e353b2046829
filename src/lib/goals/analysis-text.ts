// Dutch text that the goal analysis returns: the goal types, the notices and the five
// checks of §5.6. Plain Dutch (B1): short sentences, common words. Each check says
// which words of the goal made it pass or fail; `w` is those words as the user typed them.
import { goalLinks, moreLinks } from './links.ts';

const h5 = goalLinks.h5;

/** Quotes a few of the user's own words inside an explanation. */
const q = (w: string) => `“${w}”`;

export const analysisStrings = {
  types: {
    leerdoel: {
      naam: 'Leerdoel',
      uitleg:
        'Je doel gaat over iets leren. Je meet jezelf aan je eigen vooruitgang. Zo’n doel helpt bij een moeilijke taak, zoals werk zoeken.',
    },
    uitkomstdoel: {
      naam: 'Uitkomstdoel',
      uitleg:
        'Je noemt een resultaat dat je wilt halen. Bij een nieuwe of moeilijke taak kan zo’n doel je moed afnemen als het niet meteen lukt.',
    },
    competitiedoel: {
      naam: 'Competitiedoel',
      uitleg:
        'Je vergelijkt jezelf met anderen. Of je wilt laten zien hoe goed je bent. Dat geeft vaak spanning. Je let dan minder op de taak zelf.',
    },
    vaag: {
      naam: 'Vaag doel',
      uitleg:
        'Je doel geeft een richting. Maar er staat niet in wat je gaat doen of leren. Dan weet je ook niet wanneer je verder bent.',
    },
    onbekend: { naam: 'Nog geen doel', uitleg: '' },
  },
  meldingen: {
    leeg: 'Schrijf hierboven een doel op. Of kies een voorbeeld. Begin bijvoorbeeld met “Ik wil …”.',
    'geen-doel':
      'Dit lijkt nog geen doel. Schrijf op wat je wilt bereiken of leren. Bijvoorbeeld: “Ik wil leren hoe ik …”.',
    'niet-nederlands': 'Deze hulp werkt met Nederlandse zinnen. Schrijf je doel in het Nederlands.',
    vraag:
      'Dit is een vraag. Schrijf je doel op als iets wat je wilt. Bijvoorbeeld: “Ik wil uitzoeken …”.',
  },
  checks: {
    leren: {
      titel: 'Gaat over leren',
      bron: '§5.4',
      href: `${h5}#5-4`,
      meer: moreLinks.leren,
      uitleg: {
        leerdoel: (w: string) =>
          w ? `Je schrijft ${q(w)}. Je doel gaat dus over leren.` : 'Je doel gaat over leren.',
        uitkomstdoel: (w: string) =>
          w
            ? `Je noemt een resultaat: ${q(w)}. Er staat niet in wat je wilt leren of uitproberen.`
            : 'Er staat niet in wat je wilt leren of uitproberen.',
        competitiedoel: (w: string) =>
          `Je meet jezelf aan anderen${w ? ` (${q(w)})` : ''}. Niet aan wat je zelf leert.`,
        vaag: () => 'Er staat niet in wat je wilt leren.',
      },
    },
    'eigen-gedrag': {
      titel: 'Eigen gedrag, in eigen hand',
      bron: '§5.6',
      href: `${h5}#5-6`,
      meer: moreLinks.doelen,
      uitleg: {
        eigen: () => 'Het gaat om wat je zelf doet. Dat heb je zelf in de hand.',
        anderen: (w: string, wie: string) =>
          `Je noemt ${q(w)}. Of dat lukt, beslist ${wie}. Dat heb je niet zelf in de hand.`,
        aanbod: (w: string) =>
          `Hoeveel ${w} er zijn, heb je niet zelf in de hand. Hoe je zoekt wel.`,
        competitie: () => 'Hoe goed anderen het doen, heb je niet zelf in de hand.',
      },
      /** Who decides, by the word that showed it. */
      wie: {
        werkgever: 'uiteindelijk een werkgever',
        examen: 'uiteindelijk een examinator of docent',
        ander: 'uiteindelijk iemand anders',
      },
    },
    specifiek: {
      titel: 'Duidelijk genoeg',
      bron: '§5.6',
      href: `${h5}#5-6`,
      meer: moreLinks.doelen,
      uitleg: {
        leerdoel: (w: string) =>
          w ? `Je noemt wat je wilt leren: ${q(w)}.` : 'Je noemt wat je wilt leren.',
        'leerdoel-breed': (w: string) =>
          `${w ? `Je schrijft ${q(w)}. Dat is nog breed. ` : ''}Bij welke taak wil je het leren? Of in welke situatie?`,
        concreet: (w: string) =>
          w
            ? `Je noemt iets wat je kunt zien of tellen: ${q(w)}.`
            : 'Je noemt iets wat je kunt zien of tellen.',
        breed: () => 'Het is nog niet duidelijk wat je precies gaat doen. Maak het concreter.',
        vaag: () => 'Er staat niet in wat je anders gaat doen. Schrijf op wat je gaat doen.',
        gevoel: (w: string) =>
          `Je schrijft ${q(w)}. Dat is een gevoel, en een ander kan dat niet zien. Wat doe of zie je als je ${w} bent?`,
        gevoelNaam: (w: string) =>
          `Je schrijft ${q(w)}. Dat is een gevoel, en een ander kan dat niet zien. Wat doe of zie je als je ${w} hebt?`,
      },
    },
    haalbaar: {
      titel: 'Haalbaar, maar niet te makkelijk',
      bron: '§5.6',
      href: `${h5}#5-6`,
      meer: moreLinks.doelen,
      uitleg: {
        ok: () =>
          'Dit lijkt een stap die je kunt zetten. Kijk zelf of het ook niet te makkelijk is.',
        groot: (w: string) =>
          `${w ? `Je schrijft ${q(w)}. ` : ''}Dat is een groot doel. Maak er eerst een leerdoel van. Deel dat op in kleine stappen.`,
        'groot-leerdoel': (w: string) =>
          `${w ? `Je schrijft ${q(w)}. ` : ''}Dat is nog groot. Kies de situatie waarin het het moeilijkst is.`,
        klein: (w: string) =>
          `${w ? `Door ${q(w)} klinkt het vrijblijvend. ` : 'Het klinkt vrijblijvend. '}Een goed doel mag wat moeite kosten.`,
        onduidelijk: () =>
          'Er staat nog niet in wat je gaat doen. Dus kun je ook niet zeggen of het haalbaar is.',
        competitie: () =>
          'Of je het beter doet dan anderen, kun je niet plannen. Dat hangt ook van hen af.',
      },
    },
    positief: {
      titel: 'Zegt wat je wél wilt',
      bron: 'Positief in gesprek',
      href: goalLinks.positief,
      meer: moreLinks.positief,
      uitleg: {
        positief: () => 'Je schrijft op wat je wilt. Niet alleen wat je kwijt wilt.',
        negatief: (w: string) =>
          `${w ? `Je schrijft ${q(w)}. ` : ''}Dat zegt wat je niet wilt. Schrijf op wat je wél wilt doen of leren.`,
      },
    },
  },
  signalen: {
    doel: 'voornemen',
    leren: 'leren of uitzoeken',
    competitie: 'vergelijken of laten zien',
    vaag: 'vaag of geen gedrag',
    aantal: 'aantal',
    termijn: 'tijd',
    resultaat: 'resultaat',
    anderen: 'een ander beslist mee',
    negatief: 'wat je niet wilt',
    groot: 'groot',
    klein: 'vrijblijvend',
  },
} as const;
