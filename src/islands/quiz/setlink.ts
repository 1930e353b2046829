// Reading the set a classroom link brings (?set= or ?hoofdstuk=): loaded by QuizKlas only
// when the page's address has one, so a visit without a set does not download the parser
// and its notices (kept apart for the tool pages' byte budget).
import { decodeQuizQuery } from '@/lib/quiz/set';
import type { QuizGroup } from '@/lib/quiz/types';
import { listSome } from '@/strings/quiz-stale';
import { setLinkStrings as t } from '@/strings/quiz-klas-link';

export interface SetLinkNotice {
  id: string;
  tekst: string;
}

/** The set in the link, and notices about what it held that could not be used. */
export function readSetLink(
  search: string,
  groepen: QuizGroup[],
): { ids: string[]; notices: SetLinkNotice[] } {
  const d = decodeQuizQuery(search, groepen);
  const notices: SetLinkNotice[] = [];
  if (d.unknown.length) notices.push({ id: 'onbekend', tekst: t.setOnbekend(listSome(d.unknown)) });
  if (d.duplicate.length) notices.push({ id: 'dubbel', tekst: t.setDubbel(listSome(d.duplicate)) });
  if (d.malformed.length)
    notices.push({ id: 'ongeldig', tekst: t.setOngeldig(listSome(d.malformed)) });
  if (d.truncated) notices.push({ id: 'telang', tekst: t.setTeLang });
  if (d.ids.length === 0) notices.push({ id: 'leeg', tekst: t.setLeegLink });
  return { ids: d.ids, notices };
}
