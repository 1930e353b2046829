// The goal analyzer: what kind of goal is this, and does it pass the checks of §5.6?
//
// A transparent rule set. Every rule has an id, a kind and a weight; the words that
// fired it are returned as signals so the page can say why. The type follows from
// the summed weights per kind in a fixed order of precedence (see `decideType`):
// a comparison with others outweighs a learning word ("leren om de beste te zijn"),
// a learning frame outweighs a counted result ("leren hoe ik vijf vacaturesites
// gebruik"), a direction without behaviour ("beter communiceren") is vague unless it
// is counted or dated, and what is left of a real goal is an outcome goal.
import { analysisStrings } from './analysis-text.ts';
import type { MoreLinks } from './links.ts';
import { MAX_GOAL_LENGTH } from './fields.ts';
import {
  compile,
  findAll,
  isNegator,
  isNumber,
  quote,
  tokenize,
  wordSet,
  type Hit,
  type Pattern,
  type Token,
} from './text.ts';

export { MAX_GOAL_LENGTH };
/** Text beyond this is not analysed at all, so a huge paste cannot slow typing down. */
const ANALYSE_LIMIT = 2000;

export type GoalType = 'leerdoel' | 'uitkomstdoel' | 'competitiedoel' | 'vaag' | 'onbekend';
export const GOAL_TYPES: readonly GoalType[] = [
  'leerdoel',
  'uitkomstdoel',
  'competitiedoel',
  'vaag',
  'onbekend',
];

export type CheckId = 'leren' | 'eigen-gedrag' | 'specifiek' | 'haalbaar' | 'positief';

export interface GoalCheck {
  id: CheckId;
  pass: boolean;
  /** Short Dutch name of the check. */
  titel: string;
  /** One Dutch sentence: why it passes or fails. */
  uitleg: string;
  /** Where the check comes from: "§5.6", or a practice page. */
  bron: string;
  /** Root-relative link to that source (the page adds the base path). */
  href: string;
  /** "Meer weten": the practice page first, the chapter second. */
  meer: MoreLinks;
}

/** What a rule looks at. `doel` marks that the text is a goal at all. */
export type SignalKind =
  | 'doel'
  | 'leren'
  | 'competitie'
  | 'vaag'
  | 'aantal'
  | 'termijn'
  | 'resultaat'
  | 'anderen'
  | 'negatief'
  | 'groot'
  | 'klein';

export interface Signal {
  regel: string;
  soort: SignalKind;
  gewicht: number;
  /** The user's own words that fired the rule. */
  woorden: string;
}

export type GoalNotice = 'leeg' | 'geen-doel' | 'niet-nederlands' | 'vraag';

export interface GoalAnalysis {
  type: GoalType;
  /** Dutch name of the type and a one-sentence explanation. */
  typeNaam: string;
  typeUitleg: string;
  /** Why nothing could be analysed (only when type is onbekend). */
  melding?: GoalNotice;
  /** The five checks of §5.6 (empty when type is onbekend). */
  checks: GoalCheck[];
  signalen: Signal[];
  scores: Record<SignalKind, number>;
  /** More than MAX_GOAL_LENGTH characters: the page says so and keeps the text. */
  tooLong: boolean;
}

// ── word lists ──────────────────────────────────────────────────────────────

const OTHERS = wordSet(
  'anderen andere rest collega collegas broer broers zus zussen vriend vrienden vriendin klasgenoot klasgenoten medestudent medestudenten iedereen concurrent concurrenten kandidaat kandidaten sollicitant sollicitanten deelnemer deelnemers teamgenoot teamgenoten groepsgenoten hen hem zij jullie buurman buurvrouw',
);
/** Other people, also as compounds: "studiegenoten", "teamgenoot". */
const isOther = (t: Token | undefined) =>
  !!t && (OTHERS(t) || t.name || /(genoten|genoot|collegas)$/.test(t.w));
const COMPARATIVES = wordSet(
  'beter eerder sneller meer slimmer hoger vaker harder verder sterker groter langer succesvoller',
);
const VAGUE_COMPARATIVES = wordSet(
  'beter meer minder actiever gezonder positiever harder serieuzer efficienter lekkerder rustiger gelukkiger vaker sterker socialer assertiever duidelijker zelfstandiger productiever bewuster opener flexibeler professioneler makkelijker sneller slimmer fitter sportiever vriendelijker geduldiger kalmer energieker gestructureerder zelfverzekerder overtuigender proactiever doelgerichter fijner leuker prettiger mooier netter vrijer blijer steviger stabieler zekerder gemotiveerder',
);
const SUPERLATIVES = wordSet(
  'beste hoogste snelste slimste slechtste grootste sterkste eerste meeste minste enige laatste',
);
const PERSON_ROLES = wordSet(
  'coach leider manager medewerker student kandidaat sollicitant verkoper werknemer leerling deelnemer collega trainer docent teamleider leidinggevende speler vakman',
);
const GROUPS = wordSet('klas groep team afdeling opleiding school training cursus jaar bedrijf');
const WH = wordSet(
  'hoe welke wat waar wie wanneer waarom of waarmee waardoor waarin waarop waaraan waarvan waarbij',
);
const PROCESS_NOUNS = wordSet(
  'manier manieren aanpak strategie strategieen mogelijkheden mogelijkheid kanalen kanaal methode methodes route routes werkwijze werkwijzen vorm vormen',
);
/** Skills and competences, also as the end of a compound ("presentatievaardigheden"). */
const SKILL_END =
  /(vaardigheden|vaardigheid|competenties|competentie|kennis|skills|techniek|talenten|talent|kwaliteiten|uitspraak|woordenschat|nederlands|engels|duits|frans|spaans|arabisch|turks|taal)$/;
