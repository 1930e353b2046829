/** Dutch text of the goal rewriter (/doelen/): analysis, checks, rewrites, plans, the card. */

const h5 = '/studie/5-doelen/';
const h8 = '/studie/8-als-dan-plannen/';

/** The analysis: goal types, notices, the five checks, signal names. */
export const analysisStrings = {
  types: {
    leerdoel: {
      naam: 'Leerdoel',
      uitleg:
        'Je doel gaat over iets leren of ontwikkelen, met je eigen vooruitgang als maat. Zo’n doel helpt juist bij nieuwe, ingewikkelde taken met tegenslag, zoals werk zoeken.',
    },
    uitkomstdoel: {
      naam: 'Uitkomstdoel',
      uitleg:
        'Je noemt een resultaat dat je wilt bereiken. Bij een nieuwe of lastige taak kan zo’n doel ontmoedigen zodra het niet meteen lukt.',
    },
    competitiedoel: {
      naam: 'Competitiedoel',
      uitleg:
        'Je meet jezelf af aan anderen, of je wilt laten zien (of juist verbergen) hoe goed je bent. Dat geeft vaak spanning en haalt de aandacht weg van de taak.',
    },
    vaag: {
      naam: 'Vaag doel',
      uitleg:
        'Je doel geeft een richting aan, maar zegt niet wat je gaat doen of leren. Dan weet je ook niet wanneer je verder bent gekomen.',
    },
    onbekend: {
      naam: 'Nog geen doel',
      uitleg: '',
    },
  },
  meldingen: {
    leeg: 'Schrijf hierboven een doel op, of kies een voorbeeld. Begin bijvoorbeeld met “Ik wil …”.',
    'geen-doel':
      'Dit lijkt nog geen doel. Schrijf op wat je wilt bereiken of leren, bijvoorbeeld “Ik wil leren hoe ik …”.',
    'niet-nederlands': 'Deze hulp werkt met Nederlandse zinnen. Schrijf je doel in het Nederlands.',
    vraag:
      'Dit is een vraag. Schrijf je doel op als iets wat je wilt, bijvoorbeeld “Ik wil uitzoeken …”.',
  },
  checks: {
    leren: {
      titel: 'Gaat over leren en ontwikkelen',
      bron: '§5.4',
      href: `${h5}#5-4`,
      uitleg: {
        leerdoel: 'Je doel draait om leren: het proces telt, niet alleen de uitkomst.',
        uitkomstdoel:
          'Je noemt wat je wilt bereiken, maar niet wat je daarvoor wilt leren of uitproberen.',
        competitiedoel: 'Je maat is hoe je het doet tegenover anderen, niet wat je zelf leert.',
        vaag: 'Er staat niet in wat je wilt leren of ontwikkelen.',
      },
    },
    'eigen-gedrag': {
      titel: 'Eigen gedrag, in eigen hand',
      bron: '§5.6',
      href: `${h5}#5-6`,
      uitleg: {
        eigen: 'Het gaat om wat je zelf doet, en dat heb je zelf in de hand.',
        anderen:
          'Of dit lukt, beslissen uiteindelijk ook anderen, zoals een werkgever, een examinator of je team.',
        aanbod:
          'Hoeveel passende vacatures er zijn, heb je niet zelf in de hand; hoe je zoekt wel.',
        competitie: 'Hoe goed anderen het doen, heb je niet zelf in de hand.',
      },
    },
    specifiek: {
      titel: 'Specifiek genoeg',
      bron: '§5.6',
      href: `${h5}#5-6`,
      uitleg: {
        leerdoel: 'Je noemt concreet wat je wilt leren en waarbij.',
        'leerdoel-breed': 'Maak concreter wat je wilt leren: bij welke taak, of in welke situatie?',
        concreet: 'Je doel noemt iets concreets dat je kunt zien of tellen.',
        breed: 'Het is nog niet duidelijk wat je precies gaat doen; maak het concreter.',
        vaag: 'Er staat geen gedrag in dat je kunt zien of doen; beschrijf wat je anders gaat doen.',
      },
    },
    haalbaar: {
      titel: 'Haalbaar en toch uitdagend',
      bron: '§5.6',
      href: `${h5}#5-6`,
      uitleg: {
        ok: 'Dit lijkt een stap die je kunt zetten; kijk zelf of hij ook genoeg uitdaging biedt.',
        groot:
          'Dit is een groot einddoel; maak er eerst een leerdoel van en knip dat op in kleinere stappen.',
        'groot-leerdoel':
          'Dit leerdoel is nog groot; maak het kleiner door te kiezen in welke situatie het het lastigst is.',
        klein: 'Het klinkt vrijblijvend; een goed doel mag gerust wat uitdaging hebben.',
        onduidelijk:
          'Zolang niet duidelijk is wat je gaat doen, valt niet te zeggen of het haalbaar is.',
        competitie:
          'Of je het beter doet dan anderen kun je niet plannen, want dat hangt ook van hen af.',
      },
    },
    positief: {
      titel: 'Positief geformuleerd',
      bron: 'Positief in gesprek',
      href: '/praktijk/positief-in-gesprek/',
      uitleg: {
        positief: 'Je beschrijft waar je naartoe wilt, niet alleen wat je kwijt wilt.',
        negatief:
          'Je doel zegt vooral wat je niet (meer) wilt; schrijf op wat je wél wilt doen of leren.',
      },
    },
  },
  signalen: {
    doel: 'voornemen',
    leren: 'leren of uitzoeken',
    competitie: 'vergelijken of laten zien',
    vaag: 'vaag of zonder gedrag',
    aantal: 'aantal',
    termijn: 'termijn',
    resultaat: 'resultaat',
    anderen: 'hangt ook van anderen af',
    negatief: 'ontkenning of vermijden',
    groot: 'groot of absoluut',
    klein: 'vrijblijvend',
  },
} as const;

