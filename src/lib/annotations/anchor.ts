// Finding a quote again in a page's text after the text was edited. A highlight is kept
// as the quoted text, 32 characters on either side and its offset (W3C Web Annotation
// TextQuoteSelector and TextPositionSelector). On load the quote is looked up exactly,
// then approximately (approx-string-match, the Myers bit-vector search Hypothesis uses),
// and each candidate is scored on the quote, its context and its distance to the old
// offset. A quote that cannot be found well enough is reported, never moved somewhere
// it does not belong.
import search from 'approx-string-match';
import { CONTEXT, QUOTE_MAX, type TextPositionSelector, type TextQuoteSelector } from './model';

export interface Span {
  start: number;
  end: number;
}

/** Describes text[start, end) as a quote with context and a position hint. */
export function describeQuote(
  text: string,
  start: number,
  end: number,
): { quote: TextQuoteSelector; position: TextPositionSelector } {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.min(text.length, Math.max(from, end), from + QUOTE_MAX);
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(from, to),
      prefix: text.slice(Math.max(0, from - CONTEXT), from),
      suffix: text.slice(to, to + CONTEXT),
    },
    position: { type: 'TextPositionSelector', start: from, end: to },
  };
}

/** 1 when `actual` contains `expected` unchanged, 0 when nothing of it is left. */
function similarity(expected: string, actual: string): number {
  if (expected.length === 0) return 1;
  if (actual.length === 0) return 0;
  const matches = search(actual, expected, expected.length);
  const errors = matches.reduce((min, m) => Math.min(min, m.errors), expected.length);
  return 1 - errors / expected.length;
}

/** Weights of the score: the quote counts most, then its context, then the old place. */
const WEIGHT = { quote: 50, prefix: 20, suffix: 20, position: 2 };
/** A candidate needs this share of its quote right. */
const MIN_QUOTE = 0.75;
/** A short quote (one word, a name) also needs this much of its context right. */
const SHORT = 24;
const MIN_CONTEXT = 0.5;
/** Candidates looked at per quote, so a common word cannot make a page slow. */
const MAX_CANDIDATES = 200;

interface Candidate extends Span {
  errors: number;
}

/**
 * Finds the quote in `text`; returns its span, or null when it is no longer there
 * (the visitor then sees it as "niet meer gevonden in de tekst").
 */
export function anchorQuote(
  text: string,
  quote: TextQuoteSelector,
  position?: TextPositionSelector,
): Span | null {
  const { exact, prefix, suffix } = quote;
  if (!exact) return null;

  // The common case first: the quote is still there, with its context.
  const hint = position?.start;
  if (
    hint !== undefined &&
    text.slice(hint, hint + exact.length) === exact &&
    text.slice(Math.max(0, hint - prefix.length), hint) === prefix &&
    text.slice(hint + exact.length, hint + exact.length + suffix.length) === suffix
  ) {
    return { start: hint, end: hint + exact.length };
  }

  let candidates: Candidate[] = [];
  for (
    let at = text.indexOf(exact);
    at !== -1 && candidates.length < MAX_CANDIDATES;
    at = text.indexOf(exact, at + 1)
  ) {
    candidates.push({ start: at, end: at + exact.length, errors: 0 });
  }
  if (candidates.length === 0) {
    const maxErrors = Math.min(256, Math.floor(exact.length * (1 - MIN_QUOTE)));
    if (maxErrors === 0) return null;
    candidates = search(text, exact, maxErrors).slice(0, MAX_CANDIDATES);
  }

  let best: Span | null = null;
  let bestScore = -Infinity;
  for (const c of candidates) {
    // At least MIN_QUOTE: exact matches have no errors, approximate ones at most maxErrors.
    const quoteScore = 1 - c.errors / exact.length;
    const prefixScore = similarity(
      prefix,
      text.slice(Math.max(0, c.start - prefix.length), c.start),
    );
    const suffixScore = similarity(suffix, text.slice(c.end, c.end + suffix.length));
    if (exact.length < SHORT && (prefixScore + suffixScore) / 2 < MIN_CONTEXT) continue;
    const positionScore =
      hint === undefined ? 0 : 1 - Math.min(1, Math.abs(c.start - hint) / Math.max(1, text.length));
    const score =
      WEIGHT.quote * quoteScore +
      WEIGHT.prefix * prefixScore +
      WEIGHT.suffix * suffixScore +
      WEIGHT.position * positionScore;
    if (score > bestScore) {
      bestScore = score;
      best = { start: c.start, end: c.end };
    }
  }
  return best;
}

/**
 * Splits overlapping spans into pieces that do not overlap, each with the ids of every
 * span covering it, in text order: one <mark> per piece, so two highlights that share
 * words both stay visible and both stay removable.
 */
export function splitOverlaps(spans: (Span & { id: string })[]): (Span & { ids: string[] })[] {
  const bounds = [...new Set(spans.flatMap((s) => [s.start, s.end]))].sort((a, b) => a - b);
  const pieces: (Span & { ids: string[] })[] = [];
  for (let i = 0; i < bounds.length - 1; i++) {
    const start = bounds[i]!;
    const end = bounds[i + 1]!;
    const ids = spans.filter((s) => s.start <= start && s.end >= end).map((s) => s.id);
    if (ids.length > 0) pieces.push({ start, end, ids });
  }
  return pieces;
}
