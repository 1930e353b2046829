// The shape of a reader's highlights, notes and reading places, as kept in this browser
// and in a backup file. Selectors follow the W3C Web Annotation model: a quote with the
// text around it (TextQuoteSelector) and where it was (TextPositionSelector, a hint only).
// Validated with the same small validators as every other store (lib/storage/versioned):
// this code is fetched on a reader's first selection, so it stays small.
import { isIsoDate, isRecord, isText, validateList, type ListRule } from '@/lib/storage/versioned';

/** The three highlight colours, in the order the toolbar offers them. */
export const COLOURS = ['geel', 'groen', 'roze'] as const;
export type Colour = (typeof COLOURS)[number];

/** Characters of context kept on each side of a quote. */
export const CONTEXT = 32;
/** Longest quote kept (a longer selection is cut here). */
export const QUOTE_MAX = 2000;
/** Longest note. */
export const NOTITIE_MAX = 2000;
/** Most highlights and notes kept in one browser. */
export const AANTEKENINGEN_MAX = 5000;

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface Aantekening {
  id: string;
  /** Site path without the base path, e.g. "studie/5-doelen/". */
  pagina: string;
  /** Id of the section heading the quote is under ("5-4"); the whole target of a section note. */
  sectie?: string;
  /** Absent for a note on a section as a whole (the heading's "Notitie bij" control). */
  quote?: TextQuoteSelector;
  position?: TextPositionSelector;
  kleur: Colour;
  notitie: string;
  gemaakt: string;
  gewijzigd: string;
  /** Set when the reading page could no longer find the quote ("niet meer gevonden"). */
  wees?: string;
}

/** Where a reader is in one page: the last section read and whether it was marked read. */
export interface ReadingPlace {
  sectie?: string;
  /** The section as shown: "§ 5.4" or a heading's text. */
  label?: string;
  gelezen?: string;
  bijgewerkt: string;
}

/** Reading places by page path ("studie/5-doelen/"). */
export type ReadingPlaces = Record<string, ReadingPlace>;

const PAGE_PATH = /^[a-z0-9][a-z0-9/-]*\/$/;
const isPage = (v: unknown): v is string =>
  typeof v === 'string' && v.length <= 200 && PAGE_PATH.test(v);
const isOffset = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
/** A string that may be empty, up to `max` characters. */
const isString = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const optional = <T>(v: unknown, check: (v: unknown) => v is T): boolean =>
  v === undefined || check(v);

export function validateQuote(v: unknown): TextQuoteSelector | undefined {
  if (!isRecord(v) || v.type !== 'TextQuoteSelector' || !isText(v.exact, QUOTE_MAX))
    return undefined;
  if (!isString(v.prefix, CONTEXT * 2) || !isString(v.suffix, CONTEXT * 2)) return undefined;
  return { type: 'TextQuoteSelector', exact: v.exact, prefix: v.prefix, suffix: v.suffix };
}

export function validatePosition(v: unknown): TextPositionSelector | undefined {
  if (!isRecord(v) || v.type !== 'TextPositionSelector' || !isOffset(v.start) || !isOffset(v.end))
    return undefined;
  return { type: 'TextPositionSelector', start: v.start, end: v.end };
}

/** One highlight or note, or undefined when any field is wrong (unknown fields are dropped). */
export function validateAantekening(v: unknown): Aantekening | undefined {
  if (!isRecord(v) || !isText(v.id, 80) || !isPage(v.pagina)) return undefined;
  if (!(COLOURS as readonly unknown[]).includes(v.kleur) || !isString(v.notitie, NOTITIE_MAX))
    return undefined;
  if (!isIsoDate(v.gemaakt) || !isIsoDate(v.gewijzigd) || !optional(v.wees, isIsoDate))
    return undefined;
  if (!optional(v.sectie, (s): s is string => isText(s, 80))) return undefined;
  const quote = v.quote === undefined ? undefined : validateQuote(v.quote);
  const position = v.position === undefined ? undefined : validatePosition(v.position);
  if ((v.quote !== undefined && !quote) || (v.position !== undefined && !position))
    return undefined;
  return {
    id: v.id,
    pagina: v.pagina,
    ...(v.sectie !== undefined ? { sectie: v.sectie as string } : {}),
    ...(quote ? { quote } : {}),
    ...(position ? { position } : {}),
    kleur: v.kleur as Colour,
    notitie: v.notitie,
    gemaakt: v.gemaakt,
    gewijzigd: v.gewijzigd,
    ...(v.wees !== undefined ? { wees: v.wees as string } : {}),
  };
}

/** How the stored list is read (src/stores/persisted.ts): each entry on its own, ids unique. */
export const AANTEKENINGEN_RULE: ListRule<Aantekening> = {
  item: validateAantekening,
  max: AANTEKENINGEN_MAX,
  id: (a) => a.id,
};

/** A whole list (a backup file's): every entry valid, ids unique; else undefined. */
export function validateAantekeningen(value: unknown): Aantekening[] | undefined {
  return validateList(value, AANTEKENINGEN_RULE);
}

function validateReadingPlace(v: unknown): ReadingPlace | undefined {
  if (!isRecord(v) || !isIsoDate(v.bijgewerkt)) return undefined;
  if (
    !optional(v.sectie, (s): s is string => isText(s, 80)) ||
    !optional(v.label, (s): s is string => isText(s, 200))
  )
    return undefined;
  if (!optional(v.gelezen, isIsoDate)) return undefined;
  return {
    ...(v.sectie !== undefined ? { sectie: v.sectie as string } : {}),
    ...(v.label !== undefined ? { label: v.label as string } : {}),
    ...(v.gelezen !== undefined ? { gelezen: v.gelezen as string } : {}),
    bijgewerkt: v.bijgewerkt,
  };
}

export function validateReadingPlaces(value: unknown): ReadingPlaces | undefined {
  if (!isRecord(value)) return undefined;
  const out: ReadingPlaces = {};
  for (const [pagina, plek] of Object.entries(value)) {
    const checked = validateReadingPlace(plek);
    if (!isPage(pagina) || !checked) return undefined;
    out[pagina] = checked;
  }
  return out;
}

/** The section label shown for a heading id: "5-4" → "§ 5.4"; other ids are not numbered. */
export function sectionLabel(id: string): string | undefined {
  return /^\d+(-\d+)+$/.test(id) ? `§ ${id.replaceAll('-', '.')}` : undefined;
}