/** Learning-goal suggestions. */
export const rewriteStrings = {
  /** Templates for learning-goal suggestions; arguments are the user's own words. */
  leerHoe: (object: string, verb: string, tail: string, past: string) =>
    `Ik wil leren hoe ik ${object} kan ${verb} ${tail} ${past}`,
  past: (object: string) =>
    /vacatures|banen/i.test(object)
      ? 'die bij mij passen'
      : /werk\b/i.test(object)
        ? 'dat bij mij past'
        : 'die bij mij past',
  kanalenVacatures: 'Ik wil uitzoeken via welke kanalen ik de meeste passende vacatures vind',
  manieren: (object: string, verb: string, tail: string) =>
    `Ik wil uitzoeken op welke manieren ik ${object} het beste kan ${verb} ${tail}`,
  oefenenMetHet: (verb: string, object: string, tail: string) =>
    `Ik wil oefenen met het ${verb} van ${object} ${tail}`,
  oefenenMet: (wat: string, tail: string) => `Ik wil oefenen met ${wat} ${tail}`,
  watHelpt: (object: string, teVerb: string, tail: string) =>
    `Ik wil ontdekken wat mij helpt om ${object} ${teVerb} ${tail}`,
  watHelptAls: (object: string, teVerb: string, tail: string, als: string) =>
    `Ik wil ontdekken wat mij helpt om ${object} ${teVerb} ${tail} ${als}`,
  passendWerk: 'werk dat bij mij past',
  kanalenWerk: (wat: string) => `Ik wil uitzoeken via welke kanalen ik ${wat} kan vinden`,
  oefenenBieden: 'Ik wil oefenen met vertellen wat ik een werkgever te bieden heb',
  werkgeversZoeken: (rol: string) => `Ik wil uitzoeken wat werkgevers zoeken in een ${rol}`,
  werkgeversVinden: (waar: string) => `Ik wil uitzoeken wat werkgevers ${waar} belangrijk vinden`,
  briefEnCv: 'Ik wil uitzoeken wat werkgevers in een brief en een cv willen lezen',
  talenten: 'Ik wil ontdekken welk werk bij mijn talenten past',
  manierVanLeren: (vak: string) =>
    `Ik wil uitzoeken welke manier van leren voor ${vak} bij mij werkt`,
  onderdelen: (vak: string) => `Ik wil oefenen met de onderdelen van ${vak} die ik nog lastig vind`,
  voorbereiding: (vak: string) => `Ik wil leren hoe ik mijn voorbereiding op ${vak} goed plan`,
  rustigTijdens: (vak: string) => `Ik wil ontdekken hoe ik rustig blijf tijdens ${vak}`,
  stoppenLeren: (wat: string) => `Ik wil leren hoe ik kan stoppen met ${wat}`,
  momentenZin: (wat: string) =>
    `Ik wil uitzoeken op welke momenten de zin in ${wat} het sterkst is`,
  inPlaatsVan: (wat: string) => `Ik wil uitproberen wat ik kan doen in plaats van ${wat}`,
  groeienAls: (rol: string) => `Ik wil ontdekken waarin ik als ${rol} nog kan groeien`,
  lerenVanAnderen: (rol: string) => `Ik wil uitzoeken wat ik als ${rol} van anderen kan leren`,
  inZoSituatie: 'in zo’n situatie',
  lastigeMomenten: (waar: string) => `Ik wil oefenen met de lastige momenten ${waar}`,
  rustigBlijven: (waar: string) => `Ik wil leren hoe ik rustig blijf als er iets misgaat ${waar}`,
  nabespreken: (waar: string) =>
    `Ik wil na afloop uitzoeken wat ${waar} goed ging en wat ik nog kan leren`,
  concreetBetekent: (wat: string) => `Ik wil uitzoeken wat ${wat} voor mij concreet betekent`,
  kleineStap: (voor: string, teVerb: string, tail: string) =>
    `Ik wil uitproberen welke kleine stap mij helpt om ${voor} ${teVerb} ${tail}`,
  zodat: (zin: string) => `Ik wil uitzoeken wat ik zelf kan doen zodat ${zin}`,
  ondersteunen: (wie: string) => `Ik wil leren hoe ik ${wie} het beste kan ondersteunen`,
  nodigHeeft: (wie: string, meervoud: boolean) =>
    `Ik wil ontdekken wat ${wie} van mij nodig ${meervoud ? 'hebben' : 'heeft'}`,
  welWillen: (wat: string) => `Ik wil uitzoeken wat ik wél wil in plaats van ${wat}`,
  eigenVooruitgang: 'Ik wil mijn eigen vooruitgang bijhouden en kijken welke aanpak werkt',
  waarSta: 'Ik wil ontdekken waar ik nu sta en wat mijn volgende leerstap is',
  losVanAnderen: 'Ik wil uitzoeken wat ik zelf nog wil leren, los van hoe anderen het doen',
  /** A few reversed problems and what to aim for instead. */
  tegenhangers: [
    ['te laat komen', 'op tijd komen'],
    ['te laat', 'op tijd'],
    ['zakken', 'slagen'],
    ['uitstellen', 'op tijd beginnen'],
    ['zo onzeker', 'zekerder van mezelf'],
    ['onzeker', 'zekerder van mezelf'],
  ] as ReadonlyArray<readonly [string, string]>,
  fallbackLeren: (kern: string) =>
    `Ik wil uitzoeken wat ik kan leren of uitproberen voor dit doel: ${kern}`,
  fallbackAanpak: (kern: string) =>
    `Ik wil ontdekken welke aanpak bij mij werkt voor dit doel: ${kern}`,
  momentenWaarop: (wanneer: string) => `Ik wil leren omgaan met de momenten waarop ${wanneer}`,
  omgaanMet: (wat: string) => `Ik wil leren omgaan met ${wat}`,
} as const;

