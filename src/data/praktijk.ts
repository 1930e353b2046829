import { getCollection, type CollectionEntry } from 'astro:content';
import { withBase } from '@/lib/text/url';

export type Praktijkpagina = CollectionEntry<'praktijk'>;

/** All practice pages, in their set order. */
export async function getPraktijkpaginas(): Promise<Praktijkpagina[]> {
  const all = await getCollection('praktijk');
  return all.sort((a, b) => a.data.volgorde - b.data.volgorde);
}

/** The URL of a practice page ("/praktijk/leiderschap/"), with the base path. */
export function praktijkUrl(entry: Praktijkpagina): string {
  return withBase(`praktijk/${entry.id}/`);
}
