// From a performance goal to learning goals, in the user's own words (issue #16).
//
// The goal is parsed into parts: the verb (with its separable particle), the object, the
// place and other phrases, a recurring time ("elke dag om 7 uur"), and what is dropped
// because it makes it a performance goal: the intention ("ik wil"), amounts with their
// unit ("5 keer", "10 kilo"), deadlines ("binnen drie maanden"), negations and
// comparisons with others. Sentences are built from the parts in Dutch word order
// (dutch.ts, phrases.ts): verb-final in "hoe ik … kan afvallen", "om … af te vallen".
// Every suggestion is run through analyzeGoal and kept only when it reads as a learning
// goal. When no parts are found, there are no suggestions and the page says so.
import { analyzeGoal, type GoalType } from './analyze.ts';
import { firstPerson, teInfinitive, toSubordinate } from './dutch.ts';
import { phrases } from './phrases.ts';
import { isNumber, tokenize, wordSet, type Token } from './text.ts';

export { teInfinitive };

const MAX_SUGGESTIONS = 4;

const TIME = wordSet(
  'vandaag morgen overmorgen vanmiddag vanavond vanochtend straks maandag dinsdag woensdag donderdag vrijdag zaterdag zondag januari februari maart april mei juni juli augustus september oktober november december week weken maand maanden jaar kwartaal zomer kerst najaar voorjaar deadline weekend vakantie uur dag dagen',
);
const TIME_LEAD = new Set(
  'deze dit volgende volgend elke elk iedere ieder per binnen over voor uiterlijk na eind begin de het een half komende tot'.split(
    ' ',
  ),
);
const DROP = new Set(
  'ik k we wij wil willen wilt wilde ga gaan gaat graag echt gewoon gwn ff effe zsm ofzo man moet moeten eigenlijk alvast minimaal minstens maximaal tenminste nog weer'.split(
    ' ',
  ),
);
const NEGATORS = new Set(['niet', 'nooit', 'geen']);
const DETERMINERS = new Set(
  'de het een mijn mn m’n jouw zijn haar onze ons hun deze die dit elke alle veel geen meer minder weinig'.split(
    ' ',
  ),
);
/** Determiners that cannot also be a verb or pronoun at the end of a clause ("zijn", "haar"). */
const TRAILING = new Set(
  'de het een mijn jouw onze ons hun deze dit elke alle veel geen weinig'.split(' '),
);
const PREPOSITIONS = new Set(
  'in op bij met van voor naar aan tussen over uit door tegen zonder tijdens als'.split(' '),
);
/** Words on -en that are not verbs. */
const NOT_VERBS = new Set(
  'tussen samen open eigen binnen boven buiten beneden even tegen alleen misschien mensen uren weken dagen jaren banen zelfvertrouwen kinderen'.split(
    ' ',
  ),
);
const STATE_VERBS = wordSet('hebben zijn krijgen halen behalen worden slagen zakken blijven staan');
// Exact infinitives (no stemming: "werk" the noun must not count as "werken").
const VERBS = new Set(
  'vinden zoeken uitzoeken schrijven maken bellen sturen versturen opsturen inschrijven bijwerken aanvullen afronden afmaken inleveren geven houden voeren presenteren plannen solliciteren netwerken communiceren samenwerken leidinggeven luisteren werken leven lezen leren halen hebben krijgen zijn worden begeleiden verhogen verbeteren starten beginnen bezoeken bekijken volgen delegeren coachen komen helpen eten'.split(
    ' ',
  ),
);
/** First person present -> infinitive, for goals such as "ik vul mijn profiel aan". */
const FINITE: Record<string, string> = {
  zoek: 'zoeken',
  vul: 'vullen',
  probeer: 'proberen',
  schrijf: 'schrijven',
  bel: 'bellen',
  stuur: 'sturen',
  maak: 'maken',
  lees: 'lezen',
  werk: 'werken',
  oefen: 'oefenen',
  plan: 'plannen',
  meld: 'melden',
  neem: 'nemen',
  vraag: 'vragen',
  volg: 'volgen',
  kijk: 'kijken',
  begin: 'beginnen',
  start: 'starten',
  verstuur: 'versturen',
  solliciteer: 'solliciteren',
  regel: 'regelen',
  bezoek: 'bezoeken',
  help: 'helpen',
};
const PARTICLES = new Set('aan af bij in mee na op terug toe uit voor weg samen'.split(' '));
const JOB_NOUN = wordSet(
  'baan banen stageplek stageplaats contract aanstelling functie bijbaan werkervaringsplek',
);
const JOB = wordSet(
  'baan banen werk stageplek stageplaats contract aanstelling functie bijbaan werkervaringsplek aangenomen uitgenodigd afgewezen',
);
const EXAM = wordSet(
  'examen rijexamen toets taaltoets tentamen diploma rijbewijs cijfer certificaat',
);
const COMPARING = new Set('eerder sneller meer slimmer hoger vaker harder verder'.split(' '));
const PARTICIPLES: Record<string, string> = {
  gevonden: 'vinden',
  geschreven: 'schrijven',
  gestuurd: 'sturen',
  verstuurd: 'versturen',
  afgerond: 'afronden',
  gehaald: 'halen',
  gemaakt: 'maken',
};

