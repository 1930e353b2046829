// Shapes shared by the quiz logic, the stores and the islands. The statements come
// from the `stellingen` collection; the pages hand the islands only these fields.

/** The verdict of a statement, as in the content schema. */
export type Oordeel = 'waar' | 'misvatting';

/** Both verdicts, in the order the buttons show them. */
export const OORDELEN: readonly Oordeel[] = ['waar', 'misvatting'];

/** One statement as the quiz islands need it. */
export interface QuizStelling {
  id: string;
  stelling: string;
  oordeel: Oordeel;
  uitleg: string;
  waaromGeloofd?: string | undefined;
  /** Link to the section that backs the verdict, base path included. */
  href: string;
  /** Where that is, for a link text ("§5.5" or the page title). */
  bron: string;
  /** Key of the page the statement belongs to ("studie/5-doelen"). */
  groep: string;
}

/** A statement's id and text: what the set builder lists, before any verdict is needed. */
export type QuizText = Pick<QuizStelling, 'id' | 'stelling'>;

/** A page with statements: a chapter or a practice page. */
export interface QuizGroup {
  /** "studie/5-doelen" */
  key: string;
  /** Short token for set URLs: the chapter number ("5") or the page id ("leiderschap"). */
  kort: string;
  /** "Hoofdstuk 5 · Wat voor doelen …" */
  label: string;
  /** The page's statement ids, in page order. */
  ids: string[];
}

/** True for a verdict. */
export function isOordeel(value: unknown): value is Oordeel {
  return value === 'waar' || value === 'misvatting';
}

/** "5-4" → "5.4" for section anchors; undefined for anchors that are not section numbers. */
export function sectionNumber(anker: string): string | undefined {
  return /^\d+(-\d+)+$/.test(anker) ? anker.replaceAll('-', '.') : undefined;
}
