// Export and import of a reader's highlights and notes: Markdown to read and share
// (quote, note, link), and a JSON backup that another browser can merge in.
import { isRecord } from '@/lib/storage/versioned';
import {
  AANTEKENINGEN_MAX,
  validateAantekening,
  validateReadingPlaces,
  sectionLabel,
  type Aantekening,
  type ReadingPlaces,
} from './model';

/** What a backup file says it is; checked before anything in it is read. */
export const BACKUP_KIND = 'zelfsturing-aantekeningen';
export const BACKUP_VERSION = 1;
/** A backup larger than this is not read (5000 notes of 2000 characters fit well). */
export const BACKUP_MAX_BYTES = 25 * 1024 * 1024;

export interface Backup {
  soort: typeof BACKUP_KIND;
  versie: number;
  gemaakt: string;
  aantekeningen: Aantekening[];
  leesplekken: ReadingPlaces;
}

/** The backup as a JSON text. */
export function toBackup(
  aantekeningen: Aantekening[],
  leesplekken: ReadingPlaces,
  nu = new Date(),
): string {
  const backup: Backup = {
    soort: BACKUP_KIND,
    versie: BACKUP_VERSION,
    gemaakt: nu.toISOString(),
    aantekeningen,
    leesplekken,
  };
  return JSON.stringify(backup, null, 2);
}

export type ParsedBackup =
  | { ok: true; aantekeningen: Aantekening[]; leesplekken: ReadingPlaces; ongeldig: number }
  | { ok: false; reden: 'not-backup' | 'too-large' };

/**
 * Reads a backup file. A file that is not a backup is refused whole; inside a backup,
 * each entry that does not validate is counted and skipped, the rest is kept.
 */
export function parseBackup(text: string): ParsedBackup {
  if (text.length > BACKUP_MAX_BYTES) return { ok: false, reden: 'too-large' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reden: 'not-backup' };
  }
  if (
    !isRecord(raw) ||
    raw.soort !== BACKUP_KIND ||
    raw.versie !== BACKUP_VERSION ||
    !Array.isArray(raw.aantekeningen)
  ) {
    return { ok: false, reden: 'not-backup' };
  }
  const aantekeningen: Aantekening[] = [];
  let ongeldig = 0;
  for (const item of raw.aantekeningen) {
    const one = validateAantekening(item);
    if (one) aantekeningen.push(one);
    else ongeldig++;
  }
  return {
    ok: true,
    aantekeningen,
    leesplekken: validateReadingPlaces(raw.leesplekken ?? {}) ?? {},
    ongeldig,
  };
}

/** Two entries are the same note when they have one id, or mark the same words with the same note. */
function sameNote(a: Aantekening, b: Aantekening): boolean {
  if (a.id === b.id) return true;
  return (
    a.pagina === b.pagina &&
    a.sectie === b.sectie &&
    a.notitie === b.notitie &&
    a.quote?.exact === b.quote?.exact &&
    a.quote?.prefix === b.quote?.prefix &&
    a.quote?.suffix === b.quote?.suffix
  );
}

export interface Merged {
  aantekeningen: Aantekening[];
  toegevoegd: number;
  dubbel: number;
  /** Entries that did not fit under AANTEKENINGEN_MAX (nothing already kept is dropped). */
  vol: number;
}

/** Adds imported entries to the kept ones; what is already there wins, duplicates are skipped. */
export function mergeAantekeningen(
  kept: Aantekening[],
  incoming: Aantekening[],
  max = AANTEKENINGEN_MAX,
): Merged {
  const result = [...kept];
  let toegevoegd = 0;
  let dubbel = 0;
  let vol = 0;
  for (const item of incoming) {
    if (result.some((k) => sameNote(k, item))) dubbel++;
    else if (result.length >= max) vol++;
    else {
      result.push(item);
      toegevoegd++;
    }
  }
  return { aantekeningen: result, toegevoegd, dubbel, vol };
}

/** Reading places merged per page: the one updated last wins; "read" stays read. */
export function mergeReadingPlaces(kept: ReadingPlaces, incoming: ReadingPlaces): ReadingPlaces {
  const out: ReadingPlaces = { ...kept };
  for (const [pagina, plek] of Object.entries(incoming)) {
    const mine = out[pagina];
    if (!mine) out[pagina] = plek;
    else {
      const newer = Date.parse(plek.bijgewerkt) > Date.parse(mine.bijgewerkt) ? plek : mine;
      out[pagina] = {
        ...newer,
        ...(mine.gelezen || plek.gelezen ? { gelezen: mine.gelezen ?? plek.gelezen } : {}),
      };
    }
  }
  return out;
}

/** A page of the site in reading order, with its title and address (base path included). */
export interface PageInfo {
  pagina: string;
  titel: string;
  href: string;
}

export interface PageGroup {
  pagina: string;
  titel: string;
  href: string;
  aantekeningen: Aantekening[];
}

/** Where an entry sits in its page: its quote's offset, or its section's order. */
function plaats(a: Aantekening): number {
  return a.position?.start ?? 0;
}

/**
 * Groups entries by page in the site's reading order (chapters 1-10, then the practice
 * pages), each group in text order. Entries of a page the site no longer has come last,
 * under their stored path, so nothing disappears from the list.
 */
export function groupByPage(list: Aantekening[], paginas: PageInfo[]): PageGroup[] {
  const groups = new Map<string, PageGroup>();
  for (const p of paginas) groups.set(p.pagina, { ...p, aantekeningen: [] });
  for (const a of list) {
    let g = groups.get(a.pagina);
    if (!g) {
      g = { pagina: a.pagina, titel: a.pagina, href: '', aantekeningen: [] };
      groups.set(a.pagina, g);
    }
    g.aantekeningen.push(a);
  }
  const out = [...groups.values()].filter((g) => g.aantekeningen.length > 0);
  for (const g of out)
    g.aantekeningen.sort((x, y) => plaats(x) - plaats(y) || x.gemaakt.localeCompare(y.gemaakt));
  return out;
}

/** The link to an entry's place on its page: the page scrolls to it and focuses it. */
export function linkTo(groep: Pick<PageGroup, 'href'>, a: Aantekening): string {
  return groep.href ? `${groep.href}#aantekening-${a.id}` : '';
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
