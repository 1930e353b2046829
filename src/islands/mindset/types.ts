// Props the page hands to the island: content entries with their links already
// resolved against the base path, so the island needs no Astro helpers.
import type { ComponentChildren } from 'preact';
import type { SnelleCheckStelling } from '@/lib/mindset/quickcheck';

/** A link with its text. */
export interface Link {
  href: string;
  tekst: string;
}

/** One test item, as the island shows it. */
export interface ItemWeergave {
  nummer: number;
  thema: string;
  vast: string;
  groei: string;
  reflectie: string;
  theorie: Link;
}

/** The test's content, as the page hands it to the island (as JSON: see MindsettestProps). */
export interface MindsettestInhoud {
  /** The ten items, in order. */
  items: ItemWeergave[];
  /** The four quick-check statements. */
  snelleCheck: SnelleCheckStelling[];
  /** General further reading shown under every result. */
  verderLezen: Link[];
}

export interface MindsettestProps {
  /** MindsettestInhoud as JSON: parsed at once, cheaper than Astro reviving every field. */
  inhoud: string;
  /**
   * The quick check as the page renders it (slot "snelleCheckServer"): shown by the
   * server, kept by the browser until the quick check's own code has loaded.
   */
  snelleCheckServer?: ComponentChildren;
}

/** The views loaded later (./Resultaten): result, comparison, data actions. */
export type ResultatenModule = typeof import('./Resultaten');