/** Units that go with their number: dropped together ("5 keer", "10 kilo"). */
const UNITS = wordSet(
  'keer kilo kilos kg kilometer km uur uren minuten minuut seconden euro liter procent paginas pagina meter gram pond',
);
/** Recurring moments: "elke dag", "iedere ochtend". */
const RECUR_LEAD = new Set(['elke', 'iedere', 'ieder', 'elk']);
const RECUR_SINGLE = new Set(['dagelijks', 'wekelijks', 'maandelijks']);
/** Adverbs at the end of an object ("nieuwe medewerkers goed"): not part of a noun phrase. */
const OBJECT_ADVERB =
  /\b(goed|beter|vaker|sneller|snel|rustig|rustiger|zelf|op tijd|vroeg|vroeger|laat|later|eerder|minder|meer)$/i;
const RECUR_WORD = wordSet(
  'dag week maand ochtend middag avond nacht maandag dinsdag woensdag donderdag vrijdag zaterdag zondag werkdag weekend',
);
/** Verbs of being and feeling: with a feeling they describe a state, not behaviour. */
const FEEL_VERBS = wordSet('zijn worden voelen hebben zitten overkomen blijven schamen');
const REFLEXIVE = /^(me|mij|mezelf|mijzelf|zich)$/i;

/** The parts of a goal, each in the user's own words. */
export interface GoalParts {
  /** Infinitive of what is done ("afvallen"), or "" when the goal names a state only. */
  verb: string;
  /** What it is done to, before the verb ("vacatures", "mijn cv", "me"). */
  object: string;
  /** Phrases after the verb ("bij de gemeente"). */
  tail: string;
  /** A recurring time kept from the goal ("elke dag om 7 uur"), or "". */
  recurring: string;
  /** A clause that follows the verb ("zonder te stoppen"), or "". */
  after: string;
  /** True when the goal said "niet", "nooit" or "geen". */
  negative: boolean;
  /** All remaining words in order. */
  words: string;
}

/** Joins tokens as typed: keeps "LinkedIn-profiel" and "collega's" together. */
function join(text: string, tokens: Token[]): string {
  const first = tokens[0];
  // A capital only because the word opened the sentence ("Een baan vinden") is dropped.
  const lower =
    !!first &&
    first.start === text.search(/\p{L}/u) &&
    /^\p{Lu}\p{Ll}/u.test(text.slice(first.start, first.end));
  let out = '';
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1];
    if (prev) {
      const gap = text.slice(prev.end, t.start);
      out += /^[-'\u2019/]$/.test(gap) ? gap : ' ';
    }
    const raw = text.slice(t.start, t.end);
    out += i === 0 && lower ? raw[0]!.toLowerCase() + raw.slice(1) : raw;
  });
  return out;
}

/** Drops words left dangling at either end ("om", "te", a lone preposition). */
function trimEnds(tokens: Token[]): Token[] {
  let a = 0;
  let b = tokens.length;
  while (a < b && ['om', 'dat', 'te', 'en'].includes(tokens[a]!.w)) a++;
  while (
    b > a &&
    (PREPOSITIONS.has(tokens[b - 1]!.w) ||
      TRAILING.has(tokens[b - 1]!.w) ||
      ['te', 'om', 'en', 'per'].includes(tokens[b - 1]!.w))
  )
    b--;
  return tokens.slice(a, b);
}

interface Kept {
  kept: Token[];
  recurring: Token[];
  negative: boolean;
}