const isSkill = (t: Token | undefined) => !!t && SKILL_END.test(t.w);
const FEELINGS = wordSet(
  'zelfvertrouwen onzeker onzekerheid gelukkig rust ontspannen motivatie gemotiveerd positief zelfverzekerd vel stress gestrest piekeren blij energie zelfbeeld eigenwaarde lekker',
);
const TIME_WORDS = wordSet(
  'vandaag morgen overmorgen vanmiddag vanavond vanochtend straks maandag dinsdag woensdag donderdag vrijdag zaterdag zondag januari februari maart april mei juni juli augustus september oktober november december week weken maand maanden jaar kwartaal zomer kerst najaar voorjaar deadline weekend',
);
const RESULT_WORDS = wordSet(
  'vinden vind vindt gevonden halen haal haalt behalen slagen slaag krijgen krijg afronden afmaken inleveren versturen verstuur schrijven inschrijven bijwerken aanvullen klaar diploma rijbewijs certificaat cijfer contract baan banen werk vacature vacatures sollicitatie sollicitaties target targets score omzet',
);
const DEPENDS_ON_OTHERS = wordSet(
  'aangenomen aannemen uitgenodigd uitnodigen afgewezen gekozen geselecteerd aangesteld terugbellen terugbelt goedgekeurd tevredenheid betrokkenheid',
);
const JOB_WORDS = wordSet('baan banen werk contract aanstelling');
/** A job you get: an employer decides. */
const JOB_NOUNS = wordSet(
  'baan banen contract aanstelling stageplek stageplaats bijbaan werkervaringsplek aangenomen',
);
/** A grade or a certificate: an examiner or teacher decides. */
const GRADES = wordSet('cijfer voldoende');
const isExam = (t: Token | undefined) =>
  !!t && /(examen|toets|tentamen|diploma|rijbewijs|certificaat)$/.test(t.w);
/** Feelings as a state ("minder zenuwachtig zijn"): not observable as written. */
const FEELING_ADJ = wordSet(
  'zenuwachtig zenuwachtiger bang banger onzeker onzekerder rustig rustiger gelukkig gelukkiger zeker zekerder zelfverzekerd zelfverzekerder boos gespannen nerveus blij blijer positief positiever gemotiveerd gemotiveerder ontspannen ontspannener gestrest somber',
);
const FEELING_NOUN = wordSet(
  'zelfvertrouwen rust stress motivatie energie zelfbeeld eigenwaarde spanning angst',
);
const EXAM_WORDS = wordSet(
  'examen rijexamen toets taaltoets tentamen diploma rijbewijs cijfer certificaat',
);
const BIG_WORDS = wordSet('altijd nooit alles perfect foutloos iedereen helemaal volledig');
const BROAD_DOMAINS = wordSet(
  'solliciteren netwerken communiceren leidinggeven plannen presenteren coachen samenwerken ondernemen programmeren nederlands engels baan werk roken',
);
const ACTION_FINITE = new Set(
  'zoek vul probeer leer oefen schrijf bel stuur maak plan lees begin start meld neem vraag volg werk kijk verstuur solliciteer ontdek onderzoek regel bezoek help train loop ga stel geef voer sluit houd bespreek delegeer noteer open vat luister'.split(
    ' ',
  ),
);
const INTENT = new Set(
  'wil willen wilt wilde wou wilden ga gaan gaat probeer probeert doel doelen leerdoel leerdoelen streef streven moet hoop zal voornemen voornemens'.split(
    ' ',
  ),
);
const PRONOUNS = new Set('ik we wij je jij hij zij ze u men'.split(' '));
const INFINITIVES = wordSet(
  'vinden hebben halen krijgen zijn worden werken solliciteren schrijven maken zoeken leren oefenen starten beginnen afronden inleveren versturen behalen slagen bellen netwerken communiceren samenwerken leidinggeven plannen presenteren voeren houden geven vragen stellen lezen verbeteren ontwikkelen uitzoeken ontdekken onderzoeken doen gaan komen leven zitten blijven halen volgen',
);
const QUESTION_START = new Set(
  'wat hoe waarom wie welke wanneer waar kan kun mag moet is zijn heb hebt'.split(' '),
);

/** Common Dutch words, to tell Dutch from other languages and from nonsense. */
const DUTCH = new Set(
  `ik je jij u hij zij ze we wij mij me mijn jouw zijn haar ons onze hun het de een en of maar want dus dat die dit deze wat wie hoe waar wanneer waarom welke
  van in op aan bij met voor naar om te uit over door tot tegen tussen na zonder tijdens per als dan niet geen nooit wel ook nog al meer minder heel erg zo
  is ben bent was waren wordt word worden kan kun kunnen moet moeten wil wilt willen zal zullen ga gaat gaan doe doet doen heb hebt heeft hebben
  graag echt gewoon eigenlijk liefst beter best goed slecht nieuw nieuwe andere anderen iedereen niemand iets niets alles elke iedere vandaag morgen
  week maand jaar dag uur keer tijd baan werk doel leren hallo hoi test`.split(/\s+/),
);
const FOREIGN = new Set(
  `i want to the be how a learn write my job find good is am are will would like get you your with for this it have new
  voudrais un une le la les trouver travail est pour avec suis des du et
  ich mochte lernen eine einen ein und nicht ist schreibt bewerbung arbeit finden werden sein mein meine zu das der auf`.split(
    /\s+/,
  ),
);

// ── rules ───────────────────────────────────────────────────────────────────

