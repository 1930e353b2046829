// Props the mindset page hands to its islands: content entries with their links already
// resolved against the base path, so the islands need no Astro helpers.

/** A link with its text. */
export interface Link {
  href: string;
  tekst: string;
}

/** One test item, as the island shows it. */
export interface ItemView {
  nummer: number;
  thema: string;
  vast: string;
  groei: string;
  reflectie: string;
  theorie: Link;
}

/** The test's content, as the page hands it to the island (as JSON: see MindsetTestProps). */
export interface MindsetTestContent {
  /** The ten items, in order. */
  items: ItemView[];
  /** General further reading shown under every result. */
  verderLezen: Link[];
}

export interface MindsetTestProps {
  /** MindsetTestContent as JSON: parsed at once, cheaper than Astro reviving every field. */
  inhoud: string;
}