/** If-then plans and §8.4. */
export const planStrings = {
  /** If-then plans (chapter 8) and the warnings of §8.4. */
  href: `${h8}#8-4`,
  wanneer: {
    ok: 'Je noemt een vast moment om te beginnen.',
    leeg: 'Vul in wanneer je begint.',
    vaag: 'Kies een vast moment, zoals een dag en tijd of “na het ontbijt”; “later” werkt niet als startsein.',
  },
  waar: {
    ok: 'Je weet waar je het doet.',
    leeg: 'Vul in waar je het doet.',
    vaag: 'Kies een vaste plek, dan hoef je op het moment zelf niet meer te kiezen.',
  },
  hoe: {
    ok: 'Je weet wat je dan doet, en hoe.',
    leeg: 'Beschrijf wat je dan doet.',
    vaag: 'Beschrijf een handeling die je echt kunt doen, niet alleen “proberen” of “mijn best doen”.',
  },
  als: {
    ok: 'Je noemt wat je in de weg kan zitten.',
    leeg: 'Beschrijf wat er mis kan gaan of wat je kan afleiden.',
  },
  dan: {
    ok: 'Je weet al wat je dan doet.',
    leeg: 'Beschrijf wat je dan doet.',
    vaag: 'Maak concreet wat je dan doet, zodat je er op het moment zelf niet over hoeft na te denken.',
  },
  waarschuwingen: {
    'te-veel':
      'Je hebt veel plannen. Als-dan-plannen lijken minder goed te werken als je er te veel maakt: kies de plannen die er het meest toe doen.',
    onrealistisch:
      'Een van je plannen klinkt zwaar of absoluut (zoals “altijd” of “de hele dag”). Plannen die niet realistisch zijn, helpen minder; maak ze haalbaar.',
    perfectionisme:
      'Bij mensen die perfectionistisch of erg kritisch op zichzelf zijn, lijken als-dan-plannen niet te helpen: ze geven dan vooral spanning. Houd je plannen licht, en zie een misser als informatie, niet als falen.',
    motivatie:
      'Als-dan-plannen helpen vooral als je het doel zelf echt wilt bereiken. Kijk eerst wat dit doel voor jou de moeite waard maakt, of kies een doel dat je wél wilt.',
  },
} as const;

