/**
 * Table 1 of the practice text "Hoe leerdoelen helpen bij het omgaan met falen en
 * motivatie": how a learning and a performance goal orientation differ on ten
 * dimensions (after Van Dam, 2009, p. 58). One source for the comparison table on
 * /praktijk/leerdoelen-en-falen/ and for the sorting exercise below it.
 *
 * Each cell has two forms: `kort` is the table's own wording, `gedachte` turns it into
 * a first-person thought that makes sense on its own, for the exercise (where the
 * dimension is only revealed in the feedback).
 */

/** The two goal orientations of Table 1. */
export type Orientation = 'leergericht' | 'prestatiegericht';

export const orientaties: readonly Orientation[] = ['leergericht', 'prestatiegericht'];

/** How one pole of a dimension reads in the table and as a thought. */
export interface Pool {
  /** The wording in the table cell. */
  kort: string;
  /** The same view as a thought someone might have ("Fouten horen bij leren."). */
  gedachte: string;
}

/** One row of Table 1. */
export interface Dimension {
  /** Stable id, also used to build the ids of the thoughts. */
  id: string;
  /** What the thoughts are about ("Fouten"). */
  naam: string;
  leergericht: Pool;
  prestatiegericht: Pool;
}

/** One thought of the sorting exercise: a cell of Table 1 with its answer. */
export interface Thought {
  /** "<dimension id>-<orientation>", e.g. "fouten-leergericht". */
  id: string;
  /** The thought as the reader sees it. */
  tekst: string;
  /** The orientation it belongs to (the right answer). */
  orientatie: Orientation;
  /** Name of the dimension it belongs to, shown in the feedback. */
  dimensie: string;
}

export const tableTitle = 'Verschillen tussen leerdoel- en prestatiedoeloriëntatie';

/** Where the table comes from, as the practice text cites it. */
export const tableSource = 'Van Dam (2009, p. 58)';

/** Column headings of the table. */
export const columnHeadings = {
  dimensie: 'Gedachten over',
  leergericht: 'Leerdoeloriëntatie',
  prestatiegericht: 'Prestatiedoeloriëntatie',
} as const;

/** The ten rows of Table 1, in the source's order. */
export const dimensies: readonly Dimension[] = [
  {
    id: 'vaardigheden',
    naam: 'Vaardigheden en intelligentie',
    leergericht: {
      kort: 'liggen niet vast',
      gedachte: 'Wat ik kan en hoe slim ik ben, ligt niet vast.',
    },
    prestatiegericht: {
      kort: 'liggen vast',
      gedachte: 'Wat ik kan en hoe slim ik ben, staat nu eenmaal vast.',
    },
  },
  {
    id: 'doelen',
    naam: 'Doelen',
    leergericht: {
      kort: 'mogen uitdagend zijn',
      gedachte: 'Een doel mag best uitdagend zijn.',
    },
    prestatiegericht: {
      kort: 'veilig',
      gedachte: 'Ik kies liever een doel dat veilig is.',
    },
  },
  {
    id: 'inspanning',
    naam: 'Inspanning',
    leergericht: {
      kort: 'positief, hoort erbij',
      gedachte: 'Moeite doen is goed; dat hoort erbij.',
    },
    prestatiegericht: {
      kort: 'negatief',
      gedachte: 'Als ik veel moeite moet doen, is dat een slecht teken.',
    },
  },
  {
    id: 'succes',
    naam: 'Succes',
    leergericht: {
      kort: 'kost veel inspanning',
      gedachte: 'Succes vraagt veel inspanning.',
    },
    prestatiegericht: {
      kort: 'kost weinig inspanning',
      gedachte: 'Succes is iets bereiken zonder veel moeite.',
    },
  },
  {
    id: 'falen',
    naam: 'Falen',
    leergericht: {
      kort: 'meesterschapsrespons',
      gedachte: 'Als iets mislukt, zoek ik uit hoe het beter kan en ga ik door.',
    },
    prestatiegericht: {
      kort: 'hulpeloosheidsrespons',
      gedachte: 'Als iets mislukt, voel ik me machteloos en haak ik af.',
    },
  },
  {
    id: 'strategie',
    naam: 'Strategie',
    leergericht: {
      kort: 'veelzijdig',
      gedachte: 'Werkt mijn aanpak niet, dan probeer ik een andere.',
    },
    prestatiegericht: {
      kort: 'eenzijdig',
      gedachte: 'Ik houd het bij de ene aanpak die ik ken.',
    },
  },
  {
    id: 'feedback',
    naam: 'Feedback',
    leergericht: {
      kort: 'wil positieve en negatieve feedback',
      gedachte: 'Ik hoor graag wat goed ging én wat beter kan.',
    },
    prestatiegericht: {
      kort: 'alleen positieve',
      gedachte: 'Ik wil alleen horen wat goed ging.',
    },
  },
  {
    id: 'motivatie',
    naam: 'Motivatie',
    leergericht: {
      kort: 'wil de eigen competentie verbeteren',
      gedachte: 'Ik wil vooral beter worden in wat ik doe.',
    },
    prestatiegericht: {
      kort: 'waardering van anderen',
      gedachte: 'Ik doe het vooral voor de waardering van anderen.',
    },
  },
  {
    id: 'fouten',
    naam: 'Fouten',
    leergericht: {
      kort: 'horen bij het leerproces',
      gedachte: 'Fouten maken hoort bij leren.',
    },
    prestatiegericht: {
      kort: 'vermijden',
      gedachte: 'Fouten moet ik zien te voorkomen.',
    },
  },
  {
    id: 'focus',
    naam: 'Focus',
    leergericht: {
      kort: 'het proces telt',
      gedachte: 'Voor mij telt vooral hoe ik het aanpak.',
    },
    prestatiegericht: {
      kort: 'het resultaat telt',
      gedachte: 'Voor mij telt vooral het resultaat.',
    },
  },
];

/** The twenty thoughts of the table (two per dimension), in table order. */
export const gedachten: readonly Thought[] = dimensies.flatMap((d) =>
  orientaties.map((orientatie) => ({
    id: `${d.id}-${orientatie}`,
    tekst: d[orientatie].gedachte,
    orientatie,
    dimensie: d.naam,
  })),
);