interface Rule {
  id: string;
  soort: SignalKind;
  gewicht: number;
  /** Pattern strings (see text.ts) or a custom finder. */
  patterns?: string[];
  find?: (tokens: Token[]) => Hit[];
  /** Skip hits whose first token is negated ("ik wil niet leren"). */
  negatable?: boolean;
  /** Extra condition on a hit. */
  accept?: (tokens: Token[], hit: Hit) => boolean;
}

const sameSentence = (tokens: Token[], i: number, j: number) => tokens[i]?.sent === tokens[j]?.sent;
const sentenceHasNumber = (tokens: Token[], i: number) =>
  tokens.some((t, j) => isNumber(t) && sameSentence(tokens, i, j));

/** "uitzoeken", "ontdekken": learning only when about how/which, or about ways; not "vijf vacatures uitzoeken". */
function exploresProcess(tokens: Token[], hit: Hit): boolean {
  const clause = tokens[hit.start]!.clause;
  // Inside a split verb ("ik zoek … uit") the object stands between verb and particle.
  for (let j = hit.start + 1; j < hit.end - 1; j++) {
    if (isNumber(tokens[j])) return false;
    if (PROCESS_NOUNS(tokens[j])) return true;
  }
  for (let j = hit.end; j < hit.end + 3 && j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.sent !== tokens[hit.start]!.sent) break;
    if (WH(t) || PROCESS_NOUNS(t)) return true;
    if (isNumber(t)) return false;
  }
  for (let j = hit.start - 1; j >= 0 && j >= hit.start - 4 && tokens[j]!.clause === clause; j--) {
    if (isNumber(tokens[j])) return false;
    if (PROCESS_NOUNS(tokens[j])) return true;
  }
  const next = tokens[hit.end];
  return !next || next.sent !== tokens[hit.start]!.sent;
}

/**
 * Separable verbs split over the clause: "ik zoek uit welke …", "ik probeer manieren uit".
 * The particle must stand at the end of its clause or before a question word or "om".
 */
function separated(verbs: string[], particle: string): (tokens: Token[]) => Hit[] {
  const isVerb = new Set(verbs);
  return (tokens) => {
    const hits: Hit[] = [];
    tokens.forEach((t, i) => {
      if (t.w !== particle || i === 0) return;
      const next = tokens[i + 1];
      const closes =
        !next || next.clause !== t.clause || WH(next) || next.w === 'om' || next.w === 'te';
      if (!closes) return;
      for (let j = i - 1; j >= 0 && j >= i - 8 && sameSentence(tokens, i, j); j--) {
        if (isVerb.has(tokens[j]!.w)) {
          hits.push({ start: j, end: i + 1 });
          return;
        }
      }
    });
    return hits;
  };
}

/** "beter … dan de anderen": a comparative followed by "dan" and other people. */
function comparisonWithOthers(tokens: Token[]): Hit[] {
  const hits: Hit[] = [];
  tokens.forEach((t, i) => {
    if (t.w !== 'dan') return;
    const other = [1, 2, 3].some((k) => sameSentence(tokens, i, i + k) && isOther(tokens[i + k]));
    if (!other) return;
    for (let j = i - 1; j >= 0 && sameSentence(tokens, i, j); j--) {
      if (COMPARATIVES(tokens[j])) {
        hits.push({ start: j, end: Math.min(i + 3, tokens.length) });
        return;
      }
    }
  });
  return hits;
}

/** "de beste (sollicitant|zijn)", "het hoogste cijfer van de klas"; not "op de beste manier". */
function superlativeAmongOthers(tokens: Token[]): Hit[] {
  const hits: Hit[] = [];
  tokens.forEach((t, i) => {
    if (!SUPERLATIVES(t) || i === 0) return;
    const article = tokens[i - 1]!;
    if (article.w !== 'de' && article.w !== 'het' && article.w !== 'als') return;
    // "de beste drie kandidaten": look past a number.
    const next = isNumber(tokens[i + 1]) ? tokens[i + 2] : tokens[i + 1];
    const ends = !next || next.sent !== t.sent;
    const role =
      next &&
      (PERSON_ROLES(next) ||
        ['zijn', 'worden', 'te', 'ben', 'word', 'van', 'uit'].includes(next.w));
    let group = false;
    for (let j = i + 1; j < i + 6 && j < tokens.length && sameSentence(tokens, i, j); j++) {
      if (!['van', 'in', 'uit', 'binnen'].includes(tokens[j]!.w)) continue;
      for (let k = j + 1; k <= j + 3 && sameSentence(tokens, i, k); k++)
        if (GROUPS(tokens[k]) || isOther(tokens[k])) group = true;
    }
    if (ends || role || group) hits.push({ start: i - 1, end: i + 1 });
  });
  return hits;
}

/** A comparative used as a direction with no measure ("beter communiceren", "meer zelfvertrouwen"). */
function vagueComparative(tokens: Token[]): Hit[] {
  const hits: Hit[] = [];
  tokens.forEach((t, i) => {
    const generic = t.w.length > 6 && /(iever|iger|lijker|zamer|baarder|ischer)e?$/.test(t.w);
    if (!VAGUE_COMPARATIVES(t) && !generic) return;
    const prev = tokens[i - 1];
    // "niet meer", "nooit meer": negation, not a comparative.
    if (t.w === 'meer' && (t.negated || (prev && ['niet', 'nooit', 'geen', 'zo'].includes(prev.w))))
      return;
    if (sentenceHasNumber(tokens, i)) return;
    hits.push({ start: i, end: i + 1 });
  });
  return hits;
}

