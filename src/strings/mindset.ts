// Every visitor-facing text of the mindset self-test (/mindsettest/), used by the
// page, the paper version and the island. The items themselves live in
// content/mindsettest/test.yaml.
import type { Paar } from '@/lib/mindset/quickcheck';
import type { Richting } from '@/lib/mindset/reading';
import type { ImportFout } from '@/lib/mindset/results';
import type { Positie } from '@/lib/mindset/score';

/** The areas of life offered as a choice; "anders" lets the visitor name their own. */
export const gebieden = [
  { id: 'werk', label: 'Werk' },
  { id: 'leren', label: 'Leren of studie' },
  { id: 'sport', label: 'Sport' },
  { id: 'relaties', label: 'Relaties' },
] as const;

export type GebiedId = (typeof gebieden)[number]['id'];

const datumFormaat = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short' });
const getalFormaat = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

/** "12 mei 2025 om 14:03". */
export function formatDatum(iso: string): string {
  return datumFormaat.format(new Date(iso));
}

/** "3,4"; whole numbers without a decimal. */
export function formatGetal(n: number): string {
  return getalFormaat.format(n);
}

/** "+3", "−2" or "0" (with a real minus sign). */
function metTeken(n: number): string {
  if (n > 0) return `+${n}`;
  if (n < 0) return `−${-n}`;
  return '0';
}

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

  uitslag: {
    kop: (gebied: string) => `Jouw uitslag: ${gebied}`,
    datum: (datum: string) => `Ingevuld op ${datum}.`,
    totaal: (totaal: number, gemiddelde: number) =>
      `Je totaal is ${totaal} van de 50: gemiddeld ${formatGetal(gemiddelde)} per item, op een schaal van 1 (vast) tot 5 (groei).`,
    continuumTitel: 'Jouw plek op de lijn van vaste mindset naar groeimindset',
    continuumDesc: (gemiddelde: number) =>
      `Een lijn met vijf posities, van 1 (vaste mindset, links) tot 5 (groeimindset, rechts). Jouw gemiddelde van ${formatGetal(gemiddelde)} staat als stip op de lijn.`,
    poolVast: 'vaste mindset',
    poolGroei: 'groeimindset',
    lezingKop: 'Wat zegt dit?',
    band: {
      vast: 'Voor dit gebied kies je vooral de linkerkant. Je gaat er eerder van uit dat wat je kunt grotendeels vastligt. Dat is geen oordeel over jou: het is een houding, en een houding kan veranderen. Hieronder zie je bij welke items het vooral speelt.',
      midden:
        'Voor dit gebied liggen je antwoorden rond het midden. Op sommige punten denk je eerder in groei, op andere eerder in vaststaand kunnen, of je twijfelt tussen beide. Hieronder zie je welke items naar de vaste kant neigen.',
      groei:
        'Voor dit gebied kies je vooral de rechterkant. Je gaat er eerder van uit dat je kunt leren en beter kunt worden door te oefenen, door je in te spannen en door feedback.',
    } satisfies Record<Richting, string>,
    gemengd:
      'Je antwoorden lopen uiteen: bij sommige thema’s kies je de vaste kant, bij andere de groeikant. Ook binnen één gebied kan je houding per thema verschillen.',
    eerlijk:
      'Zie deze uitslag als hulpmiddel om over jezelf na te denken, niet als meting. Het is geen gevalideerde psychologische test, en het werkboek waar de items uit komen geeft geen normen of grenswaarden. De indeling hierboven volgt alleen de schaal zelf: 3 per item is precies het midden, en ligt je gemiddelde meer dan een halve stap daarvandaan, dan noemen we dat een kant.',
    anderGebied:
      'Je mindset kan per gebied verschillen. Doe de test ook eens voor een ander gebied en vergelijk.',
    perItemKop: 'Per item',
    perItemUitleg:
      'Links staat steeds de uitspraak die bij een vaste mindset past (1), rechts die bij een groeimindset (5). Bij items waar je 1 of 2 koos, staat een vraag om over na te denken en waar je er meer over leest.',
    stand: (score: Positie, vast: string, groei: string) =>
      ({
        1: `Helemaal bij: “${vast}”`,
        2: `Dichter bij: “${vast}”`,
        3: 'Precies tussen beide uitspraken in',
        4: `Dichter bij: “${groei}”`,
        5: `Helemaal bij: “${groei}”`,
      })[score],
    score: (score: Positie) => `${score} van 5`,
    reflectieKop: 'Om over na te denken:',
    leesVerder: 'Lees verder:',
    verderLezenKop: 'Verder lezen',
    bewaard: 'Deze uitslag is bewaard in deze browser, bij je andere uitslagen.',
    nietBewaard:
      'Deze uitslag kan in deze browser niet worden bewaard en is weg zodra je de pagina sluit. Druk hem af of exporteer hem als je hem wilt houden.',
    afdrukweergave: 'Afdrukweergave',
    opnieuw: 'Doe de test nog een keer',
    naarVergelijking: 'Naar de vergelijking van gebieden',
  },

  afdruk: {
    kop: (gebied: string) => `Uitslag voor ${gebied}`,
    afdrukken: 'Afdrukken',
    terug: 'Terug',
    uitleg:
      'Zo ziet je uitslag er op papier uit. Gebruik de knop Afdrukken of de afdrukfunctie van je browser.',
    aantekeningen: 'Aantekeningen voor het gesprek',
    voet: (adres: string) =>
      `Mindsettest van ${adres}. Een hulpmiddel om over jezelf na te denken, geen meting.`,
  },

  snelleCheck: {
    kop: 'Snelle check: intelligentie en persoonlijkheid',
    uitleg:
      'Vier uitspraken in twee paren, uit een artikel over leerdoelen en omgaan met falen. Kies per paar de uitspraak waar je het meest mee eens bent.',
    paar: {
      intelligentie: 'Over intelligentie: met welke uitspraak ben je het meest eens?',
      persoonlijkheid: 'Over persoonlijkheid: met welke uitspraak ben je het meest eens?',
    } satisfies Record<Paar, string>,
    paarNaam: {
      intelligentie: 'intelligentie',
      persoonlijkheid: 'persoonlijkheid',
    } satisfies Record<Paar, string>,
    nogNiet: 'Kies bij beide paren een uitspraak; dan lees je hier wat je keuze zegt.',
    lezing: {
      vast: 'Bij beide paren koos je de uitspraak dat het nauwelijks te veranderen is. Dat past bij een vaste mindset: je gaat ervan uit dat wat mensen kunnen, ook jijzelf, min of meer vastligt. Volgens de theorie geef je het bij tegenslag dan eerder op, met een gedachte als “hier ben ik gewoon niet geschikt voor”. Dat heet een hulpeloze reactie.',
      groei:
        'Bij beide paren koos je de uitspraak dat je het kunt veranderen. Dat past bij een groeimindset: je gelooft dat je capaciteiten kunnen groeien door inzet en oefening. Volgens de theorie ga je bij tegenslag dan eerder door en zoek je een betere aanpak. Dat heet een meesterschapsreactie.',
    },
    gemengd: (groeiPaar: string, vastPaar: string) =>
      `Over ${groeiPaar} denk je eerder in groei, over ${vastPaar} eerder dat het vastligt. Je mindset kan per onderwerp verschillen; de test met tien items helpt je dat per gebied uit te zoeken.`,
    eerlijk: 'Ook dit is een denkoefening, geen meting.',
  },

  vergelijking: {
    kop: 'Gebieden vergeleken',
    uitleg:
      'Per gebied je laatste uitslag, en hoe die veranderde sinds je de test eerder voor dat gebied deed.',
    leeg: 'Nog geen uitslagen. Als je de test doet, verschijnt je uitslag hier, per gebied.',
    laatste: (totaal: number, gemiddelde: number) =>
      `Laatste uitslag: ${totaal} van de 50 (gemiddeld ${formatGetal(gemiddelde)})`,
    laatsteDatum: (datum: string) => `op ${datum}`,
    verandering: (verschil: number, aantal: number) => {
      if (aantal === 1) return 'Eén keer ingevuld.';
      if (verschil > 0)
        return `${aantal} keer ingevuld; nu ${verschil} punten meer naar groei dan de eerste keer.`;
      if (verschil < 0)
        return `${aantal} keer ingevuld; nu ${-verschil} punten meer naar vast dan de eerste keer.`;
      return `${aantal} keer ingevuld; nu gelijk aan de eerste keer.`;
    },
    continuumTitel: (gebied: string) => `${gebied} op de lijn van vaste mindset naar groeimindset`,
    continuumDesc: (gemiddelden: number[]) =>
      gemiddelden.length === 1
        ? `Eén uitslag, gemiddeld ${formatGetal(gemiddelden[0] ?? 0)} op een schaal van 1 tot 5.`
        : `Uitslagen van oud naar nieuw, gemiddeld ${gemiddelden.map(formatGetal).join(', ')} op een schaal van 1 tot 5; de laatste is de grote stip.`,
    verloopKop: 'Verloop',
    stap: (datum: string, totaal: number) => `${datum}: ${totaal} van de 50`,
    verschil: (verschil: number | null) =>
      verschil === null ? 'eerste keer' : `${metTeken(verschil)} ten opzichte van de vorige keer`,
    bekijk: 'Bekijk',
    afdrukken: 'Afdrukweergave',
    verwijderen: 'Verwijderen',
    /** Completes the button names for screen readers: "Bekijk uitslag Werk van 12 mei 2025 om 14:03". */
    welke: (gebied: string, datum: string) => ` uitslag ${gebied} van ${datum}`,
    verwijderd: (gebied: string, datum: string) =>
      `De uitslag ${gebied} van ${datum} is verwijderd.`,
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
    exporteren: 'Exporteer als bestand (JSON)',
    exportNaam: (datum: string) => `mindsettest-uitslagen-${datum}.json`,
    geexporteerd: (n: number) =>
      n === 1
        ? '1 uitslag is geëxporteerd als bestand.'
        : `${n} uitslagen zijn geëxporteerd als bestand.`,
    importLabel: 'Importeer een eerder geëxporteerd bestand',
    importHint:
      'Alleen een bestand dat je hier eerder hebt geëxporteerd. Je bestaande uitslagen blijven staan; uitslagen die er al zijn, worden overgeslagen.',
    geimporteerd: (toegevoegd: number, alAanwezig: number, teVeel: number) =>
      [
        toegevoegd === 1 ? '1 uitslag toegevoegd.' : `${toegevoegd} uitslagen toegevoegd.`,
        alAanwezig > 0
          ? `${alAanwezig} stond${alAanwezig === 1 ? '' : 'en'} er al en ${alAanwezig === 1 ? 'is' : 'zijn'} overgeslagen.`
          : '',
        teVeel > 0 ? `${teVeel} pasten er niet meer bij; verwijder eerst oudere uitslagen.` : '',
      ]
        .filter(Boolean)
        .join(' '),
    importFout: {
      leeg: 'Het gekozen bestand is leeg. Er is niets ingelezen; je bestaande uitslagen zijn niet aangeraakt.',
      teGroot:
        'Dit bestand is veel groter dan een export van de mindsettest kan zijn. Er is niets ingelezen; je bestaande uitslagen zijn niet aangeraakt.',
      geenJson:
        'Dit bestand kunnen we niet lezen: het is geen (volledig) JSON-bestand. Er is niets ingelezen; je bestaande uitslagen zijn niet aangeraakt.',
      nietVanOns:
        'Dit bestand is geen export van de mindsettest van deze site. Er is niets ingelezen; je bestaande uitslagen zijn niet aangeraakt.',
      andereVersie:
        'Dit bestand komt uit een andere versie van de mindsettest en kan hier niet worden ingelezen. Je bestaande uitslagen zijn niet aangeraakt.',
      ongeldig:
        'In dit bestand staan uitslagen die niet kloppen, bijvoorbeeld met een ontbrekend antwoord. Er is niets ingelezen; je bestaande uitslagen zijn niet aangeraakt.',
    } satisfies Record<ImportFout, string>,
    leesFout:
      'Het bestand kon niet worden geopend. Er is niets ingelezen; je bestaande uitslagen zijn niet aangeraakt.',
    allesVerwijderen: 'Alle uitslagen verwijderen',
    bevestigVraag: (n: number) =>
      n === 1
        ? 'Weet je zeker dat je je uitslag wilt verwijderen? Dit kun je niet ongedaan maken.'
        : `Weet je zeker dat je alle ${n} uitslagen wilt verwijderen? Dit kun je niet ongedaan maken.`,
    bevestigJa: 'Ja, alles verwijderen',
    bevestigNee: 'Nee, bewaren',
    allesVerwijderd: 'Al je uitslagen zijn verwijderd.',
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