/** SMART, for leaders. */
export const smartStrings = {
  /** SMART and observable behaviour, for leaders. */
  specifiek: {
    letter: 'S',
    titel: 'Specifiek',
    ja: 'Je beschrijft concreet wat je gaat doen.',
    nee: 'Maak concreet welk gedrag je wilt ontwikkelen, in welke situatie.',
  },
  meetbaar: {
    letter: 'M',
    titel: 'Meetbaar',
    ja: 'Er staat een aantal of een frequentie in.',
    nee: 'Noem hoe vaak of hoeveel, zodat je voortgang kunt zien.',
  },
  acceptabel: {
    letter: 'A',
    titel: 'Acceptabel',
    zelf: 'Dat kun alleen jij zeggen: onderschrijf je dit doel zelf, en is het afgestemd met wie erbij hoort?',
  },
  realistisch: {
    letter: 'R',
    titel: 'Realistisch',
    nee: 'Woorden als “altijd” of “iedereen” maken het doel onhaalbaar; kies wat je echt kunt volhouden.',
    zelf: 'Beoordeel zelf of dit past bij je tijd en je team.',
  },
  tijdgebonden: {
    letter: 'T',
    titel: 'Tijdgebonden',
    ja: 'Er staat een termijn in.',
    nee: 'Noem een termijn, bijvoorbeeld “de komende zes weken”.',
  },
  gedrag: {
    letter: '👁',
    titel: 'Zichtbaar gedrag',
    ja: 'Een teamlid of collega kan zien of je dit doet.',
    nee: 'Beschrijf wat een collega je zou zien doen, bijvoorbeeld “ik open elk overleg met een rondje”.',
  },
  status: { ja: 'Ja', nee: 'Nog niet', zelf: 'Beoordeel zelf' },
} as const;

