// Texts of a result, the print view, the comparison of areas and the data actions of
// the mindset self-test: the island loads them with those views, after the first
// interaction (see src/islands/mindset/Resultaten.tsx). The paper version uses one.
import type { Richting } from '@/lib/mindset/reading';
import type { Positie } from '@/lib/mindset/score';
import type { ImportError } from '@/lib/mindset/transfer';

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

export const resultaatStrings = {
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

  vergelijking: {
    uitleg:
      'Per gebied je laatste uitslag, en hoe die veranderde sinds je de test eerder voor dat gebied deed.',
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
    exporteren: 'Exporteer als bestand (JSON)',
    exportNaam: (datum: string) => `mindsettest-uitslagen-${datum}.json`,
    geexporteerd: (n: number) =>
      n === 1
        ? '1 uitslag is geëxporteerd als bestand.'
        : `${n} uitslagen zijn geëxporteerd als bestand.`,
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
      empty: 'Het gekozen bestand is leeg. Er is niets ingelezen; je bestaande uitslagen zijn niet aangeraakt.',
      'too-large':
        'Dit bestand is veel groter dan een export van de mindsettest kan zijn. Er is niets ingelezen; je bestaande uitslagen zijn niet aangeraakt.',
      'not-json':
        'Dit bestand kunnen we niet lezen: het is geen (volledig) JSON-bestand. Er is niets ingelezen; je bestaande uitslagen zijn niet aangeraakt.',
      'unknown-kind':
        'Dit bestand is geen export van de mindsettest van deze site. Er is niets ingelezen; je bestaande uitslagen zijn niet aangeraakt.',
      'newer-version':
        'Dit bestand komt uit een nieuwere versie van de mindsettest dan deze site. Er is niets ingelezen; je bestaande uitslagen zijn niet aangeraakt.',
      'other-version':
        'Dit bestand komt uit een andere versie van de mindsettest en kan hier niet worden ingelezen. Je bestaande uitslagen zijn niet aangeraakt.',
      invalid:
        'In dit bestand staan uitslagen die niet kloppen, bijvoorbeeld met een ontbrekend antwoord. Er is niets ingelezen; je bestaande uitslagen zijn niet aangeraakt.',
    } satisfies Record<ImportError, string>,
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
} as const;
