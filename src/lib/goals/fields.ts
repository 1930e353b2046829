// Limits and field clean-up shared by the analyzer, the plans and the doelkaart. Kept
// apart so the stored-card validators load without the analyzer.

/** Longest goal that fits on a doelkaart. */
export const MAX_GOAL_LENGTH = 500;
/** Longest strategy or plan field. */
export const PLAN_FIELD_MAX = 300;

/** Trims a field, folds whitespace and drops a leading "als"/"dan" the user typed themselves. */
export function cleanField(text: string, lead?: 'als' | 'dan'): string {
  let t = text.replace(/\s+/g, ' ').trim();
  if (lead) t = t.replace(new RegExp(`^${lead}\\s+`, 'i'), '');
  return t.replace(/[.,;:!…]+$/u, '').slice(0, PLAN_FIELD_MAX);
}
