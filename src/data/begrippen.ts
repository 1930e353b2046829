import { getCollection, type CollectionEntry } from 'astro:content';

export type Begrip = CollectionEntry<'begrippen'>;

/** Glossary terms sorted A–Z the Dutch way, grouped by first letter. */
export async function getBegrippenByLetter(): Promise<{ letter: string; begrippen: Begrip[] }[]> {
  const all = (await getCollection('begrippen')).sort((a, b) =>
    a.data.term.localeCompare(b.data.term, 'nl', { sensitivity: 'base' }),
  );
  const groups = new Map<string, Begrip[]>();
  for (const b of all) {
    const letter = b.data.term
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .charAt(0)
      .toUpperCase();
    groups.set(letter, [...(groups.get(letter) ?? []), b]);
  }
  return [...groups].map(([letter, begrippen]) => ({ letter, begrippen }));
}