/** The doelkaart. */
export const cardStrings = {
  /** An if-then plan as one sentence. */
  startZin: (wanneer: string, waar: string, hoe: string) =>
    /^(als|zodra|wanneer|nadat)\b/i.test(wanneer)
      ? `${wanneer[0]!.toUpperCase()}${wanneer.slice(1)} en ik ben ${waar || '…'}, dan ${hoe ? `${hoe}.` : '…'}`
      : `Als het ${wanneer || '…'} is en ik ben ${waar || '…'}, dan ${hoe ? `${hoe}.` : '…'}`,
  obstakelZin: (als: string, dan: string) => `Als ${als || '…'}, dan ${dan ? `${dan}.` : '…'}`,
  /** Labels of the doelkaart (screen, print and text export). */
  titel: 'Doelkaart',
  leerdoel: 'Leerdoel',
  oorspronkelijk: 'Oorspronkelijk doel',
  strategieen: 'Strategieën',
  obstakels: 'Obstakels en als-dan-plannen',
  startplannen: 'Plannen om te beginnen',
  geen: 'nog niets ingevuld',
  gewijzigd: 'Laatst gewijzigd',
} as const;

/** The page around the island (build time only). */
export const pageStrings = {
  titel: 'Doel herschrijven',
  beschrijving:
    'Maak van een prestatiedoel een leerdoel, met strategieën, obstakels en als-dan-plannen. Alles blijft op je eigen apparaat.',
  intro:
    'Schrijf een doel op. Je ziet meteen wat voor doel het is en hoe je er een leerdoel van maakt. Daarna bedenk je manieren om eraan te werken, wat je in de weg kan zitten en wat je dan doet. Alles komt samen op één doelkaart.',
  privacy: 'Wat je hier typt, blijft in deze browser. Er gaat niets naar een server.',
  zonderJs:
    'De doelenhulp heeft JavaScript nodig. Hieronder lees je hoe je dezelfde stappen op papier zet.',
  naarPapier: 'Naar de stappen op papier',
  /** The method in plain text, for everyone and for pages without JavaScript. */
  papier: {
    kop: 'Zo werkt het, ook op papier',
    waaromKop: 'Waarom een leerdoel?',
    waarom: [
      'Een uitkomstdoel noemt een resultaat: vijf vacatures, een baan, een diploma. Bij een taak die nieuw of ingewikkeld is en vol tegenslag zit, zoals werk zoeken, werkt zo’n doel vaak averechts: lukt het niet, dan voelt dat als falen. Een leerdoel richt je op wat je wilt leren of uitzoeken, met je eigen vooruitgang als maat. Daarop kun je eigenlijk niet falen: onderweg leer je altijd iets.',
      'In een experiment bij 109 cliënten van een re-integratiebureau hadden deelnemers die een training in leerdoelen volgden daarna vaker werk (33 procent) dan deelnemers uit een training in competitiedoelen (9 procent) of een training zonder doelen (11 procent) (Van Hooft & Noordzij, 2009).',
    ],
    waaromBron: 'Meer in §5.6 van de studie',
    plannenKop: 'Waarom als-dan-plannen?',
    plannen:
      'Een voornemen alleen is vaak niet genoeg. Met een concreet als-dan-plan, dat zegt wanneer, waar en hoe je iets doet, wordt de kans dat je het echt doet volgens onderzoek twee keer zo groot (Gollwitzer, 1999). Een plan voor een obstakel (“Als het regent, dan neem ik de bus”) helpt je door te zetten als er iets tussenkomt.',
    plannenBron: 'Meer in hoofdstuk 8 van de studie',
    stappenKop: 'De stappen',
    stappen: [
      'Schrijf je doel op, in je eigen woorden.',
      'Stel er vijf vragen bij: gaat het over leren? Gaat het over je eigen gedrag, dat je zelf in de hand hebt? Is het specifiek genoeg? Is het haalbaar en toch uitdagend? Staat erin wat je wél wilt?',
      'Herschrijf het als leerdoel, bijvoorbeeld: “Ik wil leren hoe ik …” of “Ik wil uitzoeken …”. Nog te groot? Kies de situatie waarin het het moeilijkst is en maak daar een leerdoel van.',
      'Bedenk minstens twee manieren om eraan te werken, zodat je een andere kunt proberen als de eerste niet lukt.',
      'Schrijf op wat je in de weg kan zitten, met per obstakel een plan: “Als …, dan …”. Leg ook vast wanneer, waar en hoe je begint.',
      'Houd het bij een paar realistische plannen. Ben je erg streng voor jezelf? Houd je plannen dan licht.',
    ],
    verderKop: 'Verder lezen',
    verder: [
      { pad: 'studie/5-doelen/#5-6', tekst: '§5.6 Doelen in re-integratie' },
      { pad: 'studie/8-als-dan-plannen/', tekst: 'Hoofdstuk 8: als-dan-plannen' },
      { pad: 'praktijk/leerdoelen-en-falen/', tekst: 'Leerdoelen en omgaan met falen' },
      { pad: 'praktijk/positief-in-gesprek/', tekst: 'Positief in gesprek' },
      { pad: 'praktijk/leiderschap/', tekst: 'Leerdoelen voor leidinggevenden' },
    ],
  },
} as const;

