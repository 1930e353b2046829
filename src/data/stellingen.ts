import { getCollection, type CollectionEntry } from 'astro:content';

export type Stelling = CollectionEntry<'stellingen'>['data']['stellingen'][number];

/** A statement with the page it belongs to and the full link to its backing section. */
export interface StellingMetBron extends Stelling {
  /** "studie/5-doelen" */
  bronPagina: string;
}

/** Statements of one page ("studie/5-doelen"), in file order; empty when it has none. */
export async function getStellingenVoor(pagina: string): Promise<StellingMetBron[]> {
  const files = await getCollection('stellingen', (f) => f.data.pagina === pagina);
  return files.flatMap((f) =>
    f.data.stellingen.map((s) => ({ ...s, bronPagina: s.pagina ?? f.data.pagina })),
  );
}

/** Every statement on the site, grouped per page. */
export async function getAlleStellingen(): Promise<StellingMetBron[]> {
  const files = await getCollection('stellingen');
  return files.flatMap((f) =>
    f.data.stellingen.map((s) => ({ ...s, bronPagina: s.pagina ?? f.data.pagina })),
  );
}
