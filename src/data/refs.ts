/**
 * References from content to a place on this site: a page key ("studie/5-doelen",
 * "praktijk/leiderschap", the `paginaRef` of src/content.config.ts) with an optional
 * heading id ("5-4"). The one place that turns such a reference into a URL and a title.
 */
import { withBase } from '@/lib/text/url';
import { sectionNumber } from '@/lib/quiz/types';
import { getHoofdstukken } from '@/data/studie';
import { getPracticePages } from '@/data/praktijk';

/** A place on this site as content names it. */
export interface PageRef {
  /** "studie/5-doelen" or "praktijk/leiderschap". */
  pagina: string;
  /** Heading id on that page, without "#": "5-4"; leave out for the page itself. */
  anker?: string | undefined;
}

/** A page that content may point at. */
export interface Page {
  /** "studie/5-doelen" */
  key: string;
  /** The entry id: "5-doelen", "leiderschap". */
  id: string;
  /** The page title, without a chapter number. */
  titel: string;
  /** Short name for link texts: "Hoofdstuk 5", or the title of a practice page. */
  label: string;
  /** Chapter number; only for chapters. */
  hoofdstuk?: number;
}

/** A reference resolved: where it links to and what it points at. */
export interface ResolvedRef {
  /** "/studie/5-doelen/#5-4", with the base path. */
  href: string;
  page: Page;
  /** "5.4" when the anchor is a numbered section, else undefined. */
  section: string | undefined;
}

/** The URL of a reference, with the base path: "/studie/5-doelen/#5-4". */
export function refUrl({ pagina, anker }: PageRef): string {
  return withBase(`${pagina}/${anker ? `#${anker}` : ''}`);
}

/** Every page content may point at, in reading order: the chapters, then the practice pages. */
export async function getPages(): Promise<Page[]> {
  const [hoofdstukken, praktijk] = await Promise.all([getHoofdstukken(), getPracticePages()]);
  return [
    ...hoofdstukken.map((h) => ({
      key: `studie/${h.id}`,
      id: h.id,
      titel: h.data.titel,
      label: `Hoofdstuk ${h.data.hoofdstuk}`,
      hoofdstuk: h.data.hoofdstuk,
    })),
    ...praktijk.map((p) => ({
      key: `praktijk/${p.id}`,
      id: p.id,
      titel: p.data.titel,
      label: p.data.titel,
    })),
  ];
}

/**
 * A function that resolves references to URL and page. A reference to a page that
 * does not exist stops the build with the reference in the message.
 */
export async function getRefResolver(): Promise<(ref: PageRef) => ResolvedRef> {
  const pages = new Map((await getPages()).map((p) => [p.key, p]));
  return (ref) => {
    const page = pages.get(ref.pagina);
    if (!page) throw new Error(`Verwijzing naar een pagina die niet bestaat: "${ref.pagina}"`);
    return { href: refUrl(ref), page, section: ref.anker ? sectionNumber(ref.anker) : undefined };
  };
}