/** Others noticing how good (or bad) I am: "dat mijn collega's merken dat ik …", "gezien worden als". */
function seenByOthers(tokens: Token[]): Hit[] {
  const hits: Hit[] = [];
  const perceive =
    /^(merkt|merken|ziet|zien|zag|gezien|weet|weten|doorheeft|doorhebben|vindt|vinden)$/;
  const viewer = (t: Token | undefined) =>
    isOther(t) ||
    (!!t && /^(ze|baas|leidinggevende|manager|werkgever|werkgevers|recruiter|team)$/.test(t.w));
  tokens.forEach((t, i) => {
    if (!perceive.test(t.w)) return;
    const next = tokens[i + 1];
    if (t.w === 'gezien' && next && /^(worden|word|wordt)$/.test(next.w)) {
      hits.push({ start: i, end: i + 2 });
      return;
    }
    const byOther = [1, 2, 3, 4].some(
      (k) => i - k >= 0 && tokens[i - k]!.clause === t.clause && viewer(tokens[i - k]),
    );
    const aboutMe = next?.w === 'dat' && [2, 3].some((k) => tokens[i + k]?.w === 'ik');
    if (byOther && aboutMe) hits.push({ start: i, end: i + 1 });
  });
  return hits;
}

/** "ik wil dat mijn team …": the goal is someone else's behaviour. */
function wantsOthersTo(tokens: Token[]): Hit[] {
  const hits: Hit[] = [];
  tokens.forEach((t, i) => {
    if (t.w !== 'dat' || i === 0) return;
    const prev = tokens[i - 1]!;
    const next = tokens[i + 1];
    if (!['wil', 'willen', 'wilt', 'zorgen', 'zorg'].includes(prev.w) || !next) return;
    if (['ik', 'ikzelf', 'we', 'wij'].includes(next.w)) return;
    hits.push({ start: i, end: Math.min(i + 3, tokens.length) });
  });
  return hits;
}

/** Finding a number of vacancies: how many suitable ones exist is up to the market. */
function dependsOnSupply(tokens: Token[]): Hit[] {
  const hits: Hit[] = [];
  tokens.forEach((t, i) => {
    if (!/^vacature/.test(t.w)) return;
    if (
      tokens.some(
        (u, j) =>
          sameSentence(tokens, i, j) && /^(vind|vinden|gevonden|krijg|krijgen|hebben)$/.test(u.w),
      )
    )
      hits.push({ start: i, end: i + 1 });
  });
  return hits;
}

/** A job or an exam result: decided in the end by an employer or an examiner. */
function decidedByOthers(tokens: Token[]): Hit[] {
  const hits: Hit[] = [];
  tokens.forEach((t, i) => {
    if (DEPENDS_ON_OTHERS(t) || JOB_NOUNS(t) || isExam(t) || GRADES(t))
      hits.push({ start: i, end: i + 1 });
    // A grade: "een 8 halen", "een 7 voor wiskunde".
    else if (
      isNumber(t) &&
      tokens[i - 1]?.w === 'een' &&
      /^(halen|voor|krijgen|scoren)$/.test(tokens[i + 1]?.w ?? '')
    )
      hits.push({ start: i - 1, end: i + 1 });
    else if (JOB_WORDS(t)) {
      // "werk": only as something to get or have ("werk vinden", "aan het werk"), not "mijn werk".
      const verb = tokens.some(
        (u, j) =>
          sameSentence(tokens, i, j) &&
          /^(heb|hebben|krijg|krijgen|vind|vinden|halen|haal|slagen|zakken|zijn|ben)$/.test(u.w),
      );
      const aanHet = tokens[i - 1]?.w === 'het' && tokens[i - 2]?.w === 'aan';
      if (verb || aanHet) hits.push({ start: aanHet ? i - 2 : i, end: i + 1 });
    }
  });
  return hits;
}

function intentMarkers(tokens: Token[]): Hit[] {
  const hits: Hit[] = [];
  tokens.forEach((t, i) => {
    if (INTENT.has(t.w)) hits.push({ start: i, end: i + 1 });
    else if (
      (t.w === 'ik' || t.w === 'we' || t.w === 'wij') &&
      (ACTION_FINITE.has(tokens[i + 1]?.w ?? '') || ACTION_FINITE.has(tokens[i - 1]?.w ?? ''))
    ) {
      hits.push({ start: i, end: i + 1 });
    }
  });
  if (!hits.length && !tokens.some((t) => PRONOUNS.has(t.w))) {
    const inf = tokens.findIndex((t) => INFINITIVES(t) && t.w.endsWith('en'));
    if (inf >= 0) hits.push({ start: inf, end: inf + 1 });
  }
  return hits;
}

function negations(tokens: Token[]): Hit[] {
  const hits: Hit[] = [];
  tokens.forEach((_, i) => {
    if (isNegator(tokens, i)) hits.push({ start: i, end: Math.min(i + 2, tokens.length) });
  });
  return hits;
}

