// Quiz sets in a URL. A trainer prepares a set at home and opens the link in class,
// so the format is plain and forgiving: `?set=h5-competitie-motiveert,h8-…` lists the
// statements in the order they are shown; `?hoofdstuk=5,8,leiderschap` picks whole pages.
import { encodeQuizSet, isStellingId, SET_MAX } from './ids';
import type { QuizGroup } from './types';

// The encoder lives with the ids: the classroom page writes links on every change but
// reads one only when it arrives with ?set= (see ./klas-url.ts).
export { encodeQuizSet, SET_MAX };

/** Longest piece of a bad entry we repeat back to the visitor. */
const ECHO_MAX = 40;

/** What a set parameter held: the ids to use and what had to be left out. */
export interface DecodedSet {
  /** Known ids, first occurrence order. */
  ids: string[];
  /** Well-formed ids that are not in the statement bank. */
  unknown: string[];
  /** Ids that appeared more than once (listed once each). */
  duplicate: string[];
  /** Entries that are not ids at all, shortened for display. */
  malformed: string[];
  /** True when entries beyond SET_MAX were ignored. */
  truncated: boolean;
}

/** Splits a list parameter on commas, semicolons and white space; empty entries are dropped. */
function entries(raw: string): { list: string[]; truncated: boolean } {
  const all = raw.split(/[\s,;]+/).filter((e) => e !== '');
  return { list: all.slice(0, SET_MAX), truncated: all.length > SET_MAX };
}

function echo(entry: string): string {
  return entry.length > ECHO_MAX ? `${entry.slice(0, ECHO_MAX)}…` : entry;
}

/** Reads a `set` parameter against the known ids; never throws. */
export function decodeQuizSet(raw: string | null | undefined, known: ReadonlySet<string>): DecodedSet {
  const result: DecodedSet = { ids: [], unknown: [], duplicate: [], malformed: [], truncated: false };
  if (!raw) return result;
  const { list, truncated } = entries(raw);
  result.truncated = truncated;
  const seen = new Set<string>();
  for (const entry of list) {
    const id = entry.toLowerCase();
    if (!isStellingId(id)) {
      result.malformed.push(echo(entry));
    } else if (seen.has(id)) {
      if (!result.duplicate.includes(id)) result.duplicate.push(id);
    } else {
      seen.add(id);
      (known.has(id) ? result.ids : result.unknown).push(id);
    }
  }
  return result;
}

/** What a `hoofdstuk` parameter held: the statements of the named pages, and what was not found. */
export interface DecodedPages {
  ids: string[];
  /** Page tokens that match no page with statements. */
  unknown: string[];
}

/** Reads `hoofdstuk=5,8,leiderschap`: whole pages, in the order given, without repeats. */
export function decodeQuizPages(raw: string | null | undefined, groepen: readonly QuizGroup[]): DecodedPages {
  const result: DecodedPages = { ids: [], unknown: [] };
  if (!raw) return result;
  const taken = new Set<string>();
  for (const entry of entries(raw).list) {
    const token = entry.toLowerCase();
    const groep = groepen.find((g) => g.kort === token || g.key === token);
    if (!groep) {
      if (!result.unknown.includes(token)) result.unknown.push(echo(token));
      continue;
    }
    if (taken.has(groep.key)) continue;
    taken.add(groep.key);
    result.ids.push(...groep.ids);
  }
  return result;
}

/** Reads a whole query string: `set` wins over `hoofdstuk`; returns the ids and every problem. */
export function decodeQuizQuery(search: string, groepen: readonly QuizGroup[]): DecodedSet & { requested: boolean } {
  const params = new URLSearchParams(search);
  const set = params.get('set');
  const known = new Set(groepen.flatMap((g) => g.ids));
  if (set !== null) return { ...decodeQuizSet(set, known), requested: true };
  const pages = params.get('hoofdstuk');
  if (pages !== null) {
    const decoded = decodeQuizPages(pages, groepen);
    return { ids: decoded.ids, unknown: decoded.unknown, duplicate: [], malformed: [], truncated: false, requested: true };
  }
  return { ids: [], unknown: [], duplicate: [], malformed: [], truncated: false, requested: false };
}
