// Ids for records kept in this browser (saved results, doelkaarten and their plans).

/** A random id; randomUUID is missing on plain http, hence the fallback. */
export function newId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function')
    return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}
