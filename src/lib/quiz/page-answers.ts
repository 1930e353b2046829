// Stored answers of one reading page (the in-chapter quiz), in the same {"v","data"}
// envelope as src/lib/storage/versioned.ts. A small dependency-free copy of that codec
// on purpose: reading pages have a 3 kB JS budget, and importing the shared modules
// costs extra chunks there. tests/unit/quiz/page-answers.test.ts keeps the two in step.
import type { Answers } from './answers';

/** Version of the stored answers of a reading page. */
export const PAGE_ANSWERS_VERSION = 1;

/** Serialises a page's answers. */
export function encodePageAnswers(antwoorden: Answers): string {
  return JSON.stringify({ v: PAGE_ANSWERS_VERSION, data: antwoorden });
}

/** Reads a page's stored answers; undefined when they are corrupt, old or of the wrong shape. Never throws. */
export function decodePageAnswers(raw: string): Answers | undefined {
  try {
    const { v, data } = JSON.parse(raw);
    const ok =
      v === PAGE_ANSWERS_VERSION &&
      data?.constructor === Object &&
      Object.entries(data).every(
        ([id, o]) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id) && (o === 'waar' || o === 'misvatting'),
      );
    return ok ? data : undefined;
  } catch {
    return undefined;
  }
}
