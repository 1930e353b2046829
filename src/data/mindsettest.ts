import { getEntry, type CollectionEntry } from 'astro:content';
import { refUrl } from '@/data/refs';

type Content = CollectionEntry<'mindsettest'>['data'];

/** A test item with the link to its theory resolved (URL with the base path, and link text). */
export type MindsetItem = Omit<Content['items'][number], 'theorie'> & { theorie: { href: string; tekst: string } };

/** The ten items and the quick check of content/mindsettest/test.yaml. */
export async function getMindsettest(): Promise<{ items: MindsetItem[]; snelleCheck: Content['snelleCheck'] }> {
  const entry = await getEntry('mindsettest', 'test');
  if (!entry) throw new Error('content/mindsettest/test.yaml ontbreekt');
  const { items, snelleCheck } = entry.data;
  return {
    items: items.map(({ theorie, ...item }) => ({ ...item, theorie: { href: refUrl(theorie), tekst: theorie.tekst } })),
    snelleCheck,
  };
}
