/** Site-wide facts used by the layout and the meta tags. */
export const site = {
  naam: 'Zelfsturing in re-integratie',
  korteNaam: 'Zelfsturing',
  beschrijving:
    'De achtergrondstudie over motivatie en zelfsturing in re-integratie, met stellingen, een mindsettest en een doelenhulp. Voor klantmanagers, jobcoaches en trainers.',
};

/** Kinds of pages, also the search filter values. */
export type PageKind = 'Studie' | 'Praktijk' | 'Hulpmiddel' | 'Begrip' | 'Pagina';

// Route files known at build time, so navigation and entry points only ever link
// to pages that exist (a tool lands in the menu the moment its page is added).
const routes = Object.keys(import.meta.glob('/src/pages/**/*.astro'));

/** True when the site has a page at this path ("quiz/", "mindsettest/"). */
export function pageExists(pad: string): boolean {
  const base = `/src/pages/${pad.replace(/\/$/, '')}`;
  return routes.includes(`${base}/index.astro`) || routes.includes(`${base}.astro`);
}

/** Main navigation: reading first, then the tools, then the glossary; only pages that exist are listed. */
export const mainNav: { label: string; pad: string }[] = [
  { label: 'Studie', pad: 'studie/' },
  { label: 'Praktijk', pad: 'praktijk/' },
  { label: 'Quiz', pad: 'quiz/' },
  { label: 'Mindsettest', pad: 'mindsettest/' },
  { label: 'Doelen', pad: 'doelen/' },
  { label: 'Begrippen', pad: 'begrippen/' },
].filter((item) => pageExists(item.pad) || item.pad === 'studie/' || item.pad === 'praktijk/');
