// From a performance goal to learning goals, in the user's own words.
//
// The goal is taken apart into what is being done (verb, object and the rest of the
// clause) after dropping what makes it a performance goal: the intention ("ik wil"),
// counts and deadlines, negations, comparisons with others. The pieces go back into
// learning-goal templates (src/strings/goals-rewrite.ts). Every suggestion is run through
// analyzeGoal and kept only when it reads as a learning goal.
import { rewriteStrings } from '../../strings/goals-rewrite.ts';
import { analyzeGoal, type GoalType } from './analyze.ts';
import { isNumber, tokenize, wordSet, type Token } from './text.ts';

const MAX_SUGGESTIONS = 4;

const TIME = wordSet(
  'vandaag morgen overmorgen vanmiddag vanavond vanochtend straks maandag dinsdag woensdag donderdag vrijdag zaterdag zondag januari februari maart april mei juni juli augustus september oktober november december week weken maand maanden jaar kwartaal zomer kerst najaar voorjaar deadline weekend afspraak vakantie uur dag dagen',
);
const TIME_LEAD = new Set(
  'deze dit volgende volgend elke elk iedere ieder per binnen over voor uiterlijk na eind begin de het een half komende tot'.split(
    ' ',
  ),
);
const DROP = new Set(
  'ik we wij wil willen wilt wilde ga gaan gaat graag echt gewoon eigenlijk alvast minimaal minstens maximaal tenminste nog weer'.split(
    ' ',
  ),
);
const NEGATORS = new Set(['niet', 'nooit', 'geen']);
const DETERMINERS = new Set(
  'de het een mijn jouw zijn haar onze ons hun deze die dit elke alle veel geen meer minder weinig'.split(
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
  'tussen samen open eigen binnen boven buiten beneden even tegen alleen misschien mensen uren weken dagen jaren banen'.split(
    ' ',
  ),
);
const STATE_VERBS = wordSet('hebben zijn krijgen halen behalen worden slagen zakken blijven staan');
// Exact infinitives (no stemming: "werk" the noun must not count as "werken").
const VERBS = new Set(
  'vinden zoeken uitzoeken schrijven maken bellen sturen versturen opsturen inschrijven bijwerken aanvullen afronden afmaken inleveren geven houden voeren presenteren plannen solliciteren netwerken communiceren samenwerken leidinggeven luisteren werken leven lezen leren halen hebben krijgen zijn worden begeleiden verhogen verbeteren starten beginnen bezoeken bekijken volgen delegeren coachen komen helpen'.split(
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
const SITTING = wordSet('examen rijexamen toets taaltoets tentamen');
const COMPARING = new Set('eerder sneller meer slimmer hoger vaker harder verder'.split(' '));
/** Separable first parts: "bijwerken" -> "bij te werken", "leidinggeven" -> "leiding te geven". */
const PARTICLE =
  /^(aan|af|bij|in|mee|na|op|terug|toe|uit|voor|weg|samen|vast|los|leiding|les)(?=[a-z]{2,}en$)/;
const PARTICIPLES: Record<string, string> = {
  gevonden: 'vinden',
  geschreven: 'schrijven',
  gestuurd: 'sturen',
  verstuurd: 'versturen',
  afgerond: 'afronden',
  gehaald: 'halen',
  gemaakt: 'maken',
};

/** The pieces of a goal, each in the user's own words. */
export interface GoalParts {
  /** Infinitive of what is done ("vinden"), or "" when the goal names a state only. */
  verb: string;
  /** What it is done to ("vacatures", "mijn cv"). */
  object: string;
  /** What follows the verb ("bij de gemeente"). */
  tail: string;
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
  while (a < b && ['om', 'dat', 'te'].includes(tokens[a]!.w)) a++;
  while (
    b > a &&
    (PREPOSITIONS.has(tokens[b - 1]!.w) ||
      TRAILING.has(tokens[b - 1]!.w) ||
      ['te', 'om'].includes(tokens[b - 1]!.w))
  )
    b--;
  return tokens.slice(a, b);
}

/** Removes intention words, counts, deadlines and negations. */
function keep(tokens: Token[]): { kept: Token[]; negative: boolean } {
  const drop = new Set<number>();
  let negative = false;
  tokens.forEach((t, i) => {
    if (DROP.has(t.w) || isNumber(t)) drop.add(i);
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
    if (t.w === 'een' && isNumber(tokens[i + 1])) drop.add(i);
    // A deadline or time word with the words that lead up to it: "binnen een half jaar".
    if (TIME(t)) {
      drop.add(i);
      for (let j = i - 1; j >= 0 && (TIME_LEAD.has(tokens[j]!.w) || isNumber(tokens[j])); j--)
        drop.add(j);
    }
  });
  return { kept: tokens.filter((_, i) => !drop.has(i)), negative };
}

function isVerbLike(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (VERBS.has(t.w) || PARTICIPLES[t.w]) return true;
  const prev = tokens[i - 1];
  if (PREPOSITIONS.has(t.w) || NOT_VERBS.has(t.w)) return false;
  return (
    t.w.length >= 5 &&
    t.w.endsWith('en') &&
    !(prev && (DETERMINERS.has(prev.w) || PREPOSITIONS.has(prev.w)))
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
  return firstSentence;
}

/** Takes a goal apart into verb, object and tail (see GoalParts). */
export function goalParts(text: string): GoalParts {
  const clause = mainClause(tokenize(text));
  const { kept: raw, negative } = keep(clause);
  const kept = trimEnds(raw);
  const words = join(text, kept);
  // "ik vul mijn profiel aan", "ik zoek vijf vacatures uit": a finite verb next to "ik", maybe split.
  const finite = clause.find(
    (t, i) => FINITE[t.w] !== undefined && (clause[i - 1]?.w === 'ik' || clause[i + 1]?.w === 'ik'),
  );
  const fin = finite ? raw.indexOf(finite) : -1;
  if (fin >= 0 && !raw.some((t) => VERBS.has(t.w))) {
    const last = raw.at(-1)!;
    const particle = raw.length > fin + 1 && PARTICLES.has(last.w) ? last.w : '';
    const object = trimEnds(raw.slice(fin + 1, particle ? -1 : undefined));
    return {
      verb: particle + FINITE[raw[fin]!.w]!,
      object: join(text, object),
      tail: '',
      negative,
      words,
    };
  }
  let vi = -1;
  for (let i = kept.length - 1; i >= 0 && vi < 0; i--)
    if (VERBS.has(kept[i]!.w) || PARTICIPLES[kept[i]!.w]) vi = i;
  for (let i = kept.length - 1; i >= 0 && vi < 0; i--) if (isVerbLike(kept, i)) vi = i;
  if (vi < 0) return { verb: '', object: words, tail: '', negative, words };
  let objectTokens = trimEnds(kept.slice(0, vi));
  // "hebben gevonden": the auxiliary belongs to the verb.
  const participle = PARTICIPLES[kept[vi]!.w];
  if (participle && objectTokens.at(-1)?.w === 'hebben') objectTokens = objectTokens.slice(0, -1);
  return {
    verb: participle ?? join(text, [kept[vi]!]),
    object: join(text, objectTokens),
    tail: join(text, trimEnds(kept.slice(vi + 1))),
    negative,
    words,
  };
}

/** "bijwerken" -> "bij te werken", "vinden" -> "te vinden". */
export function teInfinitive(verb: string): string {
  const m = PARTICLE.exec(verb.toLowerCase());
  return m ? `${verb.slice(0, m[1]!.length)} te ${verb.slice(m[1]!.length)}` : `te ${verb}`;
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

const r = rewriteStrings;

function activity(p: GoalParts): string[] {
  const { verb, object, tail } = p;
  const reflexive = /^(me|mij|mezelf|mijzelf|zich)\b/i.test(object);
  // "op tijd komen": the object is an adverbial, so "het komen van op tijd" would be wrong.
  const adverbial = /^(op|in|bij|met|aan|naar|voor|uit|zo)\b/i.test(object);
  const searching =
    /(vind|zoek)en$/i.test(verb) && !tail && /\b(vacatures?|banen|baan|werk)$/i.test(object);
  const out = [r.leerHoe(object, verb, tail, searching ? r.past(object) : '')];
  if (/\bvacatures?$/i.test(object) && searching) out.push(r.kanalenVacatures);
  if (!adverbial) out.push(r.manieren(object, verb, tail));
  if (!adverbial)
    out.push(
      object && !reflexive
        ? r.oefenenMetHet(verb, object, tail)
        : r.oefenenMet(`${object} ${verb}`, tail),
    );
  out.push(r.watHelpt(object, teInfinitive(verb), tail));
  return out;
}

function job(p: GoalParts, text: string): string[] {
  // Only a plain job noun can be searched for: "een vaste baan", not "aangenomen" or "aan het werk".
  const objectIsJob =
    !!p.object && JOB_NOUN(p.object.split(' ').at(-1)) && !/^(aan|dat)\b/i.test(p.object);
  const out = [r.kanalenWerk(objectIsJob ? p.object : r.passendWerk), r.oefenenBieden];
  const als = /\bals\s+([\p{L} -]+)$/iu.exec(`${p.object} ${p.tail}`.trim());
  const pp = /\b((?:bij|in)\s+[\p{L}' -]+)$/iu.exec(p.tail || p.object);
  if (als) out.push(r.werkgeversZoeken(als[1]!.trim()));
  else if (pp && !/\bwerk$/i.test(pp[1]!)) out.push(r.werkgeversVinden(pp[1]!.trim()));
  if (/uitgenodigd|terugbel/i.test(text)) out.push(r.briefEnCv);
  out.push(r.talenten);
  return out;
}

function exam(all: Token[], text: string): string[] {
  const tokens = keep(all).kept;
  const i = tokens.findIndex((t) => EXAM(t));
  const voor = tokens.findIndex((t, j) => j > i && t.w === 'voor');
  let subject = '';
  if (i >= 0)
    subject = join(text, tokens.slice(DETERMINERS.has(tokens[i - 1]?.w ?? '') ? i - 1 : i, i + 1));
  // "een 8 halen voor wiskunde", "een goed cijfer voor mijn verslag": the subject follows "voor".
  if ((i < 0 || tokens[i]!.w === 'cijfer') && voor >= 0)
    subject = join(text, trimEnds(tokens.slice(voor + 1)));
  else if (i >= 0 && !SITTING(tokens[i])) {
    const before = tokens.findIndex((t) => t.w === 'voor');
    if (before >= 0 && before < i) subject = join(text, tokens.slice(before + 1, i + 1));
  }
  if (!subject) return [];
  const out = [r.manierVanLeren(subject), r.onderdelen(subject), r.voorbereiding(subject)];
  if (SITTING(subject.split(' ').at(-1))) out.push(r.rustigTijdens(subject));
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

function vague(p: GoalParts, text: string): string[] {
  // "mijn best doen om sollicitatiebrieven te schrijven": the activity is after "om".
  const om = /\bom\s+(.+?)\s+te\s+([\p{L}-]+)\s*(.*?)[.!]*$/iu.exec(text);
  if (om)
    return activity({
      verb: om[2]!,
      object: om[1]!,
      tail: om[3] ?? '',
      negative: false,
      words: '',
    });
  if (/\b(best|goed)\s+doen\b/i.test(p.words)) return [r.concreetBetekent(p.words)];
  if (p.negative) return [r.welWillen(p.words), r.concreetBetekent(p.words)];
  if (!p.verb) return [r.concreetBetekent(p.words), r.kleineStap(p.words, 'te krijgen', '')];
  return [
    r.concreetBetekent(p.words),
    r.leerHoe(p.object, p.verb, p.tail, ''),
    r.kleineStap(p.object, teInfinitive(p.verb), p.tail),
  ];
}

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
    return job({ verb: '', object: '', tail: '', negative: false, words: '' }, text);
  const subject = join(text, kept.slice(0, subjectEnd));
  const plural = /(en|s)$/.test(head.w) && head.w !== 'team';
  return [r.zodat(join(text, kept)), r.ondersteunen(subject), r.nodigHeeft(subject, plural)];
}

/** "te laat komen" -> "op tijd komen": a few common reversed problems and their positive side. */
function positiveCounterpart(text: string): string | undefined {
  const w = text.toLowerCase();
  for (const [neg, pos] of r.tegenhangers) if (w.includes(neg)) return w.replace(neg, pos);
  return undefined;
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
  if (type === 'vaag') return vague(parts, text);
  const verb = parts.verb.toLowerCase();
  const state = !verb || STATE_VERBS(verb);
  if (state && (tokens.some((t) => EXAM(t)) || (verb === 'halen' && /\bvoor\b/i.test(text)))) {
    const examSuggestions = exam(tokens, text);
    if (examSuggestions.length) return examSuggestions;
  }
  if (
    tokens.some((t) => JOB(t)) &&
    (state || /aangenomen|uitgenodigd|afgewezen|terugbel/i.test(text))
  )
    return job(parts, text);
  if (parts.verb && !state) return activity(parts);
  return [];
}

/** 2–4 learning-goal suggestions built from the user's own goal (the goal itself when it already is one). */
export function suggestLearningGoals(goal: string): string[] {
  const text = goal.trim().slice(0, 1000);
  const analysis = analyzeGoal(text);
  if (analysis.type === 'onbekend') return [];
  if (analysis.type === 'leerdoel') return [tidy(text)];
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
  const own = `“${text.replace(/[.!?…\s]+$/u, '')}”`;
  if (out.length < 2) add(r.fallbackLeren(own));
  if (out.length < 2) add(r.fallbackAanpak(own));
  return out;
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
  const parts = goalParts(goal);
  const hasVerb =
    !!parts.verb &&
    !STATE_VERBS(parts.verb) &&
    !/^(leren|oefenen|uitzoeken|ontdekken)$/i.test(parts.verb);
  const out: string[] = [];
  const conj = /^(als|wanneer|zodra|op momenten dat|momenten dat)\s+(.+)$/i.exec(s);
  if (conj) {
    out.push(r.momentenWaarop(conj[2]!));
    if (hasVerb) out.push(r.watHelptAls(parts.object, teInfinitive(parts.verb), parts.tail, s));
  } else if (/^(op|in|bij|tijdens|na|voor|met|onder|thuis|buiten|'s)\s/i.test(s)) {
    out.push(r.lastigeMomenten(s));
    if (hasVerb) out.push(r.leerHoe(parts.object, parts.verb, `${parts.tail} ${s}`, ''));
  } else if (/\bik\b/i.test(s)) {
    out.push(r.momentenWaarop(s));
  } else {
    out.push(r.omgaanMet(s));
    if (hasVerb) out.push(r.leerHoe(parts.object, parts.verb, `${parts.tail} bij ${s}`, ''));
  }
  return [...new Set(out.map(tidy))].filter((t) => analyzeGoal(t).type === 'leerdoel');
}
