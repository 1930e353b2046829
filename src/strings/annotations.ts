// The texts of highlights and notes on a reading page: toolbar, panel, section notes,
// reading place, and the colour names. The page "Mijn aantekeningen" has its own
// (./annotations-page.ts), which a reading page does not load.
import type { Colour } from '@/lib/annotations/model';

export const colourNames: Record<Colour, string> = { geel: 'Geel', groen: 'Groen', roze: 'Roze' };

export const annotationStrings = {
  markeer: 'Markeer',
  notitie: 'Notitie',
  toolbar: 'Markeren of een notitie maken bij de selectie',
  paneel: 'Markering',
  kleur: 'Kleur',
  notitieVeld: 'Notitie',
  bewaar: 'Bewaar',
  verwijder: 'Verwijder',
  verwijderMarkering: 'Verwijder markering',
  sluit: 'Sluit',
  sectieNotitie: (label: string) => `Notitie bij ${label}`,
  bewerk: 'Bewerk notitie',
  bewaard: 'Markering bewaard.',
  notitieBewaard: 'Notitie bewaard.',
  verwijderd: 'Markering verwijderd.',
  notitieVerwijderd: 'Notitie verwijderd.',
  teLang: (max: number) =>
    `Een notitie mag ${max} tekens lang zijn; maak haar korter om te bewaren.`,
  nietBewaard:
    'Deze browser bewaart niets (bijvoorbeeld in een privévenster) of de opslag is vol: je markering staat alleen in dit venster.',
  verderLezen: (label: string) => `Verder lezen bij ${label}`,
  gelezen: 'Gelezen',
  klaar: 'Klaar met deze pagina?',
  mijnAantekeningen: 'Mijn aantekeningen',
  wees: 'niet meer gevonden in de tekst',
  weesOpPagina: (n: number) =>
    n === 1
      ? '1 markering op deze pagina is niet meer gevonden in de tekst (de tekst is veranderd).'
      : `${n} markeringen op deze pagina zijn niet meer gevonden in de tekst (de tekst is veranderd).`,
  bekijkWees: 'Bekijk ze bij Mijn aantekeningen',
  uitleg: 'Markering. Druk op Enter om de kleur of de notitie te wijzigen.',
} as const;