/** Removes intention words, amounts with their unit, deadlines and negations; keeps a recurring time apart. */
function keep(tokens: Token[]): Kept {
  const drop = new Set<number>();
  const recur = new Set<number>();
  let negative = false;
  tokens.forEach((t, i) => {
    if (drop.has(i) || recur.has(i)) return;
    // "gaan" as the verb of the goal ("naar bed gaan") stays; "ik ga …" is an intention.
    const lastWord = !tokens.slice(i + 1).some((u) => /\p{L}/u.test(u.w));
    if (DROP.has(t.w) && !(t.w === 'gaan' && lastWord && i > 1 && tokens[i - 1]?.w !== 'wil'))
      drop.add(i);
    if (NEGATORS.has(t.w)) {
      negative = true;
      drop.add(i);
    }
    if (t.w === 'meer' && tokens.slice(Math.max(0, i - 4), i).some((u) => NEGATORS.has(u.w)))
      drop.add(i);
    // "mijn doel is (om)", "dat is mijn doel", "dat wil ik", "het liefst", "zo snel mogelijk"
    if ((t.w === 'doel' || t.w === 'leerdoel') && tokens[i - 1]?.w === 'mijn') {
      for (const k of [i - 3, i - 2, i - 1, i, i + 1, i + 2])
        if (['dat', 'is', 'mijn', 'doel', 'leerdoel', 'om'].includes(tokens[k]?.w ?? ''))
          drop.add(k);
    }
    if (t.w === 'dat' && (tokens[i + 1]?.w === 'wil' || tokens[i + 1]?.w === 'is')) drop.add(i);
    if (t.w === 'liefst' || t.w === 'mogelijk') {
      drop.add(i);
      if (tokens[i - 1]?.w === 'het') drop.add(i - 1);
      if (tokens[i - 1]?.w === 'snel' && tokens[i - 2]?.w === 'zo') drop.add(i - 1).add(i - 2);
    }
    // "ik moet van de gemeente": who obliges it is not part of the goal.
    if (t.w === 'van' && tokens[i - 1]?.w === 'moet') {
      drop.add(i);
      if (DETERMINERS.has(tokens[i + 1]?.w ?? '')) drop.add(i + 1).add(i + 2);
      else drop.add(i + 1);
      return;
    }
    if (RECUR_SINGLE.has(t.w)) {
      recur.add(i);
      return;
    }
    // A recurring moment, with a clock time after it: "elke dag om 7 uur".
    if (RECUR_LEAD.has(t.w) && RECUR_WORD(tokens[i + 1])) {
      recur.add(i).add(i + 1);
      const om = tokens[i + 2];
      if (om?.w === 'om' && isNumber(tokens[i + 3])) {
        recur.add(i + 2).add(i + 3);
        if (tokens[i + 4]?.w === 'uur') recur.add(i + 4);
      }
      return;
    }
    // A clock time on its own: "om 11 uur" (kept as the moment of the habit).
    if (t.w === 'om' && isNumber(tokens[i + 1]) && tokens[i + 2]?.w === 'uur') {
      recur
        .add(i)
        .add(i + 1)
        .add(i + 2);
      return;
    }
    if (isNumber(t)) {
      drop.add(i);
      if (tokens[i - 1]?.w === 'een' || tokens[i - 1]?.w === 'minimaal') drop.add(i - 1);
      // The unit goes with its number, and so does "per week" after it.
      let j = i + 1;
      if (UNITS(tokens[j])) drop.add(j++);
      if (tokens[j]?.w === 'per' && tokens[j + 1]) drop.add(j).add(j + 1);
      return;
    }
    if (t.w === 'per' && TIME(tokens[i + 1])) {
      drop.add(i).add(i + 1);
      return;
    }
    // A deadline or time word with the words that lead up to it: "binnen een half jaar".
    if (TIME(t)) {
      drop.add(i);
      for (let j = i - 1; j >= 0 && (TIME_LEAD.has(tokens[j]!.w) || isNumber(tokens[j])); j--)
        drop.add(j);
    }
  });
  return {
    kept: tokens.filter((_, i) => !drop.has(i) && !recur.has(i)),
    recurring: tokens.filter((_, i) => recur.has(i) && !drop.has(i)),
    negative,
  };
}

/** Short verbs on -aan, -oen, -ien, also with a particle: "opstaan", "doen", "naar bed gaan". */
const SHORT_VERB =
  /^(op|af|aan|uit|in|bij|mee|weg|door|terug|toe|na|om)?(staan|gaan|doen|zien|slaan)$/;
/** A typed infinitive without its final n ("bijwerke", "opstaa"): the verb is clear. */
function missingN(w: string): boolean {
  return (
    /[ea]$/.test(w) && (VERBS.has(`${w}n`) || SHORT_VERB.test(`${w}n`) || TYPO_VERBS.has(`${w}n`))
  );
}
/** More verbs whose final n is often left off. */
const TYPO_VERBS = new Set('afvallen opstaan eten sporten koken wandelen'.split(' '));

/** Words that can stand before an infinitive without making it a noun ("minder piekeren"). */
const ADVERB_LEAD = new Set(['meer', 'minder', 'veel', 'weinig']);