const RULES: Rule[] = [
  // Is this a goal at all?
  { id: 'voornemen', soort: 'doel', gewicht: 2, find: intentMarkers },

  // Learning and developing (§5.4): the process and one's own level are the standard.
  {
    id: 'leren',
    soort: 'leren',
    gewicht: 4,
    negatable: true,
    patterns: ['leren|leer|leert|geleerd|=leerde|=leerden|aanleren|bijleren|aangeleerd|bijgeleerd'],
  },
  {
    id: 'oefenen',
    soort: 'leren',
    gewicht: 4,
    negatable: true,
    patterns: ['oefenen|oefen|oefent|geoefend|=oefening|=oefeningen'],
  },
  {
    id: 'uitzoeken',
    soort: 'leren',
    gewicht: 4,
    negatable: true,
    patterns: [
      '=uitzoeken|=uitzoek|=uitzoekt|=uitgezocht|=uitproberen|=uitprobeer|=uitprobeert|=uitgeprobeerd|=ontdekken|=ontdek|=ontdekt|=onderzoeken|=onderzoek|=onderzoekt|=uitvinden|=nagaan|=verkennen|=achterhalen|=uitpluizen|=uittesten|=uitvogelen|=uitdokteren|=experimenteren|=uitpuzzelen',
      'uit te zoeken|proberen|vinden',
      '=na te gaan',
    ],
    accept: exploresProcess,
  },
  {
    id: 'uitzoeken-gescheiden',
    soort: 'leren',
    gewicht: 4,
    negatable: true,
    find: separated(['zoek', 'zoekt', 'probeer', 'probeert', 'vind', 'vindt'], 'uit'),
    accept: exploresProcess,
  },
  {
    id: 'nagaan-gescheiden',
    soort: 'leren',
    gewicht: 4,
    negatable: true,
    find: separated(['ga', 'gaat'], 'na'),
  },
  {
    id: 'beter-worden-in',
    soort: 'leren',
    gewicht: 5,
    negatable: true,
    patterns: [
      'beter|vaardiger|handiger|sterker|bedrevener|vlotter|goed … worden|word|wordt in|met|bij',
    ],
  },
  {
    id: 'ontwikkelen',
    soort: 'leren',
    gewicht: 4,
    negatable: true,
    patterns: [
      'mij|me|mezelf|mijzelf|zich|ons … ontwikkelen|ontwikkel|ontwikkelt',
      'vaardigheden|vaardigheid|competentie|competenties|talent|talenten|kwaliteiten|kennis|skills|vakmanschap … ontwikkelen|ontwikkel|verbeteren|versterken|vergroten|verdiepen|uitbreiden',
      'ontwikkelen|ontwikkel|verbeteren|versterken|verdiepen … vaardigheden|vaardigheid|competentie|competenties|talent|talenten|kwaliteiten|kennis|skills',
      'mijn|de ontwikkeling',
    ],
  },
  {
    id: 'onder-de-knie',
    soort: 'leren',
    gewicht: 4,
    negatable: true,
    patterns: [
      'onder de knie',
      'mij|me|mezelf eigen maken|maak',
      'mij|me|mezelf verdiepen|verdiep|bekwamen|bekwaam|inlezen|specialiseren',
      'afkijken|afkijk',
      'kijk … af',
      'begrijpen|begrijp|snappen|snap|doorgronden|inzicht',
      'eigen maken|maak',
      'onder de loep',
    ],
  },
  {
    id: 'erachter-komen',
    soort: 'leren',
    gewicht: 4,
    negatable: true,
    patterns: [
      'erachter|achter komen|kom|te',
      'bekijken|bekijk|kijken|kijk|nadenken|nadenk|=weten',
    ],
    // Only about how, which or what: "kijken welke opleiding past", not "vacatures bekijken"
    // and not "weten of ik ben aangenomen".
    accept: (tokens, hit) =>
      [0, 1, 2, 3].some(
        (k) =>
          sameSentence(tokens, hit.start, hit.end + k) &&
          WH(tokens[hit.end + k]) &&
          tokens[hit.end + k]!.w !== 'of',
      ),
  },
  {
    id: 'vaardigheid-verbeteren',
    soort: 'leren',
    gewicht: 4,
    negatable: true,
    find: (tokens) =>
      tokens.flatMap((t, i) => {
        if (
          !/^(ontwikkel|verbeter|versterk|vergro|verdiep|uitbreid|oefen|train|bijspijker|opfris|onderhoud)/.test(
            t.w,
          )
        )
          return [];
        const near = [i - 3, i - 2, i - 1, i + 1, i + 2, i + 3].some(
          (j) => j >= 0 && sameSentence(tokens, i, j) && isSkill(tokens[j]),
        );
        return near ? [{ start: i, end: i + 1 }] : [];
      }),
  },
  {
    id: 'ervaring-opdoen',
    soort: 'leren',
    gewicht: 3,
    negatable: true,
    patterns: ['ervaring … opdoen|op', 'reflecteren|reflecteer|reflectie', 'groeien|groei in|als'],
  },
  {
    id: 'scholing',
    soort: 'leren',
    gewicht: 2,
    negatable: true,
    patterns: ['cursus|training|opleiding|bijscholing volgen|volg|doen'],
  },

  // Competition and showing competence (§5.5); avoidance counts too ("niet afgaan").
  { id: 'vergelijking', soort: 'competitie', gewicht: 6, find: comparisonWithOthers },
  { id: 'superlatief', soort: 'competitie', gewicht: 6, find: superlativeAmongOthers },
  {
    id: 'ranglijst',
    soort: 'competitie',
    gewicht: 6,
    patterns: ['top #', 'winnen|win|wint|verslaan|versla|overtreffen|overtref|uitblinken'],
  },
  {
    id: 'laten-zien',
    soort: 'competitie',
    gewicht: 6,
    patterns: [
      'laten|laat … zien|merken|blijken',
      'tonen|toon|bewijzen|bewijs|aantonen dat|hoe|wat',
      'ziet|zien|zag|merkt|merken hoe goed|slim|knap',
    ],
  },
  {
    id: 'afgaan',
    soort: 'competitie',
    gewicht: 6,
    patterns: [
      'afgaan|afga|afgaat|afging',
      '=af te gaan',
      'slecht|gek|mal figuur',
      'figuur slaan|sla',
      'voor schut|gek',
      'door de mand',
      'gezichtsverlies',
      'overkomen|overkom',
      'indruk|imponeren|imponeer|onderdoen|aftroeven',
      'te slim|snel af',
      'niemand|anderen merkt|merken|ziet|zien|doorheeft|doorhebben',
      'anderen|iedereen|collegas bij zijn|is|zijn',
      'indruk maken|maak|op',
      'goed voor de dag',
    ],
  },
  {
    id: 'afgaan-gescheiden',
    soort: 'competitie',
    gewicht: 6,
    find: separated(['ga', 'gaat', 'ging'], 'af'),
  },
  { id: 'gezien-worden', soort: 'competitie', gewicht: 6, find: seenByOthers },
  {
    id: 'nummer-een',
    soort: 'competitie',
    gewicht: 6,
    patterns: ['nummer =een|=1', 'beschouwd|gezien worden|word als'],
  },

  // Vague: do-your-best and container goals without behaviour (§5.2, and the leadership source).
  { id: 'best-doen', soort: 'vaag', gewicht: 6, patterns: ['mijn|je|jouw|ons|zijn|haar|uw =best'] },
  {
    id: 'goed-doen',
    soort: 'vaag',
    gewicht: 4,
    patterns: ['het … goed|beter|prima|anders doen|doe|aanpakken'],
  },
  { id: 'vergrotende-trap', soort: 'vaag', gewicht: 3, find: vagueComparative },
  {
    id: 'gevoel',
    soort: 'vaag',
    gewicht: 3,
    find: (tokens) =>
      tokens.flatMap((t, i) =>
        FEELINGS(t) && !sentenceHasNumber(tokens, i) ? [{ start: i, end: i + 1 }] : [],
      ),
  },
  {
    id: 'uit-mezelf',
    soort: 'vaag',
    gewicht: 3,
    patterns: [
      'uit mezelf|mijzelf|mij halen|halen',
      'op orde|rit',
      'grip op',
      'in balans',
      'in mijn schoenen|vel',
      'voor mezelf|mijzelf zorgen|zorg|opkomen|opkom',
    ],
  },

  // Outcome features: counted, dated, a result, in other people's hands.
  {
    id: 'aantal',
    soort: 'aantal',
    gewicht: 2,
    patterns: ['#', 'minimaal|minstens|maximaal|procent', 'ten minste'],
  },
  {
    id: 'termijn',
    soort: 'termijn',
    gewicht: 2,
    find: (tokens) => tokens.flatMap((t, i) => (TIME_WORDS(t) ? [{ start: i, end: i + 1 }] : [])),
  },
  {
    id: 'resultaat',
    soort: 'resultaat',
    gewicht: 1,
    find: (tokens) => tokens.flatMap((t, i) => (RESULT_WORDS(t) ? [{ start: i, end: i + 1 }] : [])),
  },
  { id: 'wil-dat-ander', soort: 'anderen', gewicht: 2, find: wantsOthersTo },
  { id: 'beslist-door-anderen', soort: 'anderen', gewicht: 2, find: decidedByOthers },
  { id: 'afhankelijk-van-aanbod', soort: 'anderen', gewicht: 2, find: dependsOnSupply },

  // Phrasing (Positief in gesprek): what you no longer want is a reversed problem.
  { id: 'ontkenning', soort: 'negatief', gewicht: 2, find: negations },
  {
    id: 'vermijden',
    soort: 'negatief',
    gewicht: 2,
    patterns: [
      'voorkomen|vermijden|vermijd|tegengaan|wegwerken|afleren|kwijt|kwijtraken|minder',
      'stoppen|stop|ophouden met',
      'afkomen|af van',
    ],
  },

  // Size (§5.6 and the stop-smoking example): too big, or too small to be a challenge.
  {
    id: 'te-groot',
    soort: 'groot',
    gewicht: 2,
    patterns: ['stoppen|stop met roken', 'honderd procent', '=100 %'],
    find: (tokens) => tokens.flatMap((t, i) => (BIG_WORDS(t) ? [{ start: i, end: i + 1 }] : [])),
  },
  {
    id: 'te-klein',
    soort: 'klein',
    gewicht: 2,
    patterns: ['misschien|eventjes|ooit', 'een keertje'],
  },
];

