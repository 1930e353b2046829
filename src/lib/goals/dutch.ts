// Dutch word order for the sentences the goal tools write (issue #16): separable verbs,
// the te-infinitive, the first person singular, verb-final subordinate clauses and
// inversion after "dan". Small rule sets for the verbs job seekers type, not a grammar.

/** Separable first parts: "bijwerken" -> "bij te werken", "leidinggeven" -> "leiding te geven". */
const PARTICLE =
  /^(aan|af|bij|in|mee|na|op|terug|toe|uit|voor|weg|samen|vast|los|leiding|les|hard|thuis|door|om|over|kennis|schoon|klaar)(?=[a-z]{2,}n$)/;
/** Verbs that start like a separable verb but are not one. */
const NOT_SEPARABLE = new Set(
  'openen uiten oefenen informeren investeren inventariseren interesseren integreren installeren introduceren interpreteren opereren aanvaarden overleggen overwegen overtuigen overleven overzien omringen voorkomen voltooien doorgronden onderhouden ondernemen onderzoeken overnemen'.split(
    ' ',
  ),
);
/** Some -en words that look separable only by accident ("openen", "inen"). */
const MIN_BASE = /^[a-z]{2,}(en|aan|oen|ien)$/;

/** Splits a separable verb: "afvallen" -> ["af", "vallen"]; "vinden" -> ["", "vinden"]. */
export function splitVerb(verb: string): [string, string] {
  const v = verb.toLowerCase();
  if (NOT_SEPARABLE.has(v)) return ['', verb];
  // overnemen is separable in practice ("over te nemen"); keep the list short and safe.
  const m = PARTICLE.exec(v);
  if (!m || !MIN_BASE.test(v.slice(m[1]!.length))) return ['', verb];
  return [verb.slice(0, m[1]!.length), verb.slice(m[1]!.length)];
}

/** "bijwerken" -> "bij te werken", "vinden" -> "te vinden". */
export function teInfinitive(verb: string): string {
  const [particle, base] = splitVerb(verb);
  return particle ? `${particle} te ${base}` : `te ${verb}`;
}

const IRREGULAR: Record<string, string> = {
  zijn: 'ben',
  hebben: 'heb',
  worden: 'word',
  gaan: 'ga',
  staan: 'sta',
  doen: 'doe',
  slaan: 'sla',
  zien: 'zie',
  komen: 'kom',
  kunnen: 'kan',
  willen: 'wil',
  zullen: 'zal',
  mogen: 'mag',
  zitten: 'zit',
  liggen: 'lig',
  leggen: 'leg',
  zeggen: 'zeg',
};

/** First person singular present: "maken" -> "maak", "opstaan" -> "opsta" (particle joined, clause-final). */
export function firstPerson(verb: string): string {
  const v = verb.toLowerCase();
  if (IRREGULAR[v]) return IRREGULAR[v]!;
  const [particle, base] = splitVerb(v);
  if (particle) return particle + firstPerson(base);
  if (!v.endsWith('en') || v.length < 4) return v;
  let s = v.slice(0, -2);
  if (/(eren|elen|enen)$/.test(v) && v.length > 6) return s; // piekeren -> pieker, wandelen -> wandel
  if (/([bdfgklmnprst])\1$/.test(s)) return s.slice(0, -1); // bellen -> bel
  // Open syllable: maken -> maak, lopen -> loop, sturen -> stuur (not after a double vowel).
  if (/(^|[^aeiou])[aeou][bdfgklmnprstvz]$/.test(s))
    s = s.replace(/([aeou])([bdfgklmnprstvz])$/, '$1$1$2');
  if (s.endsWith('v')) s = s.slice(0, -1) + 'f';
  else if (s.endsWith('z')) s = s.slice(0, -1) + 's';
  return s;
}

const PARTICLES = new Set('aan af bij mee na op terug toe uit weg samen vast los'.split(' '));
/** Finite forms a plan field may start with after its subject. */
const FINITE_HINT =
  /^(ben|bent|is|zijn|heb|hebt|heeft|hebben|word|wordt|ga|gaat|sta|staat|kom|komt|zit|zitten|krijg|krijgt|wil|kan|moet|voel|weet|doe|doet|lig|vergeet|twijfel|raak|loop|zie|hoor|denk|merk|lukt|regent|valt|gaat)$|^\p{L}+t$/iu;

/**
 * A main clause as a subordinate clause: "ik heb geen zin" -> "ik geen zin heb",
 * "ik sta te laat op" -> "ik te laat opsta". Leaves anything else as typed.
 */
export function toSubordinate(clause: string): string {
  return clause
    .split(/\s+(?=en\s+(?:ik|je|we)\b)/i)
    .map((part) => {
      const lead = /^en\s+/i.exec(part)?.[0] ?? '';
      const words = part.slice(lead.length).split(/\s+/);
      const subj = words[0] ?? '';
      if (words.length < 3 || !/^(ik|je|jij|we|wij|hij|zij|ze|het|er)$/i.test(subj)) return part;
      const finite = words[1]!;
      if (!FINITE_HINT.test(finite)) return part;
      let rest = words.slice(2);
      let verb = finite;
      const last = rest.at(-1)!;
      if (PARTICLES.has(last.toLowerCase()) && rest.length > 1) {
        verb = last + finite;
        rest = rest.slice(0, -1);
      } else if (PARTICLES.has(last.toLowerCase()) && rest.length === 1) {
        return `${lead}${subj} ${last}${finite}`;
      }
      // A participle or infinitive at the end keeps its place after the finite verb
      // ("als ik word afgewezen", "als ik ga piekeren").
      if (/^(ge\p{L}+[dt]|\p{L}+en)$/iu.test(last) && !PARTICLES.has(last) && rest.length === 1)
        return part;
      return `${lead}${subj} ${rest.join(' ')} ${verb}`;
    })
    .join(' ');
}

/**
 * What follows "dan": the finite verb first ("ik zoek drie vacatures" -> "zoek ik drie
 * vacatures"); an infinitive phrase gets "ga ik" ("twee vacatures lezen" -> "ga ik
 * twee vacatures lezen"). Leaves a clause that already starts with its verb as it is.
 */
export function afterDan(clause: string): string {
  const parts = clause.split(/\s+en\s+(?=ik\s)/i);
  const out = parts.map((part) => {
    const words = part.split(/\s+/);
    if (/^ik$/i.test(words[0] ?? '') && words.length >= 2)
      return [words[1]!.toLowerCase(), 'ik', ...words.slice(2)].join(' ');
    return part;
  });
  const joined = out.join(' en ');
  if (out.length === 1 && !/\bik\b/i.test(joined)) {
    const words = joined.split(/\s+/);
    if (words.length >= 2 && /^\p{Ll}+en$/u.test(words.at(-1)!)) return `ga ik ${joined}`;
  }
  return joined;
}

/** Lowercases a field's first letter as typed at the start of a form field ("Thuis" -> "thuis"); keeps "UWV". */
export function lowerFirst(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}