function isVerbLike(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  if (prev && DETERMINERS.has(prev.w) && !ADVERB_LEAD.has(prev.w)) return false;
  if (VERBS.has(t.w) || PARTICIPLES[t.w] || SHORT_VERB.test(t.w)) return true;
  if (missingN(t.w)) return true;
  if (PREPOSITIONS.has(t.w) || NOT_VERBS.has(t.w)) return false;
  return (
    t.w.length >= 5 &&
    t.w.endsWith('en') &&
    !(prev && ((DETERMINERS.has(prev.w) && !ADVERB_LEAD.has(prev.w)) || PREPOSITIONS.has(prev.w)))
  );
}

/** The clause to work on: the last one that states an intention, else the first sentence. */
function mainClause(all: Token[]): Token[] {
  const firstSentence = all.filter((t) => t.sent === (all[0]?.sent ?? 0));
  const clauses = [...new Set(firstSentence.map((t) => t.clause))];
  for (let k = clauses.length - 1; k > 0; k--) {
    const clause = firstSentence.filter((t) => t.clause === clauses[k]);
    const intent = clause.some((t) => t.w === 'wil' || t.w === 'ga');
    const content = trimEnds(keep(clause).kept).filter((t) => !['is', 'het', 'doel'].includes(t.w));
    if (intent && content.length > 0) return clause;
  }
  // A goal of several clauses without a later intention: the first clause is the goal.
  const first = firstSentence.filter((t) => t.clause === clauses[0]);
  return trimEnds(keep(first).kept).length > 0 ? first : firstSentence;
}

const withN = (verb: string) => (missingN(verb) ? `${verb}n` : verb);

/** Takes a goal apart into its parts (see GoalParts). */
export function goalParts(text: string): GoalParts {
  const clause = mainClause(tokenize(text));
  const { kept: raw0, recurring: recurTokens, negative } = keep(clause);
  const recurring = join(text, recurTokens);
  // "zonder te stoppen" follows the verb as it is.
  const zonder = raw0.findIndex((t) => t.w === 'zonder');
  const after = zonder > 0 ? join(text, raw0.slice(zonder)) : '';
  const raw = zonder > 0 ? raw0.slice(0, zonder) : raw0;
  const kept = trimEnds(raw);
  const words = join(text, kept);
  const base = { recurring, after, negative, words };
  // "ik vul mijn profiel aan", "ik zoek vijf vacatures uit": a finite verb next to "ik", maybe split.
  const finite = clause.find(
    (t, i) => FINITE[t.w] !== undefined && (clause[i - 1]?.w === 'ik' || clause[i + 1]?.w === 'ik'),
  );
  const fin = finite ? raw.indexOf(finite) : -1;
  if (fin >= 0 && !raw.some((t) => VERBS.has(t.w))) {
    const last = raw.at(-1)!;
    const particle = raw.length > fin + 1 && PARTICLES.has(last.w) ? last.w : '';
    const object = trimEnds(raw.slice(fin + 1, particle ? -1 : undefined));
    return { ...base, verb: particle + FINITE[raw[fin]!.w]!, object: join(text, object), tail: '' };
  }
  let vi = -1;
  const noun = (i: number) =>
    DETERMINERS.has(kept[i - 1]?.w ?? '') && !ADVERB_LEAD.has(kept[i - 1]!.w);
  for (let i = kept.length - 1; i >= 0 && vi < 0; i--)
    if ((VERBS.has(kept[i]!.w) && !noun(i)) || PARTICIPLES[kept[i]!.w]) vi = i;
  for (let i = kept.length - 1; i >= 0 && vi < 0; i--) if (isVerbLike(kept, i)) vi = i;
  // "naar de sportschool", "op tijd naar bed": going somewhere is the activity.
  if (vi < 0 && /(^|\s)naar\s/i.test(words))
    return { ...base, verb: 'gaan', object: words, tail: '' };
  if (vi < 0) return { ...base, verb: '', object: words, tail: '' };
  // "vragen hoe het met mijn team gaat": a question clause after the verb stays as typed.
  const ci = clause.indexOf(kept[vi]!);
  const wh = clause.findIndex((t, i) => i > ci && /^(hoe|wat|of|welke|waarom|wanneer)$/.test(t.w));
  if (wh > ci) {
    return {
      ...base,
      verb: join(text, [kept[vi]!]).toLowerCase(),
      object: join(text, trimEnds(kept.slice(0, vi))),
      tail: join(text, trimEnds(kept.slice(vi + 1).filter((t) => clause.indexOf(t) < wh))),
      after: sp(join(text, clause.slice(wh)), after),
    };
  }
  let objectTokens = trimEnds(kept.slice(0, vi));
  // "hebben gevonden": the auxiliary belongs to the verb.
  const participle = PARTICIPLES[kept[vi]!.w];
  if (participle && objectTokens.at(-1)?.w === 'hebben') objectTokens = objectTokens.slice(0, -1);
  return {
    ...base,
    verb: participle ?? withN(join(text, [kept[vi]!]).toLowerCase()),
    object: join(text, objectTokens),
    tail: join(text, trimEnds(kept.slice(vi + 1))),
  };
}

