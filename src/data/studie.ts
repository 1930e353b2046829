import { getCollection, type CollectionEntry } from 'astro:content';
import { readingMinutes } from '@/lib/text/reading-time';
import { withBase } from '@/lib/text/url';

export type Hoofdstuk = CollectionEntry<'studie'>;

/** All chapters, in chapter order. */
export async function getHoofdstukken(): Promise<Hoofdstuk[]> {
  const all = await getCollection('studie');
  return all.sort((a, b) => a.data.hoofdstuk - b.data.hoofdstuk);
}

/** The URL of a chapter ("/studie/5-doelen/"), with the base path. */
export function hoofdstukUrl(entry: Hoofdstuk): string {
  return withBase(`studie/${entry.id}/`);
}

/** Reading time in minutes, from the MDX source. */
export function readingTime(entry: { body?: string | undefined }): number {
  return readingMinutes(entry.body ?? '');
}

/** Labels for the parts of the self-direction cycle. */
export const cycleLabels: Record<Hoofdstuk['data']['cyclus'][number], string> = {
  doelen: 'Doelen',
  plannen: 'Plannen',
  uitvoeren: 'Uitvoeren',
  evaluatie: 'Evaluatie',
  kern: 'Gedachten, gevoelens en vaardigheden',
};

/** Sorts a chapter's sources A–Z the way a Dutch reader expects ("De Visser" under D). */
export function sortSources(bronnen: string[]): string[] {
  return [...bronnen].sort((a, b) => a.localeCompare(b, 'nl', { sensitivity: 'base' }));
}