/** Island, step: doel. */
export const doelUi = {
  laden: 'De doelenhulp wordt geladen…',
  analyseVolgt: 'Begin met typen: de analyse van je doel verschijnt hier, met de volgende stappen.',
  laadFout: 'De rest van de doelenhulp kon niet worden geladen.',
  opnieuw: 'Opnieuw proberen',
  kop: '1. Jouw doel',
  label: 'Schrijf je doel op',
  hint: 'Eén doel, in je eigen woorden. Bijvoorbeeld: “Ik wil deze week vijf vacatures vinden.”',
  teller: (n: number, max: number) => `${n} van ${max} tekens`,
  teLang: (n: number, max: number) =>
    `Je doel is ${n} tekens lang; op de doelkaart passen er ${max}. Maak het korter. Je tekst blijft staan.`,
  voorbeelden: 'Of kies een voorbeeld',
  voorbeeldGekozen: 'Het voorbeeld staat nu in het veld.',
  /** Examples: a few after the study and the practice sources, the rest new. */
  voorbeeldenLijst: [
    'Ik wil deze week minimaal vijf vacatures vinden.',
    'Ik ga vanmiddag voor 17.00 uur twee sollicitatiebrieven schrijven.',
    'Ik wil eerder een baan vinden dan de anderen uit mijn training.',
    'Ik wil voorkomen dat ik een slecht figuur sla in het gesprek.',
    'Ik wil stoppen met roken.',
    'Ik wil niet meer te laat komen.',
    'Ik wil beter communiceren.',
    'Ik wil dat mijn team elk kwartaal de targets haalt.',
    'Ik wil slagen voor mijn taaltoets.',
    'Ik wil leren hoe ik een goed cv opstel.',
  ],
  signalen: 'Herkend aan',
  analyseKop: 'Wat voor doel is dit?',
  vragenKop: 'Vijf vragen bij je doel',
  herkend: 'Herkend aan:',
  bron: 'Bron:',
  inOrde: 'In orde',
  nogNiet: 'Nog niet',
  live: (naam: string, ok: number, totaal: number) =>
    `Analyse: ${naam}. ${ok} van de ${totaal} vragen in orde.`,
} as const;

/** Island, step: herschrijf. */
export const herschrijfUi = {
  kop: '2. Herschrijf het als leerdoel',
  uitleg: 'Kies een voorstel of schrijf je eigen leerdoel. Je kunt alles aanpassen.',
  wachten: 'Schrijf eerst een doel op in stap 1; dan verschijnen hier voorstellen.',
  alLeerdoel: 'Je doel is al een leerdoel. Neem het over, en maak het zo nodig kleiner.',
  voorstellenKop: 'Voorstellen',
  gebruik: 'Gebruik dit',
  gebruikLabel: (tekst: string) => `Gebruik dit: ${tekst}`,
  label: 'Jouw leerdoel',
  hint: 'Begin bijvoorbeeld met “Ik wil leren hoe ik …” of “Ik wil uitzoeken …”.',
  typeVan: (naam: string) => `Dit leerdoel lees je hier als: ${naam}.`,
  gekozen: 'Het voorstel staat nu in het veld “Jouw leerdoel”.',
  kleiner: {
    kop: 'Maak het kleiner',
    uitleg:
      'Een leerdoel dat te groot is, nodigt weinig uit. Denk aan de situaties waarin het je het minst lukt.',
    label: 'In welke situaties is het het moeilijkst?',
    hint: 'Bijvoorbeeld: “als ik een afwijzing krijg” of “op maandagochtend”.',
    knop: 'Maak kleiner',
    leeg: 'Vul eerst een situatie in.',
    geenDoel: 'Vul eerst een leerdoel in, dan kun je het kleiner maken.',
    resultaat: 'Kleinere leerdoelen:',
  },
} as const;