/** Capital first letter, single spaces, a full stop at the end. */
export function tidy(sentence: string): string {
  const s = sentence
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.])/g, '$1')
    .trim()
    .replace(/[.!?…\s]+$/, '');
  return s ? `${s[0]!.toUpperCase()}${s.slice(1)}.` : '';
}

const r = phrases;
const sp = (...xs: string[]) => xs.filter(Boolean).join(' ');

/** The middle field of a subordinate clause: reflexive pronoun first, then the rest. */
function middle(p: GoalParts, lead = ''): string {
  const words = p.object.split(' ');
  const refl = REFLEXIVE.test(words[0] ?? '') ? words.shift()! : '';
  return sp(refl, lead, words.join(' '), p.tail);
}

/** A plain noun phrase that can follow "het … van" ("mijn cv", "vacatures"). */
function nounPhrase(object: string): boolean {
  if (!object || REFLEXIVE.test(object.split(' ')[0]!)) return false;
  if (
    /^(op|in|bij|met|aan|naar|voor|uit|zo|zoveel|veel|beter|meer|minder|goed|het|iets|alles|niets|wat)\b/i.test(
      object,
    )
  )
    return false;
  return !/\b(?:te|om)\b/i.test(object);
}

function activity(p: GoalParts): string[] {
  const { verb, object } = p;
  const searching =
    /(vind|zoek)en$/i.test(verb) && !p.tail && /\b(vacatures?|banen|baan|werk)$/i.test(object);
  const past = searching ? r.passendNa(object) : '';
  const mid = middle(p);
  const out = [r.leerHoe(mid || p.recurring, verb, sp(p.after, past))];
  if (/\bvacatures?$/i.test(object) && searching) out.push(r.kanalenVacatures);
  const adverb = OBJECT_ADVERB.test(object);
  if ((object || !p.recurring) && !adverb) out.push(r.manieren(mid, verb, p.after));
  if (
    nounPhrase(object) &&
    !adverb &&
    !p.after &&
    !STATE_VERBS(verb) &&
    !/^(gaan|doen|komen)$/.test(verb)
  )
    out.push(r.oefenenMetHet(verb, object, p.tail));
  // A clock time would follow "om" twice ("om om 7 uur"): then it goes after the verb.
  const clock = /^om\b/i.test(p.recurring);
  out.push(
    r.watHelpt(
      sp(clock ? '' : p.recurring, mid),
      teInfinitive(verb),
      sp(clock ? p.recurring : '', p.after),
    ),
  );
  return out;
}