const COMPILED = RULES.map((rule) => ({
  rule,
  patterns: (rule.patterns ?? []).map(compile) as Pattern[],
}));

/** Every rule that fires, with the user's words. */
function collectSignals(text: string, tokens: Token[]): Signal[] {
  const out: Signal[] = [];
  for (const { rule, patterns } of COMPILED) {
    const hits = [
      ...patterns.flatMap((p) => findAll(p, tokens)),
      ...(rule.find ? rule.find(tokens) : []),
    ];
    const seen = new Set<number>();
    for (const hit of hits) {
      if (seen.has(hit.start)) continue;
      seen.add(hit.start);
      if (rule.negatable && tokens[hit.start]!.negated) continue;
      if (rule.accept && !rule.accept(tokens, hit)) continue;
      out.push({
        regel: rule.id,
        soort: rule.soort,
        gewicht: rule.gewicht,
        woorden: quote(text, tokens, hit.start, hit.end),
      });
    }
  }
  return out;
}

function emptyScores(): Record<SignalKind, number> {
  return {
    doel: 0,
    leren: 0,
    competitie: 0,
    vaag: 0,
    aantal: 0,
    termijn: 0,
    resultaat: 0,
    anderen: 0,
    negatief: 0,
    groot: 0,
    klein: 0,
  };
}

