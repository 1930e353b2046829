import { getCollection, type CollectionEntry } from 'astro:content';
import { refUrl } from '@/data/refs';

export type Stelling = CollectionEntry<'stellingen'>['data']['stellingen'][number];

/** A statement with the page it belongs to and the full link to its backing section. */
export interface StellingWithSource extends Stelling {
  /** The page whose file the statement is in ("studie/5-doelen"). */
  filePage: string;
  /** The page of the backing section: `pagina` when set, else the file's page. */
  sourcePage: string;
  /** Link to the backing section, with the base path ("/studie/5-doelen/#5-4"). */
  sourceHref: string;
}

function withSources(bestanden: CollectionEntry<'stellingen'>[]): StellingWithSource[] {
  return bestanden.flatMap((f) =>
    f.data.stellingen.map((s) => {
      const sourcePage = s.pagina ?? f.data.pagina;
      return { ...s, filePage: f.data.pagina, sourcePage, sourceHref: refUrl({ pagina: sourcePage, anker: s.anker }) };
    }),
  );
}

/** Statements of one page ("studie/5-doelen"), in file order; empty when it has none. */
export async function getStellingenForPage(pagina: string): Promise<StellingWithSource[]> {
  return withSources(await getCollection('stellingen', (f) => f.data.pagina === pagina));
}

/** Every statement on the site, in file order. */
export async function getAllStellingen(): Promise<StellingWithSource[]> {
  return withSources(await getCollection('stellingen'));
}