/** Island, step: strategie. */
export const strategieUi = {
  kop: '3. Strategieën',
  uitleg:
    'Bedenk minstens twee manieren om aan je leerdoel te werken. Lukt de ene niet, dan ligt de andere klaar.',
  label: (n: number) => `Strategie ${n}`,
  toevoegen: 'Strategie toevoegen',
  verwijder: 'Verwijderen',
  verwijderLabel: (n: number) => `Verwijderen: strategie ${n}`,
  teWeinig: 'Vul minstens twee strategieën in.',
  ideeenKop: 'Ideeën om mee te beginnen',
  ideeen: [
    'Vraag iemand die het al kan hoe die het aanpakt',
    'Probeer het eerst in een situatie die niet spannend is',
    'Zoek uitleg of een voorbeeld op, en probeer het na',
    'Oefen met iemand die je vertrouwt en vraag om feedback',
    'Schrijf na elke poging op wat werkte en wat je anders wilt doen',
  ],
  ideeToegevoegd: 'Het idee staat nu bij je strategieën; pas het gerust aan.',
} as const;

/** Island, step: plannen. */
export const plannenUi = {
  kop: '4. Obstakels en als-dan-plannen',
  uitleg:
    'Wat kan je in de weg zitten? Schrijf per obstakel op wat je dan doet. Dan hoef je op het moment zelf niet meer na te denken.',
  obstakel: (n: number) => `Obstakel ${n}`,
  alsLabel: 'Als …',
  alsHint: 'bijvoorbeeld: ik geen zin heb',
  danLabel: 'dan …',
  danHint: 'bijvoorbeeld: zet ik een wekker en begin ik tien minuten',
  obstakelToevoegen: 'Obstakel toevoegen',
  verwijder: 'Verwijderen',
  obstakelVerwijder: (n: number) => `Verwijderen: obstakel ${n}`,
  startKop: 'Plan om te beginnen',
  startUitleg: 'Leg vast wanneer, waar en hoe je begint.',
  start: (n: number) => `Startplan ${n}`,
  wanneerLabel: 'Wanneer?',
  wanneerHint: 'bijvoorbeeld: maandag na het ontbijt',
  waarLabel: 'Waar?',
  waarHint: 'bijvoorbeeld: aan de keukentafel',
  hoeLabel: 'Wat doe je dan, en hoe?',
  hoeHint: 'bijvoorbeeld: open ik mijn laptop en zoek ik drie vacatures op',
  startToevoegen: 'Startplan toevoegen',
  startVerwijder: (n: number) => `Verwijderen: startplan ${n}`,
  zin: 'Je plan:',
  zelfKop: 'Even checken',
  perfectionist: 'Ik ben vaak erg streng voor mezelf, of wil dat alles in één keer goed gaat',
  gemotiveerd: 'Wil je dit doel zelf echt bereiken?',
  ja: 'Ja',
  nee: 'Nee, nog niet',
  weetNiet: 'Weet ik nog niet',
  waarschuwingenKop: 'Let op',
} as const;