/** Dutch, foreign or nonsense? Counts known words on both sides. */
function language(tokens: Token[], signals: Signal[]): 'nl' | 'anders' | 'onzin' {
  const words = tokens.filter((t) => /\p{L}/u.test(t.w));
  let nl = 0;
  let foreign = 0;
  for (const t of words) {
    if (DUTCH.has(t.w)) nl++;
    else if (FOREIGN.has(t.w)) foreign++;
  }
  // Words that fired a Dutch rule count as Dutch as well.
  nl += signals.filter((s) => s.soort !== 'aantal').length;
  if (foreign >= 2 && foreign >= nl) return 'anders';
  if (nl === 0) return 'onzin';
  // Mostly unknown words with hardly any Dutch ("Quiero aprender a trabajar en equipo").
  if (words.length >= 4 && nl / words.length < 0.3) return 'anders';
  return 'nl';
}

function isQuestion(text: string, tokens: Token[]): boolean {
  return /\?\s*$/.test(text) && QUESTION_START.has(tokens[0]?.w ?? '');
}

/** Fixed order of precedence over the summed weights; see the header comment. */
function decideType(scores: Record<SignalKind, number>): Exclude<GoalType, 'onbekend'> {
  if (scores.competitie >= 5) return 'competitiedoel';
  if (scores.leren >= 3) return 'leerdoel';
  if (scores.vaag >= 6) return 'vaag';
  if (scores.vaag >= 3 && scores.aantal + scores.termijn < 2) return 'vaag';
  return 'uitkomstdoel';
}

// ── checks ──────────────────────────────────────────────────────────────────

const FUNCTION_WORDS = new Set(
  `ik je jij we wij mij me mijn mezelf mijzelf zich ons onze de het een van in op aan bij met voor naar om te uit over door tot tussen na zonder tijdens per
  als dan dat die dit deze wat hoe welke waar wie wanneer of en maar zodat is ben word worden wordt kan kunnen moet ga gaan gaat wil willen doe doen
  heb hebben er ook nog al wel niet geen meer zo heel echt gewoon graag liefst beter best goed zelf manier manieren kan`.split(
    /\s+/,
  ),
);
const LEARN_WORDS = wordSet(
  'leren leer oefenen oefen uitzoeken ontdekken onderzoeken uitproberen nagaan ontwikkelen vaardiger handiger omgaan zoek probeer uit',
);

/** Words that carry content: not function words, not learning verbs, not numbers or times. */
function contentWords(tokens: Token[]): Token[] {
  return tokens.filter(
    (t) =>
      !FUNCTION_WORDS.has(t.w) &&
      !LEARN_WORDS(t) &&
      !isNumber(t) &&
      !TIME_WORDS(t) &&
      !INTENT.has(t.w) &&
      /\p{L}/u.test(t.w),
  );
}

function has(signals: Signal[], soort: SignalKind): boolean {
  return signals.some((s) => s.soort === soort);
}

/** The user's words of the signals of one kind, joined ("vijf, vacatures"). */
function wordsOf(signals: Signal[], ...kinds: SignalKind[]): string {
  const seen = new Set<string>();
  for (const x of signals) if (kinds.includes(x.soort)) seen.add(x.woorden);
  return [...seen].slice(0, 2).join(', ');
}

/** Amounts and times with the word after them, as typed: "5 keer", "drie maanden". */
function counts(text: string, tokens: Token[]): string {
  const out: string[] = [];
  tokens.forEach((t, i) => {
    if (!isNumber(t) || out.length >= 2) return;
    const next = tokens[i + 1];
    const end = next && /\p{L}/u.test(next.w) && next.sent === t.sent ? i + 2 : i + 1;
    out.push(quote(text, tokens, i, end));
  });
  return out.join(', ');
}

/** A feeling as written ("minder zenuwachtig", "meer zelfvertrouwen"), or undefined. */
function feeling(text: string, tokens: Token[]): { woorden: string; naam: boolean } | undefined {
  const i = tokens.findIndex((t) => FEELING_ADJ(t) || FEELING_NOUN(t));
  if (i < 0) return undefined;
  const lead = /^(minder|meer|niet|zo|heel|erg|veel)$/.test(tokens[i - 1]?.w ?? '') ? i - 1 : i;
  return { woorden: quote(text, tokens, lead, i + 1), naam: FEELING_NOUN(tokens[i]) };
}

