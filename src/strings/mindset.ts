// Visitor-facing texts of the mindset self-test (/mindsettest/) that a first visit
// needs: the test, the quick check and the frame of the comparison and "your data";
// also the texts of the page and the paper version (build time only). The texts of a
// result, the comparison and the data actions are in ./mindset-resultaten, which the
// island loads later. The items themselves live in content/mindsettest/test.yaml.
import type { Richting } from '@/lib/mindset/reading';
import type { Positie } from '@/lib/mindset/score';

/** The areas of life offered as a choice; "anders" lets the visitor name their own. */
export const gebieden = [
  { id: 'werk', label: 'Werk' },
  { id: 'leren', label: 'Leren of studie' },
  { id: 'sport', label: 'Sport' },
  { id: 'relaties', label: 'Relaties' },
] as const;

export type GebiedId = (typeof gebieden)[number]['id'];

export const mindsetStrings = {
  gebied: {
    legend: 'Over welk gebied van je leven denk je bij deze test?',
    hint: 'Kies één gebied en houd dat bij alle tien items in gedachten.',
    anders: 'Iets anders',
    eigenLabel: 'Welk gebied? In je eigen woorden',
    foutKies: 'Kies een gebied van je leven.',
    foutEigen: 'Beschrijf het gebied in een paar woorden.',
    foutLink: 'Gebied van je leven',
  },

  test: {
    kop: 'Doe de test',
    uitleg:
      'Bij elk item staan twee uitspraken tegenover elkaar, met vijf posities ertussen. Kies de positie die het best past bij hoe je nu over het gekozen gebied denkt: helemaal links, helemaal rechts of ergens daartussen. Er zijn geen goede of foute antwoorden.',
    links: 'Links',
    rechts: 'Rechts',
    positie: {
      1: 'helemaal links',
      2: 'meer links',
      3: 'in het midden',
      4: 'meer rechts',
      5: 'helemaal rechts',
    } satisfies Record<Positie, string>,
    voortgang: (n: number) => `${n} van de 10 items ingevuld`,
    itemFout: 'Kies een positie bij dit item.',
    versturen: 'Bekijk mijn uitslag',
    foutKop: 'Nog niet alles is ingevuld',
    foutIntro: 'Wat je al hebt ingevuld, blijft staan. Dit ontbreekt nog:',
    foutItem: (nummer: number, thema: string) => `Item ${nummer}: ${thema}`,
  },

  vergelijking: {
    kop: 'Gebieden vergeleken',
    leeg: 'Nog geen uitslagen. Als je de test doet, verschijnt je uitslag hier, per gebied.',
  },

  gegevens: {
    kop: 'Jouw gegevens',
    uitleg:
      'Je uitslagen staan alleen in deze browser, op dit apparaat. Deze site ziet ze niet en ze gaan nergens heen. Wis je je browsergegevens of gebruik je een ander apparaat, dan zijn ze er niet. Wil je ze bewaren of meenemen? Exporteer ze dan als bestand en importeer dat bestand later weer.',
    onbeschikbaar:
      'Deze browser staat opslaan niet toe, bijvoorbeeld in een privévenster. De test werkt gewoon, maar je uitslagen zijn weg zodra je de pagina sluit. Exporteer of druk af wat je wilt houden.',
    aantal: (n: number) =>
      n === 1 ? 'Er is 1 uitslag bewaard.' : `Er zijn ${n} uitslagen bewaard.`,
    geen: 'Er zijn nog geen uitslagen bewaard.',
    importLabel: 'Importeer een eerder geëxporteerd bestand',
    importHint:
      'Alleen een bestand dat je hier eerder hebt geëxporteerd. Je bestaande uitslagen blijven staan; uitslagen die er al zijn, worden overgeslagen.',
    importNietGeladen:
      'Het inlezen kon niet beginnen, omdat een deel van de pagina niet kon worden geladen. Er is niets ingelezen; je bestaande uitslagen zijn niet aangeraakt. Probeer het nog eens.',
  },

  /** While the result view, comparison and data actions load (after the first interaction). */
  laden: {
    uitslag: 'Je uitslag wordt geladen…',
    uitslagen: 'Je uitslagen worden geladen…',
    fout: 'Dit deel van de mindsettest kon niet worden geladen.',
    opnieuw: 'Opnieuw proberen',
  },

  meldingSluiten: 'Melding sluiten',
} as const;

