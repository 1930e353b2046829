// The files a reader takes away: Markdown to read and share (quote, note, link), and the
// JSON backup of highlights, notes and reading places that another browser can merge in.
// The backup is the site's one export file format (src/lib/storage/transfer.ts), with its
// shared error codes. A module of its own: the list page loads it only when a file is
// made or read.
import { isRecord } from '@/lib/storage/versioned';
import {
  checkTransfer,
  encodeTransfer,
  parseJsonFile,
  type ImportError,
  type TransferFormat,
} from '@/lib/storage/transfer';
import {
  sectionLabel,
  validateAantekening,
  validateReadingPlaces,
  type Aantekening,
  type ReadingPlaces,
} from './model';
import { linkTo, type PageGroup } from './transfer';

/** A backup larger than this is not read (5000 notes of 2000 characters fit well). */
export const BACKUP_MAX_BYTES = 25 * 1024 * 1024;

/** What a backup holds: every highlight and note, and the reading places. */
export interface BackupData {
  aantekeningen: Aantekening[];
  leesplekken: ReadingPlaces;
}

/**
 * The backup file: {"soort": "zelfsturing-aantekeningen", "versie": 1, "gemaakt": …,
 * "bewaard": {aantekeningen, leesplekken}}. Inside a backup each entry is checked on its
 * own: what does not validate is skipped (and counted by parseBackup), the rest is kept.
 */
export const BACKUP_FORMAT: TransferFormat<BackupData> = {
  soort: 'zelfsturing-aantekeningen',
  versie: 1,
  veld: 'bewaard',
  validate: (value) => {
    if (!isRecord(value) || !Array.isArray(value.aantekeningen)) return undefined;
    const aantekeningen = value.aantekeningen.flatMap((item) => validateAantekening(item) ?? []);
    return { aantekeningen, leesplekken: validateReadingPlaces(value.leesplekken ?? {}) ?? {} };
  },
};

/** The backup as a JSON text. */
export function toBackup(
  aantekeningen: Aantekening[],
  leesplekken: ReadingPlaces,
  nu = new Date(),
): string {
  return encodeTransfer(BACKUP_FORMAT, { aantekeningen, leesplekken }, nu);
}

export type ParsedBackup =
  ({ ok: true; ongeldig: number } & BackupData) | { ok: false; reden: ImportError };

/**
 * Reads a backup file. A file that is not a backup is refused whole, with the shared
 * import error code; inside a backup, entries that do not validate are counted and skipped.
 */
export function parseBackup(text: string): ParsedBackup {
  const parsed = parseJsonFile(text, BACKUP_MAX_BYTES);
  if (!parsed.ok) return parsed;
  const checked = checkTransfer(parsed.data, BACKUP_FORMAT);
  if (!checked.ok) return checked;
  const stored = (parsed.data as { bewaard: { aantekeningen: unknown[] } }).bewaard;
  return {
    ok: true,
    ...checked.data,
    ongeldig: stored.aantekeningen.length - checked.data.aantekeningen.length,
  };
}

/** Markdown lines of a quote: every line of it prefixed with "> ". */
function blockquote(text: string): string {
  return text
    .split(/\r?\n/)
    .map((l) => `> ${l}`.trimEnd())
    .join('\n');
}

export interface MarkdownText {
  titel: string;
  gemaakt: string;
  notitie: string;
  link: string;
  sectieNotitie: (label: string) => string;
  wees: string;
}

/**
 * Markdown of every entry, grouped like the page: the quote as a blockquote, the note,
 * and an absolute link back to the place (`origin` is the site's address with its base).
 */
export function toMarkdown(
  groepen: PageGroup[],
  origin: string,
  t: MarkdownText,
  isOrphan: (a: Aantekening) => boolean = () => false,
): string {
  const lines: string[] = [`# ${t.titel}`, '', t.gemaakt, ''];
  for (const g of groepen) {
    lines.push(`## ${g.titel}`, '');
    for (const a of g.aantekeningen) {
      const label = a.sectie ? (sectionLabel(a.sectie) ?? a.sectie) : '';
      if (a.quote) lines.push(blockquote(a.quote.exact), '');
      else lines.push(`**${t.sectieNotitie(label)}**`, '');
      if (a.notitie) lines.push(`${t.notitie}: ${a.notitie.replace(/\r?\n/g, '  \n')}`, '');
      if (isOrphan(a)) lines.push(`*(${t.wees})*`, '');
      const href = linkTo(g, a);
      if (href)
        lines.push(`[${t.link}${label ? ` (${label})` : ''}](${new URL(href, origin).href})`, '');
    }
  }
  return lines.join('\n');
}
