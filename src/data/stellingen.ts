import { getCollection, type CollectionEntry } from 'astro:content';
import { refUrl } from '@/data/refs';

export type Stelling = CollectionEntry<'stellingen'>['data']['stellingen'][number];

/** A statement with the page it belongs to and the full link to its backing section. */
export interface StellingMetBron extends Stelling {
  /** The page whose file the statement is in ("studie/5-doelen"). */
  opPagina: string;
  /** The page of the backing section: `pagina` when set, else the file's page. */
  bronPagina: string;
  /** Link to the backing section, with the base path ("/studie/5-doelen/#5-4"). */
  bronHref: string;
}

function withSources(bestanden: CollectionEntry<'stellingen'>[]): StellingMetBron[] {
  return bestanden.flatMap((f) =>
    f.data.stellingen.map((s) => {
      const bronPagina = s.pagina ?? f.data.pagina;
      return { ...s, opPagina: f.data.pagina, bronPagina, bronHref: refUrl({ pagina: bronPagina, anker: s.anker }) };
    }),
  );
}

/** Statements of one page ("studie/5-doelen"), in file order; empty when it has none. */
export async function getStellingenForPage(pagina: string): Promise<StellingMetBron[]> {
  return withSources(await getCollection('stellingen', (f) => f.data.pagina === pagina));
}

/** Every statement on the site, in file order. */
export async function getAllStellingen(): Promise<StellingMetBron[]> {
  return withSources(await getCollection('stellingen'));
}
