// Moving doelkaarten between browsers: the export file in the site's one transfer
// format (../storage/transfer), read back through the same check as stored cards.
import { encodeTransfer, mergeById, parseTransfer, type ImportError, type TransferFormat } from '../storage/transfer.ts';
import { CARD_LIMITS, validateDoelkaarten, type Doelkaart } from './card.ts';

export type { ImportError };

/** The export file of the saved cards. */
export const CARDS_FORMAT: TransferFormat<Doelkaart[]> = {
  soort: 'zelfsturing-doelkaarten',
  versie: 1,
  veld: 'kaarten',
  validate: validateDoelkaarten,
};

/** JSON export of cards. */
export function encodeCards(kaarten: Doelkaart[], nu: Date = new Date()): string {
  return encodeTransfer(CARDS_FORMAT, kaarten, nu);
}

/** Reads an export file; never throws. */
export function parseCards(raw: string): { ok: true; kaarten: Doelkaart[] } | { ok: false; reden: ImportError } {
  const r = parseTransfer(raw, CARDS_FORMAT, CARD_LIMITS.importTekens);
  return r.ok ? { ok: true, kaarten: r.data } : r;
}

/** Adds imported cards whose id is new; keeps the list within the limit. */
export function mergeCards(
  bestaand: Doelkaart[],
  nieuw: Doelkaart[],
): { kaarten: Doelkaart[]; toegevoegd: number; alAanwezig: number; teVeel: number } {
  const { list, ...counts } = mergeById(bestaand, nieuw, CARD_LIMITS.kaarten);
  return { kaarten: list, ...counts };
}
