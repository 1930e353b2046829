// Visitor-facing texts of the mindset self-test (/mindsettest/) that a first visit
// needs: the test, the quick check and the frame of the comparison and "your data";
// also the texts of the page and the paper version (build time only). The texts of a
// result, the comparison and the data actions are in ./mindset-results, which the
// island loads later. The items themselves live in content/mindsettest/test.yaml.
import type { Direction } from '@/lib/mindset/reading';
import type { Position } from '@/lib/mindset/score';

/** The areas of life offered as a choice; "anders" lets the visitor name their own. */
export const areas = [
  { id: 'werk', label: 'Werk' },
  { id: 'leren', label: 'Leren of studie' },
  { id: 'sport', label: 'Sport' },
  { id: 'relaties', label: 'Relaties' },
] as const;

export type AreaId = (typeof areas)[number]['id'];

export const mindsetStrings = {
  gebied: {
    legend: 'Over welk gebied van je leven denk je bij deze test?',
    hint: 'Kies één gebied. Denk bij alle tien items aan dat gebied.',
    anders: 'Iets anders',
    eigenLabel: 'Welk gebied? Schrijf het in je eigen woorden',
    foutKies: 'Kies een gebied van je leven.',
    foutEigen: 'Beschrijf het gebied in een paar woorden.',
    foutLink: 'Gebied van je leven',
  },

  test: {
    kop: 'Doe de test',
    uitleg:
      'Bij elk item staan twee uitspraken. Daartussen staan vijf rondjes. Kies het rondje dat het best past bij hoe je nu over dit gebied denkt. Dat kan helemaal links zijn, helemaal rechts of ergens ertussen. Er zijn geen goede of foute antwoorden.',
    links: 'Links',
    rechts: 'Rechts',
    positie: {
      1: 'helemaal links',
      2: 'meer links',
      3: 'in het midden',
      4: 'meer rechts',
      5: 'helemaal rechts',
    } satisfies Record<Position, string>,
    voortgang: (n: number) => `${n} van de 10 items ingevuld`,
    itemFout: 'Kies een positie bij dit item.',
    versturen: 'Bekijk mijn uitslag',
    foutKop: 'Nog niet alles is ingevuld',
    foutIntro: 'Wat je al hebt ingevuld, blijft staan. Dit ontbreekt nog:',
    foutItem: (nummer: number, thema: string) => `Item ${nummer}: ${thema}`,
  },

  vergelijking: {
    kop: 'Gebieden vergeleken',
    leeg: 'Nog geen uitslagen. Doe je de test, dan zie je hier je uitslag per gebied.',
  },

  gegevens: {
    kop: 'Jouw gegevens',
    uitleg:
      'Je uitslagen staan alleen in deze browser, op dit apparaat. Deze site ziet ze niet. Ze gaan nergens heen. Wis je je browsergegevens? Of gebruik je een ander apparaat? Dan zijn ze er niet. Wil je ze bewaren of meenemen? Download ze dan als bestand. Later open je dat bestand hier weer.',
    onbeschikbaar:
      'Deze browser staat opslaan niet toe. Dat gebeurt bijvoorbeeld in een privévenster. De test werkt wel, maar je uitslagen zijn weg als je de pagina sluit. Download of druk af wat je wilt houden.',
    aantal: (n: number) =>
      n === 1 ? 'Er is 1 uitslag bewaard.' : `Er zijn ${n} uitslagen bewaard.`,
    geen: 'Er zijn nog geen uitslagen bewaard.',
    importLabel: 'Open een bestand dat je hier eerder hebt gedownload',
    importHint:
      'Alleen een bestand van deze mindsettest. Je uitslagen blijven staan. Uitslagen die er al zijn, slaan we over.',
    leesFout: 'Het bestand kon niet worden geopend. Er is niets veranderd aan je uitslagen.',
    importNietGeladen:
      'Het openen lukte niet, omdat een deel van de pagina niet werd geladen. Er is niets veranderd aan je uitslagen. Probeer het nog eens.',
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
export const mindsetPageStrings = {
  pagina: {
    titel: 'Mindsettest',
    beschrijving:
      'Ontdek je eigen mindset per gebied van je leven. Met tien items en een snelle check, en uitleg. Je uitslagen blijven op je eigen apparaat.',
    intro:
      'Je mindset is hoe je denkt over leren en groeien. Ligt vast wat je kunt? Dat heet een vaste mindset. Of word je beter door te oefenen? Dat heet een groeimindset. Over je werk kun je anders denken dan over sport of over je relaties. Daarom denk je bij de test steeds aan één gebied van je leven.',
    privacy:
      'Je antwoorden en uitslagen blijven in deze browser, op dit apparaat. We sturen ze nergens naartoe.',
    bron: 'De tien items komen uit bijlage 1 van het werkboek “Positief in gesprek”, in eigen woorden. De snelle check komt uit het artikel over leerdoelen en omgaan met falen.',
    zonderJs:
      'Je browser voert geen JavaScript uit. Daarom rekent de test hier niets voor je uit. Je kunt hem wel zelf doen. Hieronder staan alle items. Er staat ook bij hoe je ze op papier invult en optelt.',
    naarPapier: 'Naar de papieren versie',
  },

  papier: {
    kop: 'Op papier invullen',
    uitleg:
      'Liever zonder computer? Of met een groep? Druk deze pagina af of schrijf de items over. Zo tel je zelf je uitslag:',
    stappen: [
      'Kies een gebied van je leven, zoals werk, leren, sport of relaties. Denk bij elk item aan dat gebied.',
      'Zet bij elk item een kruisje op een van de vijf rondjes. 1 is helemaal de linker uitspraak, 5 helemaal de rechter, 3 precies ertussen.',
      'Tel de tien cijfers bij elkaar op. Je totaal ligt tussen 10 en 50. Deel het door 10 voor je gemiddelde per item.',
      'Links staat steeds de uitspraak van een vaste mindset, rechts die van een groeimindset. Hoe hoger je totaal, hoe meer je antwoorden naar groei gaan.',
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
    } satisfies Record<Direction, string>,
    bereik: (van: number, tot: number) => `${van} tot en met ${tot}`,
    snelKop: 'Snelle check op papier',
    snelUitleg: 'Kies bij elk paar de uitspraak die het best bij je past.',
    snelLezing:
      'Koos je bij beide paren de eerste uitspraak? Dat past bij een vaste mindset. Koos je bij beide de tweede? Dat past bij een groeimindset. Koos je één van elk? Dan denk je over intelligentie anders dan over persoonlijkheid.',
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
