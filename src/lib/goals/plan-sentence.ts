// An if-then plan as one Dutch sentence: "Als het maandag na het ontbijt is en ik aan de
// keukentafel ben, dan zoek ik drie vacatures." The fields are the user's own words; the
// word order follows Dutch rules (verb-final in the als-clause, inversion after "dan").
import { afterDan, lowerFirst, toSubordinate } from './dutch.ts';
import { cleanField } from './fields.ts';

/** The fields of a start plan (see StartPlan in plans.ts). */
export interface StartFields {
  wanneer: string;
  waar: string;
  hoe: string;
}
/** The fields of an obstacle plan (see ObstakelPlan in plans.ts). */
export interface ObstacleFields {
  als: string;
  dan: string;
}

/** Words the sentences add around the user's own words. */
export const planSentenceText = {
  /** Said when the "then" part is still empty: the plan is not finished. */
  nogNiet: 'weet ik nog niet wat ik doe',
  /** Said when the obstacle is still empty. */
  ietsInDeWeg: 'er iets in de weg zit',
} as const;

const CONJ = /^(als|zodra|wanneer|nadat|voordat|terwijl)\s+/i;

function sentence(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t ? `${t[0]!.toUpperCase()}${t.slice(1)}.` : '';
}

/** The "when" part as a subordinate clause: "als ik thuis kom", "als het maandag is". */
function whenClause(wanneer: string): string {
  const conj = CONJ.exec(wanneer);
  if (conj) return `${conj[1]!.toLowerCase()} ${toSubordinate(wanneer.slice(conj[0].length))}`;
  if (/^(ik|je|we|het|er)\s/i.test(wanneer)) return `als ${toSubordinate(wanneer)}`;
  // "elke maandag" -> "als het maandag is"; "om 8 uur" -> "als het 8 uur is".
  return `als het ${wanneer.replace(/^(elke|iedere|om)\s+/i, '')} is`;
}

/** The "where" part inside the als-clause: "ik aan de keukentafel ben". */
function whereClause(waar: string): string {
  if (/^(ik|je|we)\s/i.test(waar)) return toSubordinate(waar);
  return `ik ${waar} ben`;
}

/** A start plan as one "Als …, dan …" sentence ("" when empty). */
export function startSentence(p: StartFields): string {
  const wanneer = lowerFirst(cleanField(p.wanneer, 'als'));
  const waar = lowerFirst(cleanField(p.waar));
  const hoe = lowerFirst(cleanField(p.hoe, 'dan'));
  if (!wanneer && !waar && !hoe) return '';
  const als = [wanneer && whenClause(wanneer), waar && whereClause(waar)].filter(Boolean);
  const first = als.length === 2 ? `${als[0]} en ${als[1]}` : als[0] ? als[0] : '';
  const opening =
    first && !/^(als|zodra|wanneer|nadat|voordat|terwijl)\b/i.test(first) ? `als ${first}` : first;
  const then = hoe ? afterDan(hoe) : planSentenceText.nogNiet;
  return sentence(opening ? `${opening}, dan ${then}` : `dan ${then}`);
}

/** An obstacle plan as one "Als …, dan …" sentence ("" when empty). */
export function obstakelSentence(p: ObstacleFields): string {
  const als = lowerFirst(cleanField(p.als, 'als'));
  const dan = lowerFirst(cleanField(p.dan, 'dan'));
  if (!als && !dan) return '';
  const clause = als ? toSubordinate(als) : planSentenceText.ietsInDeWeg;
  return sentence(`als ${clause}, dan ${dan ? afterDan(dan) : planSentenceText.nogNiet}`);
}
