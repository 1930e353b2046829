// Texts of a result, the print view, the comparison of areas and the data actions of
// the mindset self-test: the island loads them with those views, after the first
// interaction (see src/islands/mindset/Results.tsx). The paper version uses one.
import type { Direction } from '@/lib/mindset/reading';
import type { Position } from '@/lib/mindset/score';
import type { ImportError } from '@/lib/mindset/transfer';

const dateFormat = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short' });
const numberFormat = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

/** "12 mei 2025 om 14:03". */
export function formatDate(iso: string): string {
  return dateFormat.format(new Date(iso));
}

/** "3,4"; whole numbers without a decimal. */
export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

/** "+3", "−2" or "0" (with a real minus sign). */
function metTeken(n: number): string {
  if (n > 0) return `+${n}`;
  if (n < 0) return `−${-n}`;
  return '0';
}

export const resultsStrings = {
  uitslag: {
    kop: (gebied: string) => `Jouw uitslag: ${gebied}`,
    datum: (datum: string) => `Ingevuld op ${datum}.`,
    totaal: (totaal: number, gemiddelde: number) =>
      `Je totaal is ${totaal} van de 50. Dat is gemiddeld ${formatNumber(gemiddelde)} per item. De schaal loopt van 1 (vast) tot 5 (groei).`,
    continuumTitel: 'Jouw plek op de lijn van vaste mindset naar groeimindset',
    continuumDesc: (gemiddelde: number) =>
      `Een lijn met vijf posities, van 1 (vaste mindset, links) tot 5 (groeimindset, rechts). Jouw gemiddelde van ${formatNumber(gemiddelde)} staat als stip op de lijn.`,
    poolVast: 'vaste mindset',
    poolGroei: 'groeimindset',
    lezingKop: 'Wat zegt dit?',
    band: {
      vast: 'Voor dit gebied kies je vooral de linkerkant. Je denkt eerder dat wat je kunt vastligt. Dat is geen oordeel over jou. Het is een houding, en een houding kan veranderen. Hieronder zie je bij welke items dit vooral speelt.',
      midden:
        'Voor dit gebied liggen je antwoorden rond het midden. Soms denk je eerder dat je kunt groeien. Soms denk je eerder dat wat je kunt vastligt. Of je twijfelt. Hieronder zie je welke items naar de vaste kant gaan.',
      groei:
        'Voor dit gebied kies je vooral de rechterkant. Je denkt eerder dat je kunt leren en beter kunt worden. Door te oefenen, door moeite te doen en door feedback.',
    } satisfies Record<Direction, string>,
    gemengd:
      'Je antwoorden lopen uiteen. Bij sommige items kies je de vaste kant, bij andere de groeikant. Ook binnen één gebied kan dat per onderwerp verschillen.',
    eerlijk:
      'Gebruik deze uitslag om over jezelf na te denken. Het is geen meting, en geen echte psychologische test. Er is ook geen grens waarboven je “goed” scoort. We kijken alleen naar de schaal zelf. 3 is precies het midden. Ligt je gemiddelde meer dan een halve stap van 3 af? Dan noemen we dat een kant.',
    anderGebied:
      'Je mindset kan per gebied verschillen. Doe de test ook eens voor een ander gebied. Dan kun je ze vergelijken.',
    perItemKop: 'Per item',
    perItemUitleg:
      'Links staat steeds de uitspraak van een vaste mindset (1). Rechts staat de uitspraak van een groeimindset (5). Koos je 1 of 2? Dan staat er een vraag om over na te denken. En een link om er meer over te lezen.',
    stand: (score: Position, vast: string, groei: string) =>
      ({
        1: `Helemaal bij: “${vast}”`,
        2: `Dichter bij: “${vast}”`,
        3: 'Precies tussen beide uitspraken in',
        4: `Dichter bij: “${groei}”`,
        5: `Helemaal bij: “${groei}”`,
      })[score],
    score: (score: Position) => `${score} van 5`,
    reflectieKop: 'Om over na te denken:',
    leesVerder: 'Meer weten:',
    verderLezenKop: 'Meer weten',
    bewaard: 'Deze uitslag is bewaard in deze browser, bij je andere uitslagen.',
    nietBewaard:
      'Deze uitslag kan in deze browser niet worden bewaard. Hij is weg als je de pagina sluit. Wil je hem houden? Druk hem dan af of download hem.',
    afdrukweergave: 'Afdrukweergave',
    opnieuw: 'Doe de test nog een keer',
    naarVergelijking: 'Naar de vergelijking van gebieden',
  },

  afdruk: {
    kop: (gebied: string) => `Uitslag voor ${gebied}`,
    afdrukken: 'Afdrukken',
    terug: 'Terug',
    uitleg: 'Zo ziet je uitslag er op papier uit. Klik op Afdrukken.',
    aantekeningen: 'Aantekeningen voor het gesprek',
    voet: (adres: string) =>
      `Mindsettest van ${adres}. Een hulpmiddel om over jezelf na te denken, geen meting.`,
  },

  vergelijking: {
    uitleg:
      'Hier zie je per gebied je laatste uitslag. En hoe die veranderde sinds de vorige keer.',
    laatste: (totaal: number, gemiddelde: number) =>
      `Laatste uitslag: ${totaal} van de 50 (gemiddeld ${formatNumber(gemiddelde)})`,
    laatsteDatum: (datum: string) => `op ${datum}`,
    verandering: (verschil: number, aantal: number) => {
      if (aantal === 1) return 'Eén keer ingevuld.';
      const punten = (n: number) => `${n} ${n === 1 ? 'punt' : 'punten'}`;
      if (verschil > 0)
        return `${aantal} keer ingevuld; nu ${punten(verschil)} meer naar groei dan de eerste keer.`;
      if (verschil < 0)
        return `${aantal} keer ingevuld; nu ${punten(-verschil)} meer naar vast dan de eerste keer.`;
      return `${aantal} keer ingevuld; nu gelijk aan de eerste keer.`;
    },
    continuumTitel: (gebied: string) => `${gebied} op de lijn van vaste mindset naar groeimindset`,
    continuumDesc: (gemiddelden: number[]) =>
      gemiddelden.length === 1
        ? `Eén uitslag, gemiddeld ${formatNumber(gemiddelden[0] ?? 0)} op een schaal van 1 tot 5.`
        : `Uitslagen van oud naar nieuw, gemiddeld ${gemiddelden.map(formatNumber).join(', ')} op een schaal van 1 tot 5; de laatste is de grote stip.`,
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
    exporteren: 'Download je uitslagen als bestand',
    exportNaam: (datum: string) => `mindsettest-uitslagen-${datum}.json`,
    geexporteerd: (n: number) =>
      n === 1
        ? '1 uitslag is gedownload als bestand.'
        : `${n} uitslagen zijn gedownload als bestand.`,
    geimporteerd: (toegevoegd: number, alAanwezig: number, teVeel: number) =>
      [
        toegevoegd === 1 ? '1 uitslag toegevoegd.' : `${toegevoegd} uitslagen toegevoegd.`,
        alAanwezig > 0
          ? `${alAanwezig} stond${alAanwezig === 1 ? '' : 'en'} er al en ${alAanwezig === 1 ? 'is' : 'zijn'} overgeslagen.`
          : '',
        teVeel > 0
          ? `${teVeel} ${teVeel === 1 ? 'paste' : 'pasten'} er niet meer bij. Verwijder eerst oude uitslagen.`
          : '',
      ]
        .filter(Boolean)
        .join(' '),
    importErrors: {
      empty: 'Het bestand is leeg. Er is niets veranderd aan je uitslagen.',
      'too-large':
        'Dit bestand is te groot voor een bestand van de mindsettest. Er is niets veranderd aan je uitslagen.',
      'not-json':
        'Dit bestand kunnen we niet lezen. Misschien is het niet compleet. Er is niets veranderd aan je uitslagen.',
      'unknown-kind':
        'Dit is geen bestand van de mindsettest van deze site. Er is niets veranderd aan je uitslagen.',
      'newer-version':
        'Dit bestand komt uit een nieuwere versie van de mindsettest. Er is niets veranderd aan je uitslagen.',
      'other-version':
        'Dit bestand komt uit een andere versie van de mindsettest. We kunnen het hier niet openen. Er is niets veranderd aan je uitslagen.',
      invalid:
        'In dit bestand staan uitslagen die niet kloppen. Er ontbreekt bijvoorbeeld een antwoord. Er is niets veranderd aan je uitslagen.',
    } satisfies Record<ImportError, string>,
    allesVerwijderen: 'Alle uitslagen verwijderen',
    bevestigVraag: (n: number) =>
      n === 1
        ? 'Weet je zeker dat je je uitslag wilt verwijderen? Je krijgt hem niet meer terug.'
        : `Weet je zeker dat je alle ${n} uitslagen wilt verwijderen? Je krijgt ze niet meer terug.`,
    bevestigJa: 'Ja, alles verwijderen',
    bevestigNee: 'Nee, bewaren',
    allesVerwijderd: 'Al je uitslagen zijn verwijderd.',
  },
} as const;
