// Highlights and notes in lists: merging an import into what is kept, and the list
// grouped by page with a link to each place. The files a reader takes away (Markdown and
// the JSON backup) are ./backup.ts, loaded only when one is made or read.
import { AANTEKENINGEN_MAX, sectionLabel, type Aantekening, type ReadingPlaces } from './model';

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
