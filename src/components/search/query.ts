// Search as people type it: pure logic shared by the search UI (pagefind-ui.ts) and
// the query-set test (tests/e2e/search-queries.spec.ts). No DOM here.

/**
 * Dutch words that carry no topic: articles, prepositions, pronouns, auxiliaries and
 * question words ("hoeveel uur per week solliciteren" is about "uur week solliciteren").
 * Only dropped when the whole query finds nothing.
 */
export const STOP_WORDS = new Set(
  (
    'de het een en of in op met voor van bij aan om te tot naar uit over door onder na zonder ' +
    'hoe wat waarom wanneer welke welk wie waar waarmee waardoor hoeveel hoelang ' +
    'is zijn ben bent was waren wordt worden werd kan kun kunt kunnen moet moeten mag mogen ' +
    'wil wilt willen zal zou zouden heb hebt heeft hebben had ga gaat gaan doe doet doen ' +
    'ik je jij u we wij ze zij hij het mijn jouw zijn haar ons onze hun men iemand er ' +
    'dat die dit deze niet geen wel nog ook al zo dan heel erg veel meer per iets eens'
  ).split(' '),
);

/** Pagefind sees a hyphen as part of a word; people type both "als-dan" and "als dan". */
export function words(term: string): string[] {
  return term
    .toLowerCase()
    .split(/[\s?!.,;:"“”'‘’()]+/)
    .filter(Boolean);
}

export interface WidenedQuery {
  /** The query actually searched. */
  query: string;
  /** Its words, for the message ("dit zijn resultaten voor …"). */
  words: string[];
}

/**
 * When all words of `term` together find nothing: first without the stop words, then
 * the largest group of the remaining words that still finds a page (of equal groups,
 * the one that finds the fewest pages: it says most about the topic). `count` returns
 * how many pages a query finds (see COUNT_FILTER). Resolves to undefined when the term
 * needs no relaxing or nothing helps.
 */
export async function widenQuery(
  term: string,
  count: (query: string) => Promise<number>,
): Promise<WidenedQuery | undefined> {
  const alle = words(term);
  if (alle.length < 2 || (await count(term)) > 0) return undefined;
  const inhoud = [...new Set(alle.filter((w) => !STOP_WORDS.has(w)))].slice(0, 6);
  if (inhoud.length > 0 && inhoud.length < alle.length && (await count(inhoud.join(' '))) > 0) {
    return { query: inhoud.join(' '), words: inhoud };
  }
  // Every group of the words, largest first (at most 63 for six words).
  const groepen: string[][] = [];
  for (let mask = 1; mask < 1 << inhoud.length; mask++) {
    groepen.push(inhoud.filter((_, i) => mask & (1 << i)));
  }
  groepen.sort((a, b) => b.length - a.length);
  for (let size = inhoud.length - 1; size >= 1; size--) {
    let best: { groep: string[]; n: number } | undefined;
    for (const groep of groepen.filter((g) => g.length === size)) {
      const n = await count(groep.join(' '));
      if (n > 0 && (!best || n < best.n)) best = { groep, n };
    }
    if (best) return { query: best.groep.join(' '), words: best.groep };
  }
  return undefined;
}

/**
 * What `count` leaves out: the glossary holds a definition of nearly every topic on one
 * long page, so it contains all words of many questions without answering any.
 * A query that only the glossary matches is relaxed too (the glossary still shows).
 */
export const COUNT_FILTER = { not: { soort: 'Begrip' } };

/** The message above relaxed results. */
export function widenedMessage(v: WidenedQuery): string {
  return `Geen resultaat voor alle woorden; dit zijn resultaten voor ${v.words.map((w) => `“${w}”`).join(', ')}.`;
}

interface SubResult {
  url: string;
  weighted_locations?: { balanced_score: number }[];
}

/**
 * A page's sub-results in the order a reader wants them: the sections that explain
 * first (in Pagefind's order), then the page's top and its summary ("In het kort"), and
 * the quiz block ("Waarheid of misvatting?") last, so a query lands on the passage.
 */
export function orderSubResults<T extends SubResult>(subs: T[]): T[] {
  const rang = (s: T) =>
    /#stelling(en|-)/.test(s.url) ? 2 : !s.url.includes('#') || /#in-het-kort$/.test(s.url) ? 1 : 0;
  // Pagefind lists a page's sections in document order; within a group the section
  // where the words weigh most (headings, several words together) comes first.
  const score = (s: T) => (s.weighted_locations ?? []).reduce((n, w) => n + w.balanced_score, 0);
  return [...subs].sort((a, b) => rang(a) - rang(b) || score(b) - score(a));
}

/** Pagefind's ranking for this site (also used by the query-set test). */
export const RANKING = {
  // Short overview pages must not win on length alone.
  pageLength: 0.35,
  termFrequency: 1,
  termSaturation: 1.4,
  termSimilarity: 1,
};
