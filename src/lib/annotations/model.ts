// The shape of a reader's highlights, notes and reading places, as kept in this browser
// and in a backup file. Selectors follow the W3C Web Annotation model: a quote with the
// text around it (TextQuoteSelector) and where it was (TextPositionSelector, a hint only).
import * as z from 'zod/mini';

/** The three highlight colours, in the order the toolbar offers them. */
export const KLEUREN = ['geel', 'groen', 'roze'] as const;
export type Kleur = (typeof KLEUREN)[number];

/** Characters of context kept on each side of a quote. */
export const CONTEXT = 32;
/** Longest quote kept (a longer selection is cut here). */
export const QUOTE_MAX = 2000;
/** Longest note. */
export const NOTITIE_MAX = 2000;
/** Most highlights and notes kept in one browser. */
export const AANTEKENINGEN_MAX = 5000;

const tekst = (max: number) => z.string().check(z.maxLength(max));
const datum = z.string().check(
  z.maxLength(40),
  z.refine((s) => !Number.isNaN(Date.parse(s))),
);

export const quoteSchema = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().check(z.minLength(1), z.maxLength(QUOTE_MAX)),
  prefix: tekst(CONTEXT * 2),
  suffix: tekst(CONTEXT * 2),
});

export const positionSchema = z.object({
  type: z.literal('TextPositionSelector'),
  start: z.number().check(z.int(), z.gte(0)),
  end: z.number().check(z.int(), z.gte(0)),
});

export const aantekeningSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(80)),
  /** Site path without the base path, e.g. "studie/5-doelen/". */
  pagina: z.string().check(z.minLength(1), z.maxLength(200), z.regex(/^[a-z0-9][a-z0-9/-]*\/$/)),
  /** Id of the section heading the quote is under ("5-4"); the whole target of a section note. */
  sectie: z.optional(tekst(80)),
  /** Absent for a note on a section as a whole (the heading's "Notitie bij" control). */
  quote: z.optional(quoteSchema),
  position: z.optional(positionSchema),
  kleur: z.enum(KLEUREN),
  notitie: tekst(NOTITIE_MAX),
  gemaakt: datum,
  gewijzigd: datum,
  /** Set when the reading page could no longer find the quote ("niet meer gevonden"). */
  wees: z.optional(datum),
});

export type TextQuoteSelector = z.infer<typeof quoteSchema>;
export type TextPositionSelector = z.infer<typeof positionSchema>;
export type Aantekening = z.infer<typeof aantekeningSchema>;

export const aantekeningenSchema = z.array(aantekeningSchema).check(z.maxLength(AANTEKENINGEN_MAX));

/** Where a reader is in one page: the last section read and whether it was marked read. */
export const leesplekSchema = z.object({
  sectie: z.optional(tekst(80)),
  /** The section as shown: "§ 5.4" or a heading's text. */
  label: z.optional(tekst(200)),
  gelezen: z.optional(datum),
  bijgewerkt: datum,
});
export type Leesplek = z.infer<typeof leesplekSchema>;

/** Reading places by page path ("studie/5-doelen/"). */
export const leesplekkenSchema = z.record(
  z.string().check(z.maxLength(200), z.regex(/^[a-z0-9][a-z0-9/-]*\/$/)),
  leesplekSchema,
);
export type Leesplekken = z.infer<typeof leesplekkenSchema>;

/** Validators in the form persisted.ts takes: the typed value, or undefined. */
export function validateAantekeningen(value: unknown): Aantekening[] | undefined {
  const result = aantekeningenSchema.safeParse(value);
  return result.success ? result.data : undefined;
}

export function validateLeesplekken(value: unknown): Leesplekken | undefined {
  const result = leesplekkenSchema.safeParse(value);
  return result.success ? result.data : undefined;
}

/** The section label shown for a heading id: "5-4" → "§ 5.4"; other ids are not numbered. */
export function sectieLabel(id: string): string | undefined {
  return /^\d+(-\d+)+$/.test(id) ? `§ ${id.replaceAll('-', '.')}` : undefined;
}
