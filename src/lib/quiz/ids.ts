/** Statement ids: lower-case words joined by single hyphens, as the content schema demands. */
export const STELLING_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Longest id we accept from a URL or from storage. */
export const ID_MAX = 80;

/** True for a well-formed statement id. */
export function isStellingId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= ID_MAX && STELLING_ID.test(value);
}

/** Most statements in one set or round; more is a typo or an attack, not a lesson. */
export const SET_MAX = 300;

/** The query string for a set: "?set=a,b,c" (commas stay readable in a URL). */
export function encodeQuizSet(ids: readonly string[]): string {
  return `?set=${ids.map(encodeURIComponent).join(',')}`;
}
