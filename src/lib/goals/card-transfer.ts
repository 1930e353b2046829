// Moving doelkaarten between browsers: the JSON export file, reading one back (never
// trusting it: every card is validated as if it came from storage) and adding its
// cards to the saved ones.
import { isRecord } from '../storage/versioned.ts';
import { CARD_LIMITS, validateDoelkaarten, type Doelkaart } from './card.ts';

/** Marks our export files. */
export const EXPORT_KIND = 'zelfsturing-doelkaarten';
export const EXPORT_VERSION = 1;

/** JSON export of cards. */
export function encodeCards(kaarten: Doelkaart[], nu: Date = new Date()): string {
  return JSON.stringify(
    { soort: EXPORT_KIND, versie: EXPORT_VERSION, gemaakt: nu.toISOString(), kaarten },
    null,
    2,
  );
}

export type ImportFout = 'leeg' | 'te-groot' | 'geen-json' | 'onbekend' | 'ongeldig';

/** Reads an export file; never throws. */
export function parseCards(
  raw: string,
): { ok: true; kaarten: Doelkaart[] } | { ok: false; reden: ImportFout } {
  if (!raw.trim()) return { ok: false, reden: 'leeg' };
  if (raw.length > CARD_LIMITS.importTekens) return { ok: false, reden: 'te-groot' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, reden: 'geen-json' };
  }
  if (!isRecord(data) || data.soort !== EXPORT_KIND) return { ok: false, reden: 'onbekend' };
  if (data.versie !== EXPORT_VERSION) return { ok: false, reden: 'ongeldig' };
  const kaarten = validateDoelkaarten(data.kaarten);
  return kaarten ? { ok: true, kaarten } : { ok: false, reden: 'ongeldig' };
}

/** Adds imported cards whose id is new; keeps the list within the limit. */
export function mergeCards(
  bestaand: Doelkaart[],
  nieuw: Doelkaart[],
): { kaarten: Doelkaart[]; toegevoegd: number; alAanwezig: number; teVeel: number } {
  const ids = new Set(bestaand.map((k) => k.id));
  const kaarten = [...bestaand];
  let toegevoegd = 0;
  let alAanwezig = 0;
  let teVeel = 0;
  for (const k of nieuw) {
    if (ids.has(k.id)) alAanwezig++;
    else if (kaarten.length >= CARD_LIMITS.kaarten) teVeel++;
    else {
      kaarten.push(k);
      ids.add(k.id);
      toegevoegd++;
    }
  }
  return { kaarten, toegevoegd, alAanwezig, teVeel };
}
