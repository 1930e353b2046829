import { getCollection, type CollectionEntry } from 'astro:content';
import { withBase } from '@/lib/text/url';

export type PracticePage = CollectionEntry<'praktijk'>;

/** All practice pages, in their set order. */
export async function getPracticePages(): Promise<PracticePage[]> {
  const all = await getCollection('praktijk');
  return all.sort((a, b) => a.data.volgorde - b.data.volgorde);
}

/** The URL of a practice page ("/praktijk/leiderschap/"), with the base path. */
export function practiceUrl(entry: PracticePage): string {
  return withBase(`praktijk/${entry.id}/`);
}