function job(p: GoalParts, text: string): string[] {
  // Only a plain job noun can be searched for: "een vaste baan", not "aangenomen" or "aan het werk".
  const objectIsJob =
    !!p.object && JOB_NOUN(p.object.split(' ').at(-1)) && !/^(aan|dat)\b/i.test(p.object);
  const als = /\bals\s+([\p{L} -]+)$/iu.exec(sp(p.object, p.tail));
  const jobWithRole =
    !!als &&
    JOB_NOUN(
      p.object
        .split(/\s+als\s+/i)[0]!
        .split(' ')
        .at(-1),
    );
  const out = [
    objectIsJob || jobWithRole ? r.kanalenWerk(p.object) : r.kanalenPassendWerk,
    r.oefenenBieden,
  ];
  const pp = /\b((?:bij|in)\s+[\p{L}' -]+)$/iu.exec(p.tail || p.object);
  if (als) out.push(r.werkgeversZoeken(als[1]!.trim()));
  else if (pp && !/\bwerk$/i.test(pp[1]!)) out.push(r.werkgeversVinden(pp[1]!.trim()));
  if (/uitgenodigd|terugbel/i.test(text)) out.push(r.briefEnCv);
  out.push(r.talenten);
  return out;
}

const isExamWord = (t: Token | undefined) =>
  !!t && (EXAM(t) || /(examen|toets|tentamen|diploma|rijbewijs|certificaat)$/.test(t.w));
const isSitting = (w: string | undefined) => !!w && /(examen|toets|tentamen)$/i.test(w);

function exam(all: Token[], text: string): string[] {
  const tokens = keep(all).kept;
  const i = tokens.findIndex((t) => isExamWord(t));
  const voor = tokens.findIndex((t, j) => j > i && t.w === 'voor');
  let subject = '';
  if (i >= 0) {
    // "mijn mbo-diploma", "mijn B1-examen": the whole compound, with its determiner.
    let a = i;
    while (a > 0 && text.slice(tokens[a - 1]!.end, tokens[a]!.start) === '-') a--;
    if (DETERMINERS.has(tokens[a - 1]?.w ?? '')) a--;
    subject = join(text, tokens.slice(a, i + 1));
  }
  // "een 8 halen voor wiskunde", "een goed cijfer voor mijn verslag": the subject follows "voor".
  if ((i < 0 || /^(cijfer|voldoende)$/.test(tokens[i]!.w)) && voor >= 0)
    subject = join(text, trimEnds(tokens.slice(voor + 1)));
  else if (i >= 0 && !isSitting(tokens[i]!.w)) {
    const before = tokens.findIndex((t) => t.w === 'voor');
    if (before >= 0 && before < i) subject = join(text, tokens.slice(before + 1, i + 1));
  }
  if (!subject) return [];
  const out = [r.manierVanLeren(subject), r.lastigeDelen(subject), r.voorbereiding(subject)];
  if (isSitting(subject.split(/[\s-]/).at(-1))) out.push(r.rustigTijdens(subject));
  return out;
}

function stopping(text: string): string[] {
  const m = /\b(?:stoppen|stop|ophouden)\s+met\s+(.+?)[.!]*$/iu.exec(text.trim());
  if (!m) return [];
  const wat = m[1]!.trim();
  return [r.stoppenLeren(wat), r.momentenZin(wat), r.inPlaatsVan(wat)];
}

/** Own level as the standard (§5.4), when nothing else of the goal can be reused. */
function ownLevel(): string[] {
  return [r.eigenVooruitgang, r.waarSta, r.losVanAnderen];
}

function competition(text: string, tokens: Token[]): string[] {
  // Drop the comparison ("eerder … dan de anderen in de groep") and see what is left.
  const dan = tokens.findIndex((t) => t.w === 'dan');
  if (dan > 0) {
    const clause = tokens[dan]!.clause;
    const rest = join(
      text,
      tokens.filter((t, i) => (i < dan || t.clause !== clause) && !(i < dan && COMPARING.has(t.w))),
    );
    const again = analyzeGoal(rest).type;
    if (again === 'leerdoel') return [rest, ...ownLevel()];
    if (again === 'uitkomstdoel') return suggestFor(rest, again);
  }
  const role =
    /\bde\s+(?:beste|slimste|snelste)\s+([\p{L}-]+?)(?:\s+(?:van|in|uit)\b.*)?(?:\s+(?:zijn|worden))?[.!]*$/iu.exec(
      text.trim(),
    );
  if (role && !/^(zijn|worden|te)$/i.test(role[1]!))
    return [r.groeienAls(role[1]!), r.lerenVanAnderen(role[1]!), ...ownLevel()];
  const pp = /\b((?:tijdens|bij|in)\s+(?:het|de|een|mijn)\s+([\p{L}-]+))/iu.exec(text);
  if (pp && !/^(top|groep|klas|rest|team)$/i.test(pp[2]!))
    return [r.lastigeMomenten(pp[1]!), r.rustigBlijven(pp[1]!), r.nabespreken(pp[1]!)];
  return ownLevel();
}

/** A feeling or state ("minder zenuwachtig zijn bij gesprekken"): make it observable. */
function feelingGoal(p: GoalParts): string[] {
  const verb = p.verb || 'hebben';
  const words = p.object.split(' ');
  const refl = REFLEXIVE.test(words[0] ?? '') ? words.shift()! : '';
  // Place first, the feeling last: "als ik bij gesprekken minder zenuwachtig ben".
  const mid = sp(refl, p.tail, words.join(' '));
  if (!mid) return [];
  return [
    r.andersDoen(`ik ${mid} ${firstPerson(verb)}`),
    r.leerHoe(mid, verb, ''),
    r.kleineStap(mid, teInfinitive(p.verb || 'krijgen')),
  ];
}

function vague(p: GoalParts, text: string, feels: boolean): string[] {
  // "mijn best doen om sollicitatiebrieven te schrijven": the activity is after "om".
  const om = /\bom\s+(.+?)\s+te\s+([\p{L}-]+)\s*(.*?)[.!]*$/iu.exec(text);
  if (om)
    return activity({
      ...p,
      verb: om[2]!,
      object: om[1]!,
      tail: om[3] ?? '',
      after: '',
      recurring: '',
    });
  if (/\b(best|goed)\s+doen\b/i.test(p.words)) return [r.concreetBetekent(p.words)];
  if (feels && (!p.verb || FEEL_VERBS(p.verb))) {
    const felt = feelingGoal(p);
    if (felt.length) return felt;
  }
  // "wat me … voor mij betekent" does not work with a reflexive pronoun.
  const plain = !REFLEXIVE.test(p.words.split(' ')[0] ?? '');
  if (!p.verb) return plain ? [r.concreetBetekent(p.words)] : [];
  return [
    plain ? r.concreetBetekent(p.words) : '',
    r.leerHoe(middle(p), p.verb, p.after),
    r.kleineStap(middle(p), teInfinitive(p.verb)),
  ];
}

/** People and groups the user can help. */
const PEOPLE =
  /^(team|teams|medewerker|medewerkers|collega|collegas|afdeling|kinderen|kind|zoon|dochter|partner|baas|leidinggevende|klant|klanten|groep|klas|leerlingen|studenten|cliënten|clienten|mensen|iedereen|vrienden|familie)$/;

/** "ik wil dat mijn team …": ask what the user can do, not what the others must do. */
function othersWanted(text: string, tokens: Token[]): string[] {
  const dat = tokens.findIndex(
    (t, i) => t.w === 'dat' && /^(wil|willen|wilt)$/.test(tokens[i - 1]?.w ?? ''),
  );
  if (dat < 0) return [];
  const kept = trimEnds(keep(tokens.slice(dat + 1)).kept);
  const subjectEnd = DETERMINERS.has(kept[0]?.w ?? '') ? 2 : 1;
  const head = kept[subjectEnd - 1];
  if (!head) return [];
  if (/^werkgever/.test(head.w))
    return job(
      { verb: '', object: '', tail: '', recurring: '', after: '', negative: false, words: '' },
      text,
    );
  const subject = join(text, kept.slice(0, subjectEnd));
  const plural = /(en|s)$/.test(head.w) && head.w !== 'team';
  const zin = join(text, kept);
  // "dat mijn team op tijd komt" is a clause of its own; a bare noun phrase is not.
  const clause = kept.length > subjectEnd ? [r.zodat(zin)] : [];
  if (!PEOPLE.test(head.w)) return clause;
  return [...clause, r.ondersteunen(subject), r.nodigHeeft(subject, plural)];
}

/** "te laat komen" -> "op tijd komen": a few common reversed problems and their positive side. */
function positiveCounterpart(text: string): string | undefined {
  const w = text.toLowerCase();
  for (const [neg, pos] of r.tegenhangers) if (w.includes(neg)) return w.replace(neg, pos);
  return undefined;
}

/** "niet meer roken", "geen afspraken meer vergeten": stop, or what instead. */
function negativeGoal(p: GoalParts): string[] {
  const wat = sp(middle(p), p.verb, p.after);
  if (!wat) return [];
  if (!p.verb) return [r.welWillen(wat)];
  return [r.stoppenLeren(wat), r.inPlaatsVan(wat), r.welWillen(wat)];
}

function suggestFor(text: string, type: GoalType): string[] {
  const tokens = tokenize(text);
  if (type === 'competitiedoel') return competition(text, tokens);
  const others = othersWanted(text, tokens);
  if (others.length) return others;
  const stop = stopping(text);
  if (stop.length) return stop;
  let parts = goalParts(text);
  if (parts.negative) {
    const positive = positiveCounterpart(text);
    if (positive) parts = { ...goalParts(positive), negative: false };
  }
  const verb = parts.verb.toLowerCase();
  const state = !verb || STATE_VERBS(verb);
  if (
    state &&
    (tokens.some((t) => isExamWord(t)) || (verb === 'halen' && /\bvoor\b/i.test(text)))
  ) {
    const examSuggestions = exam(tokens, text);
    if (examSuggestions.length) return examSuggestions;
  }
  if (
    tokens.some((t) => JOB(t)) &&
    (state || /aangenomen|uitgenodigd|afgewezen|terugbel/i.test(text))
  )
    return job(parts, text);
  if (parts.negative) return negativeGoal(parts);
  const feels = analyzeGoal(text).signalen.some(
    (x) => x.regel === 'gevoel' || x.regel === 'vergrotende-trap',
  );
  if (type === 'vaag') return vague(parts, text, feels);
  if (feels && (!parts.verb || FEEL_VERBS(verb))) {
    const felt = feelingGoal(parts);
    if (felt.length) return felt;
  }
  if (parts.verb && !state) return activity(parts);
  // Only a thing, no verb ("vijf sollicitaties per week"): how to go about it.
  if (!parts.verb && nounPhrase(parts.object) && !feels)
    return [r.aanpakken(parts.object), r.helptBij(parts.object)];
  return [];
}

/** The result of rewriting a goal: the suggestions, or why there are none. */
export interface Rewrite {
  voorstellen: string[];
  /** "leerdoel": already a learning goal; "geen-delen": no parts found, show the worked example. */
  reden?: 'leerdoel' | 'geen-delen' | 'geen-doel';
}

/** 2–4 learning-goal suggestions built from the parts of the user's goal, or a reason why not. */
export function rewriteGoal(goal: string): Rewrite {
  const text = goal.trim().slice(0, 1000);
  const analysis = analyzeGoal(text);
  if (analysis.type === 'onbekend') return { voorstellen: [], reden: 'geen-doel' };
  if (analysis.type === 'leerdoel') return { voorstellen: [tidy(text)], reden: 'leerdoel' };
  const seen = new Set<string>();
  const out: string[] = [];
  const add = (s: string) => {
    const t = tidy(s);
    const key = t.toLowerCase();
    if (!t || seen.has(key) || t.length > 300 || out.length >= MAX_SUGGESTIONS) return;
    if (analyzeGoal(t).type !== 'leerdoel') return;
    seen.add(key);
    out.push(t);
  };
  for (const s of suggestFor(text, analysis.type)) add(s);
  if (!out.length) return { voorstellen: [], reden: 'geen-delen' };
  // One suggestion from the goal's own parts: add one about the approach, without quoting the goal.
  if (out.length < 2) add(r.eigenVooruitgang);
  return { voorstellen: out };
}

/** The suggestions of rewriteGoal (the goal itself when it already is a learning goal). */
export function suggestLearningGoals(goal: string): string[] {
  return rewriteGoal(goal).voorstellen;
}

/** The parts of a learning goal the tool wrote itself, or of any goal. */
function learningParts(text: string): GoalParts | undefined {
  const goal = text.trim().replace(/[.!?…]+$/u, '');
  const empty = { tail: '', recurring: '', after: '', negative: false, words: '' };
  const hoe = /^ik wil (?:leren|uitzoeken|ontdekken) hoe ik (.*?)\s*kan (\S+)\s*(.*?)[.!]*$/iu.exec(
    goal.trim(),
  );
  if (hoe) return { ...empty, object: hoe[1]!, verb: hoe[2]!, after: hoe[3] ?? '' };
  const om = /\bom (.*?)\s*(?:(\p{L}+) )?te (\p{L}+)\s*(.*?)[.!]*$/iu.exec(goal.trim());
  if (om) {
    const particle =
      om[2] && /^(af|op|aan|uit|bij|in|mee|terug|weg|toe|na|door)$/i.test(om[2]) ? om[2] : '';
    const object = particle ? om[1]! : sp(om[1]!, om[2] ?? '');
    return { ...empty, object, verb: particle + om[3]!, after: om[4] ?? '' };
  }
  const parts = goalParts(goal);
  const ok =
    !!parts.verb &&
    !STATE_VERBS(parts.verb) &&
    !/^(leren|oefenen|uitzoeken|ontdekken|passen|werken)$/i.test(parts.verb);
  return ok ? parts : undefined;
}

/**
 * "Maak het kleiner": turns the answer to "in which situations is it hardest?" into a
 * smaller learning goal, as in the stop-smoking example.
 */
export function makeSmaller(goal: string, situatie: string): string[] {
  let s = situatie
    .trim()
    .replace(/[.!?…]+$/u, '')
    .replace(/\s+/g, ' ')
    .slice(0, 200);
  if (!s || !/\p{L}/u.test(s)) return [];
  if (/^\p{Lu}\p{Ll}/u.test(s)) s = s[0]!.toLowerCase() + s.slice(1);
  const parts = learningParts(goal);
  const out: string[] = [];
  const conj = /^(als|wanneer|zodra|op momenten dat|momenten dat)\s+(.+)$/i.exec(s);
  if (conj) {
    const clause = toSubordinate(conj[2]!);
    out.push(r.momentenWaarop(clause));
    if (parts)
      out.push(
        r.watHelptAls(
          middle(parts),
          sp(teInfinitive(parts.verb), parts.after),
          `${conj[1]!.toLowerCase()} ${clause}`,
        ),
      );
  } else if (/^(op|in|bij|tijdens|na|voor|met|onder|thuis|buiten|'s)\s/i.test(s)) {
    out.push(r.lastigeMomenten(s));
    if (parts) out.push(r.leerHoe(middle(parts, s), parts.verb, parts.after));
  } else if (/^(ik|je)\b/i.test(s)) {
    out.push(r.momentenWaarop(toSubordinate(s)));
  } else {
    out.push(r.omgaanMet(s));
    if (parts) out.push(r.leerHoe(middle(parts, `bij ${s}`), parts.verb, parts.after));
  }
  return [...new Set(out.map(tidy))].filter((t) => analyzeGoal(t).type === 'leerdoel');
}