function buildChecks(
  type: Exclude<GoalType, 'onbekend'>,
  text: string,
  tokens: Token[],
  signals: Signal[],
  scores: Record<SignalKind, number>,
): GoalCheck[] {
  const s = analysisStrings.checks;
  const content = contentWords(tokens);
  const counted = scores.aantal + scores.termijn > 0;
  const check = (id: CheckId, pass: boolean, uitleg: string): GoalCheck => {
    const def = s[id];
    return { id, pass, titel: def.titel, uitleg, bron: def.bron, href: def.href, meer: def.meer };
  };

  const leren = check(
    'leren',
    type === 'leerdoel',
    type === 'leerdoel'
      ? s.leren.uitleg.leerdoel(wordsOf(signals, 'leren'))
      : type === 'uitkomstdoel'
        ? s.leren.uitleg.uitkomstdoel(wordsOf(signals, 'resultaat', 'anderen'))
        : type === 'competitiedoel'
          ? s.leren.uitleg.competitiedoel(wordsOf(signals, 'competitie'))
          : s.leren.uitleg.vaag(),
  );

  const decided = signals.filter((x) => x.soort === 'anderen');
  const othersDecide = decided.length > 0;
  let eigen: GoalCheck;
  if (type === 'competitiedoel')
    eigen = check('eigen-gedrag', false, s['eigen-gedrag'].uitleg.competitie());
  else if (
    othersDecide &&
    (type !== 'leerdoel' || signals.some((x) => x.regel === 'wil-dat-ander'))
  ) {
    const byOther = decided.find((x) => x.regel !== 'afhankelijk-van-aanbod');
    if (byOther) {
      const wt = tokenize(byOther.woorden);
      const wie = wt.some((t) => isExam(t) || GRADES(t) || isNumber(t))
        ? s['eigen-gedrag'].wie.examen
        : wt.some((t) => JOB_NOUNS(t) || JOB_WORDS(t))
          ? s['eigen-gedrag'].wie.werkgever
          : s['eigen-gedrag'].wie.ander;
      eigen = check('eigen-gedrag', false, s['eigen-gedrag'].uitleg.anderen(byOther.woorden, wie));
    } else
      eigen = check('eigen-gedrag', false, s['eigen-gedrag'].uitleg.aanbod(decided[0]!.woorden));
  } else eigen = check('eigen-gedrag', true, s['eigen-gedrag'].uitleg.eigen());

  const broad = content.length <= 1 && content.some((t) => BROAD_DOMAINS(t));
  const contentText = content.length
    ? quote(text, tokens, tokens.indexOf(content[0]!), tokens.indexOf(content.at(-1)!) + 1)
    : '';
  const felt = type !== 'leerdoel' ? feeling(text, tokens) : undefined;
  let specifiek: GoalCheck;
  if (felt)
    specifiek = check(
      'specifiek',
      false,
      felt.naam
        ? s.specifiek.uitleg.gevoelNaam(felt.woorden)
        : s.specifiek.uitleg.gevoel(felt.woorden),
    );
  else if (type === 'vaag') specifiek = check('specifiek', false, s.specifiek.uitleg.vaag());
  else if (type === 'leerdoel')
    specifiek =
      content.length >= 2 && !broad
        ? check('specifiek', true, s.specifiek.uitleg.leerdoel(contentText))
        : check('specifiek', false, s.specifiek.uitleg['leerdoel-breed'](contentText));
  else
    specifiek =
      counted || content.length >= 2
        ? check(
            'specifiek',
            true,
            s.specifiek.uitleg.concreet(counts(text, tokens) || wordsOf(signals, 'termijn') || contentText),
          )
        : check('specifiek', false, s.specifiek.uitleg.breed());

  let haalbaar: GoalCheck;
  const jobWord = content.find((t) => JOB_WORDS(t));
  const big = has(signals, 'groot') || broad || (type !== 'leerdoel' && !!jobWord && !counted);
  const bigWords =
    wordsOf(signals, 'groot') ||
    (broad
      ? contentText
      : jobWord
        ? quote(text, tokens, tokens.indexOf(jobWord), tokens.indexOf(jobWord) + 1)
        : '');
  if (type === 'vaag') haalbaar = check('haalbaar', false, s.haalbaar.uitleg.onduidelijk());
  else if (type === 'competitiedoel')
    haalbaar = check('haalbaar', false, s.haalbaar.uitleg.competitie());
  else if (big)
    haalbaar = check(
      'haalbaar',
      false,
      type === 'leerdoel'
        ? s.haalbaar.uitleg['groot-leerdoel'](bigWords)
        : s.haalbaar.uitleg.groot(bigWords),
    );
  else if (has(signals, 'klein'))
    haalbaar = check('haalbaar', false, s.haalbaar.uitleg.klein(wordsOf(signals, 'klein')));
  else haalbaar = check('haalbaar', true, s.haalbaar.uitleg.ok());

  const positief = has(signals, 'negatief')
    ? check('positief', false, s.positief.uitleg.negatief(wordsOf(signals, 'negatief')))
    : check('positief', true, s.positief.uitleg.positief());

  return [leren, eigen, specifiek, haalbaar, positief];
}

// ── entry point ─────────────────────────────────────────────────────────────

function unknown(
  melding: GoalNotice,
  signals: Signal[],
  scores: Record<SignalKind, number>,
  tooLong: boolean,
): GoalAnalysis {
  return {
    type: 'onbekend',
    typeNaam: analysisStrings.types.onbekend.naam,
    typeUitleg: analysisStrings.meldingen[melding],
    melding,
    checks: [],
    signalen: signals,
    scores,
    tooLong,
  };
}

/** Classifies a Dutch goal and runs the checks of §5.6; synchronous, pure and fast. */
export function analyzeGoal(text: string): GoalAnalysis {
  const input = typeof text === 'string' ? text : '';
  const tooLong = input.length > MAX_GOAL_LENGTH;
  const source = input.slice(0, ANALYSE_LIMIT);
  const tokens = tokenize(source);
  const words = tokens.filter((t) => /\p{L}/u.test(t.w));
  const scores = emptyScores();
  if (words.length === 0) return unknown(tokens.length ? 'geen-doel' : 'leeg', [], scores, tooLong);

  const signals = collectSignals(source, tokens);
  for (const sig of signals) scores[sig.soort] += sig.gewicht;

  const lang = language(tokens, signals);
  if (lang === 'anders') return unknown('niet-nederlands', signals, scores, tooLong);
  if (isQuestion(source, tokens)) return unknown('vraag', signals, scores, tooLong);
  const typeCues =
    scores.leren >= 3 || scores.competitie > 0 || signals.some((x) => x.regel === 'best-doen');
  if (lang === 'onzin' || words.length < 2 || (scores.doel === 0 && !typeCues))
    return unknown('geen-doel', signals, scores, tooLong);

  const type = decideType(scores);
  return {
    type,
    typeNaam: analysisStrings.types[type].naam,
    typeUitleg: analysisStrings.types[type].uitleg,
    checks: buildChecks(type, source, tokens, signals, scores),
    signalen: signals,
    scores,
    tooLong,
  };
}
