// The statement bank as the quiz islands get it: only the fields they show, links with
// the base path, grouped per page in reading order (chapters, then practice pages).
// Runs at build time only.
import { createHash } from 'node:crypto';
import { withBase } from '@/lib/text/url';
import { getAllStellingen } from '@/data/stellingen';
import { getPages } from '@/data/refs';
import type { QuizGroup, QuizStelling, QuizText } from '@/lib/quiz/types';
import { sourceShort, groupLabel } from '@/strings/quiz';

export interface QuizBank {
  stellingen: QuizStelling[];
  groepen: QuizGroup[];
}

/** Every statement, grouped by the page whose file it is in. */
export async function getQuizBank(): Promise<QuizBank> {
  const [alle, pages] = await Promise.all([getAllStellingen(), getPages()]);
  const titelVan = new Map(pages.map((p) => [p.key, p.titel]));

  const stellingen: QuizStelling[] = [];
  const groepen: QuizGroup[] = [];
  for (const page of pages) {
    const ids: string[] = [];
    for (const s of alle.filter((a) => a.filePage === page.key)) {
      stellingen.push({
        id: s.id,
        stelling: s.stelling,
        oordeel: s.oordeel,
        uitleg: s.uitleg,
        ...(s.waaromGeloofd ? { waaromGeloofd: s.waaromGeloofd } : {}),
        href: s.sourceHref,
        bron: sourceShort(s.anker, titelVan.get(s.sourcePage) ?? s.sourcePage),
        groep: page.key,
      });
      ids.push(s.id);
    }
    if (ids.length > 0) {
      const kort = page.hoofdstuk ? String(page.hoofdstuk) : page.id;
      groepen.push({ key: page.key, kort, label: groupLabel(page), ids });
    }
  }
  return { stellingen, groepen };
}

/** Just the ids and texts of the statements: what a page needs before any verdict shows. */
export function textsOnly(stellingen: readonly QuizStelling[]): QuizText[] {
  return stellingen.map(({ id, stelling }) => ({ id, stelling }));
}

/**
 * Every statement in full as JSON, the file /quiz/stellingen.json (see
 * src/pages/quiz/stellingen.json.ts), and its address with a hash of the content, so a
 * browser never combines a page with the statements of another build.
 */
export async function getStellingenFile(): Promise<{ json: string; url: string }> {
  const { stellingen } = await getQuizBank();
  const json = JSON.stringify(stellingen);
  const versie = createHash('sha256').update(json).digest('hex').slice(0, 12);
  return { json, url: withBase(`quiz/stellingen.json?v=${versie}`) };
}