/** Texts of the page itself and the paper version: rendered at build time only, so
 * they stay out of the island's JavaScript. */
export const mindsetPaginaStrings = {
  pagina: {
    titel: 'Mindsettest',
    beschrijving:
      'Onderzoek je eigen mindset per gebied van je leven: tien items en een snelle check, met uitleg en verwijzingen naar de theorie. Je uitslagen blijven op je eigen apparaat.',
    intro:
      'Je mindset is hoe je denkt over je vermogen om te leren en te groeien: ligt vast wat je kunt (een vaste mindset), of word je beter door te oefenen (een groeimindset)? Over je werk kun je daar anders over denken dan over sport of je relaties. Daarom doe je de test steeds met één gebied van je leven in gedachten.',
    privacy:
      'Je antwoorden en uitslagen worden alleen in deze browser bewaard, op dit apparaat. Ze worden niet naar deze site of naar iemand anders gestuurd.',
    bron: 'De tien items zijn in eigen woorden gebaseerd op bijlage 1 van het werkboek "Positief in gesprek"; de snelle check op het artikel over leerdoelen en omgaan met falen.',
    zonderJs:
      'Je browser voert geen JavaScript uit, dus de test rekent hier niets voor je uit. Je kunt hem wel zelf doen: hieronder staan alle items met de uitleg hoe je ze op papier invult en optelt.',
    naarPapier: 'Naar de papieren versie',
  },

  papier: {
    kop: 'Op papier invullen',
    uitleg:
      'Liever zonder computer, of met een groep? Druk deze pagina af of neem de items over. Zo tel je zelf je uitslag:',
    stappen: [
      'Kies een gebied van je leven, zoals werk, leren, sport of relaties, en houd dat bij elk item in gedachten.',
      'Zet bij elk item een kruisje op een van de vijf posities: 1 betekent helemaal de linker uitspraak, 5 helemaal de rechter, 3 precies ertussen.',
      'Tel de tien cijfers bij elkaar op. Je totaal ligt tussen 10 en 50. Deel het door 10 voor je gemiddelde per item.',
      'Links staat steeds de uitspraak die bij een vaste mindset past, rechts die bij een groeimindset. Hoe hoger je totaal, hoe meer je antwoorden naar groei neigen.',
    ],
    gebiedRegel: 'Gebied van mijn leven:',
    bijLaag: 'Koos je 1 of 2?',
    totaalKop: 'Je totaal lezen',
    totaalTabel: 'Wat je totaal zegt',
    kolomTotaal: 'Totaal',
    kolomLezing: 'Lezing',
    band: {
      vast: 'Je antwoorden liggen vooral aan de vaste kant.',
      midden: 'Je antwoorden liggen rond het midden.',
      groei: 'Je antwoorden liggen vooral aan de groeikant.',
    } satisfies Record<Richting, string>,
    bereik: (van: number, tot: number) => `${van} tot en met ${tot}`,
    snelKop: 'Snelle check op papier',
    snelUitleg: 'Kies per paar de uitspraak waar je het meest mee eens bent.',
    snelLezing:
      'Koos je bij beide paren de eerste uitspraak, dan past dat bij een vaste mindset; koos je bij beide de tweede, dan bij een groeimindset. Koos je één van elk, dan denk je over intelligentie anders dan over persoonlijkheid.',
  },

  /** Shown under every result: the practice pages on mindset, §5.4 and the goal rewriter. */
  verderLezen: [
    {
      pad: 'praktijk/leerdoelen-en-falen/',
      tekst: 'Leerdoelen en omgaan met falen: mindset en Tabel 1',
    },
    { pad: 'praktijk/positief-in-gesprek/', tekst: 'Positief in gesprek: mindset en feedback' },
    { pad: 'studie/5-doelen/#5-4', tekst: '§5.4 Leerdoelen bij nieuwe en lastige taken' },
    { pad: 'doelen/', tekst: 'Doel herschrijven: maak van een doel een leerdoel' },
  ],
} as const;