/** Island, step: leider. */
export const leiderUi = {
  kop: '5. Voor leidinggevenden: SMART en zichtbaar gedrag',
  schakelaar: 'Ik ben leidinggevende: laat ook de SMART-check zien',
  uitleg:
    'Een leerdoel voor leidinggevenden wordt sterker als het SMART is en gedrag beschrijft dat je team kan zien.',
  geenDoel: 'Vul eerst een leerdoel in bij stap 2.',
  meer: 'Meer over leerdoelen voor leidinggevenden',
  bron: 'Praktijk: leerdoelen voor leidinggevenden',
} as const;

/** Island, step: kaart. */
export const kaartUi = {
  kop: '6. Je doelkaart',
  uitleg: 'Zo ziet je doelkaart eruit. Bewaar hem op dit apparaat, druk hem af of download hem.',
  bewaar: 'Doelkaart bewaren',
  bijwerken: 'Wijzigingen bewaren',
  nieuw: 'Nieuwe doelkaart beginnen',
  bewaard: 'De doelkaart is bewaard op dit apparaat.',
  bijgewerkt: 'De doelkaart is bijgewerkt.',
  nietBewaard: 'De doelkaart staat alleen in dit venster: deze browser bewaart niets.',
  nieuwGestart: 'Je bent een nieuwe doelkaart begonnen.',
  problemen: {
    'geen-doel': 'Vul eerst een leerdoel in (stap 2).',
    'doel-te-lang': 'Je leerdoel is langer dan 500 tekens; maak het korter.',
    'oorspronkelijk-te-lang': 'Je doel in stap 1 is langer dan 500 tekens; maak het korter.',
  },
  lijstKop: 'Bewaarde doelkaarten',
  leeg: 'Je hebt nog geen doelkaarten bewaard.',
  bewerken: 'Bewerken',
  bewerkenLabel: (doel: string) => `Bewerken: ${doel}`,
  bewerkt: 'De doelkaart staat nu in de doelenhulp; pas aan wat je wilt en bewaar de wijzigingen.',
  verwijderen: 'Verwijderen',
  verwijderenLabel: (doel: string) => `Verwijderen: ${doel}`,
  zeker: 'Zeker weten?',
  jaVerwijder: 'Ja, verwijderen',
  jaVerwijderLabel: (doel: string) => `Ja, verwijderen: ${doel}`,
  annuleer: 'Nee, laten staan',
  verwijderd: 'De doelkaart is verwijderd.',
  afdrukweergave: 'Afdrukweergave',
  afdrukweergaveLabel: (doel: string) => `Afdrukweergave: ${doel}`,
  afdrukken: 'Afdrukken',
  terug: 'Terug naar de doelenhulp',
  tekst: 'Download als tekst',
  tekstLabel: (doel: string) => `Download als tekst: ${doel}`,
  json: 'Alle doelkaarten downloaden (JSON)',
  openen: 'Doelkaarten openen uit een bestand',
  importOk: (n: number, dubbel: number) =>
    `${n === 1 ? 'Eén doelkaart' : `${n} doelkaarten`} toegevoegd.${dubbel ? ` ${dubbel === 1 ? 'Eén stond' : `${dubbel} stonden`} er al.` : ''}`,
  importFout: {
    leeg: 'Het bestand is leeg.',
    'te-groot': 'Het bestand is te groot.',
    'geen-json':
      'Dit bestand kunnen we niet lezen; kies een JSON-bestand dat je hier eerder hebt gedownload.',
    onbekend: 'Dit is geen bestand met doelkaarten van deze site.',
    ongeldig:
      'Het bestand met doelkaarten is beschadigd of komt uit een andere versie; er is niets veranderd.',
  },
  teVeel: (n: number) => `${n} doelkaarten pasten er niet meer bij.`,
  gewijzigd: (datum: string) => `Laatst gewijzigd: ${datum}`,
  meldingSluiten: 'Melding sluiten',
  voorbeeldKop: 'Voorbeeld van je doelkaart',
} as const;

/** Links to the sources (root-relative; add the base path). */
export const goalLinks = {
  h5,
  h8,
  leerdoelen: '/praktijk/leerdoelen-en-falen/',
  positief: '/praktijk/positief-in-gesprek/',
  leiderschap: '/praktijk/leiderschap/',
} as const;
