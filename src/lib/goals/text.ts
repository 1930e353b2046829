// Dutch text handling for the goal tools: folding, tokens with clause and negation
// context, a light stemmer and a tiny pattern matcher. Pure and synchronous; the
// analyzer runs on every keystroke, so everything here is linear in the input.

/** One word or number of the input, with where it came from. */
export interface Token {
  /** Folded form: lowercase, no accents, no apostrophes ("Cliënten" -> "clienten"). */
  w: string;
  /** Light stem of `w` (see `stem`). */
  s: string;
  /** Start and end offset in the original text, to quote the user's own words. */
  start: number;
  end: number;
  /** Sentence and clause number; clauses end at , ; : ( ) and at conjunctions. */
  sent: number;
  clause: number;
  /** True when a negator earlier in the same clause applies to this token. */
  negated: boolean;
  /** Written with a capital, not at the start of a sentence: probably a name. */
  name: boolean;
}

/** Lowercase, strip accents and apostrophes, fold emoji and whitespace. */
export function fold(text: string): string {
  if (/^[a-z0-9]*$/.test(text)) return text;
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['\u2019\u2018`\u00b4]/g, '')
    .replace(/[\p{Extended_Pictographic}\u200d\ufe0f]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Light Dutch stemmer: enough to make "leer", "leert", "leren" and "geleerd" meet,
 * and "vacature"/"vacatures", "baan"/"banen". Both sides of every comparison are
 * stemmed the same way, so consistency matters more than linguistic correctness.
 */
export function stem(word: string): string {
  let s = word;
  if (s.length <= 3 || /\d/.test(s)) return s;
  if (s.length > 5 && s.startsWith('ge') && /[dt]$/.test(s)) s = s.slice(2, -1);
  else if (s.length > 4 && s.endsWith('en')) s = s.slice(0, -2);
  else if (s.length > 4 && /[aeiourln]s$/.test(s)) s = s.slice(0, -1);
  else if (s.length > 4 && /[^aeiou]t$/.test(s) && !s.endsWith('st')) s = s.slice(0, -1);
  if (s.length > 3 && s.endsWith('e')) s = s.slice(0, -1);
  if (/([bdfgklmnprstz])\1$/.test(s)) s = s.slice(0, -1);
  s = s.replace(
    /([^aeiou])(aa|ee|oo|uu)([^aeiouyj])$/,
    (_, a: string, v: string, c: string) => a + v[0] + c,
  );
  if (s.endsWith('v')) s = s.slice(0, -1) + 'f';
  else if (s.endsWith('z')) s = s.slice(0, -1) + 's';
  return s;
}

const NEGATORS = new Set(['niet', 'nooit', 'geen', 'niets', 'niks', 'nergens']);
/** Words that start a new clause for negation scope ("niet X, maar Y"). */
const CONJUNCTIONS = new Set(['maar', 'zodat', 'want', 'omdat', 'terwijl', 'en', 'dus', 'doch']);
/** "niet alleen", "niet enkel": not a negation of the goal. */
const NOT_ONLY = new Set(['alleen', 'enkel', 'slechts', 'zomaar']);

const TOKEN_RE =
  /\d+-op-\d+(?:['\u2019]s)?|\d+(?:[:.,]\d+)*|[\p{L}\p{M}]+(?:['\u2019][\p{L}\p{M}]+)*|[.!?;:,()\n]/gu;

/** Splits text into tokens with sentence, clause and negation information. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let sent = 0;
  let clause = 0;
  for (const m of text.matchAll(TOKEN_RE)) {
    const raw = m[0];
    if (/^[.!?\n]$/.test(raw)) {
      sent++;
      clause++;
      continue;
    }
    if (/^[;:,()]$/.test(raw)) {
      clause++;
      continue;
    }
    const w = fold(raw);
    if (!w) continue;
    if (CONJUNCTIONS.has(w)) clause++;
    const start = m.index ?? 0;
    const first = out.length === 0 || out[out.length - 1]!.sent !== sent;
    const name = !first && /^\p{Lu}\p{Ll}/u.test(raw);
    out.push({ w, s: stem(w), start, end: start + raw.length, sent, clause, negated: false, name });
  }
  // Negation scope: from a negator to the end of its clause.
  let negating = false;
  for (let i = 0; i < out.length; i++) {
    const t = out[i]!;
    if (i > 0 && out[i - 1]!.clause !== t.clause) negating = false;
    t.negated = negating;
    if (isNegator(out, i)) negating = true;
  }
  return out;
}

/** True for a token that is a negator and really negates (not "niet alleen"). */
export function isNegator(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !NEGATORS.has(t.w)) return false;
  const next = tokens[i + 1];
  return !(t.w === 'niet' && next && next.clause === t.clause && NOT_ONLY.has(next.w));
}

// ── patterns ────────────────────────────────────────────────────────────────
//
// A pattern is a space-separated list of items. Each item is a set of alternatives
// separated by "|". An alternative matches a token when it equals the folded word or
// when their stems are equal; "=word" matches the folded word only; "#" matches a
// number (digits or a Dutch number word); "*" matches any one token; "…" skips zero
// to three tokens. A pattern never crosses a sentence boundary.

type Item =
  | { kind: 'gap'; max: number }
  | { kind: 'any' }
  | { kind: 'num' }
  | { kind: 'words'; exact: Set<string>; stems: Set<string> };

export interface Pattern {
  source: string;
  items: Item[];
}

export const NUMBER_WORDS = new Set(
  'twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien twintig dertig veertig vijftig zestig zeventig tachtig negentig honderd duizend tientallen'.split(
    ' ',
  ),
);

/** A number written in digits or as a Dutch number word ("een" is left out: it is mostly an article). */
export function isNumber(t: Token | undefined): boolean {
  return !!t && (/^\d+(?:[:.,]\d+)*$/.test(t.w) || NUMBER_WORDS.has(t.w));
}

/** Compiles a pattern string (see the comment above). */
export function compile(source: string): Pattern {
  const items: Item[] = source.split(' ').map((part): Item => {
    if (part === '…') return { kind: 'gap', max: 3 };
    if (part === '*') return { kind: 'any' };
    if (part === '#') return { kind: 'num' };
    const exact = new Set<string>();
    const stems = new Set<string>();
    for (const alt of part.split('|')) {
      if (alt.startsWith('=')) exact.add(alt.slice(1));
      else {
        exact.add(alt);
        stems.add(stem(alt));
      }
    }
    return { kind: 'words', exact, stems };
  });
  return { source, items };
}

function itemMatches(item: Item, t: Token): boolean {
  switch (item.kind) {
    case 'any':
      return true;
    case 'num':
      return isNumber(t);
    case 'words':
      return item.exact.has(t.w) || item.stems.has(t.s);
    default:
      return false;
  }
}

/** A match of a pattern: token indices [start, end). */
export interface Hit {
  start: number;
  end: number;
}

function matchAt(p: Pattern, tokens: Token[], k: number, i: number, sent: number): number {
  if (k === p.items.length) return i;
  const item = p.items[k]!;
  if (item.kind === 'gap') {
    for (let skip = 0; skip <= item.max; skip++) {
      const t = tokens[i + skip - 1];
      if (skip > 0 && (!t || t.sent !== sent)) break;
      const end = matchAt(p, tokens, k + 1, i + skip, sent);
      if (end >= 0) return end;
    }
    return -1;
  }
  const t = tokens[i];
  if (!t || t.sent !== sent || !itemMatches(item, t)) return -1;
  return matchAt(p, tokens, k + 1, i + 1, sent);
}

/** All non-overlapping matches of a pattern, left to right. */
export function findAll(p: Pattern, tokens: Token[]): Hit[] {
  const hits: Hit[] = [];
  const first = p.items[0];
  for (let i = 0; i < tokens.length; i++) {
    if (first && first.kind === 'words' && !itemMatches(first, tokens[i]!)) continue;
    const end = matchAt(p, tokens, 0, i, tokens[i]!.sent);
    if (end > i) {
      hits.push({ start: i, end });
      i = end - 1;
    }
  }
  return hits;
}

/** Builds a membership test over folded words and their stems (for a token or a plain word). */
export function wordSet(words: string): (t: Token | string | undefined) => boolean {
  const exact = new Set<string>();
  const stems = new Set<string>();
  for (const w of words.split(/\s+/).filter(Boolean)) {
    exact.add(w);
    stems.add(stem(w));
  }
  return (t) => {
    if (t === undefined) return false;
    if (typeof t === 'string') {
      const w = fold(t);
      return exact.has(w) || stems.has(stem(w));
    }
    return exact.has(t.w) || stems.has(t.s);
  };
}

/** The user's own words for a range of tokens, exactly as typed. */
export function quote(text: string, tokens: Token[], start: number, end: number): string {
  const a = tokens[start];
  const b = tokens[end - 1];
  if (!a || !b) return '';
  return text.slice(a.start, b.end).replace(/\s+/g, ' ');
}
