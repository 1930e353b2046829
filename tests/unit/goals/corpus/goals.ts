// The sentence corpus of the goal rewriter (issue #16): varied goals as job seekers and
// leaders type them, and if-then plans, each with the sentences or properties the tool
// must produce. Every sentence the tool generates for these inputs is checked by
// tests/unit/goals/sentences.test.ts (capital, full stop, units, quotes, word order,
// spelling) and measured by scripts/measure-goal-sentences.ts.
//
// `expect`: sentences the tool must produce (among its suggestions).
// `checks`: outcome of the five checks that must hold (pass true/false).
// `never`: text that must not appear in any suggestion.

export interface CorpusGoal {
  text: string;
  group: string;
  expect?: string[];
  checks?: Partial<
    Record<'leren' | 'eigen-gedrag' | 'specifiek' | 'haalbaar' | 'positief', boolean>
  >;
  never?: RegExp[];
}

const g = (group: string, texts: string[]): CorpusGoal[] => texts.map((text) => ({ text, group }));

export const issueExamples: CorpusGoal[] = [
  {
    text: 'Ik wil elke week 5 keer solliciteren',
    group: 'issue',
    never: [/\bkeer\b/, /solliciteren van/],
    expect: ['Ik wil ontdekken wat mij helpt om elke week te solliciteren.'],
  },
  {
    text: 'Ik wil 10 kilo afvallen',
    group: 'issue',
    never: [/\bkilo\b/, /te afvallen/],
    expect: ['Ik wil ontdekken wat mij helpt om af te vallen.'],
  },
  {
    text: 'Ik wil elke dag om 7 uur opstaan',
    group: 'issue',
    never: [/dit doel:/],
    expect: ['Ik wil ontdekken wat mij helpt om elke dag om 7 uur op te staan.'],
  },
  {
    text: 'Ik wil binnen drie maanden een baan als magazijnmedewerker',
    group: 'issue',
    checks: { 'eigen-gedrag': false },
    never: [/drie maanden/],
  },
];

export const corpusGoals: CorpusGoal[] = [
  ...issueExamples,
  ...g('aantal', [
    'Ik wil deze week vijf vacatures vinden',
    'Ik wil elke dag 30 minuten wandelen',
    'Ik wil per week 3 sollicitatiebrieven schrijven',
    'Ik wil 2 keer per week naar de sportschool',
    'Ik wil elke maand 100 euro sparen',
    'Ik wil elke avond 20 pagina’s lezen',
    'Ik wil binnen een maand 10 werkgevers bellen',
    'Ik wil deze maand 4 netwerkgesprekken voeren',
    'Ik wil 5 kilometer hardlopen zonder te stoppen',
    'Ik wil elke ochtend 10 minuten Nederlands oefenen',
    'Ik wil 8 uur per nacht slapen',
    'Ik wil dit jaar 20 boeken lezen',
    'Ik wil drie keer per week sporten',
    'Ik wil 2 liter water per dag drinken',
    'Ik wil deze week 3 vacatures opsturen',
    'Ik wil elke week twee uur aan mijn cv werken',
    'Ik wil 15 kilo afvallen voor de zomer',
    'Ik wil elke dag 10.000 stappen zetten',
    'Ik wil per maand 2 open sollicitaties versturen',
    'Ik wil deze week 6 uur vrijwilligerswerk doen',
  ]),
  ...g('ontkenning', [
    'Ik wil niet meer te laat komen',
    'Ik wil niet meer zo onzeker zijn',
    'Ik wil geen sollicitaties meer uitstellen',
    'Ik wil nooit meer zakken voor een toets',
    'Ik wil niet meer roken',
    'Ik wil stoppen met roken',
    'Ik wil niet meer zoveel op mijn telefoon zitten',
    'Ik wil niet meer piekeren over geld',
    'Ik wil geen afspraken meer vergeten',
    'Ik wil stoppen met snoepen',
    'Ik wil niet meer boos worden op mijn kinderen',
    'Ik wil geen ruzie meer met mijn collega',
    'Ik wil niet meer alles uitstellen',
    'Ik wil stoppen met blowen',
    'Ik wil niet meer zo laat naar bed gaan',
  ]),
  ...g('gevoel', [
    'Ik wil minder zenuwachtig zijn bij sollicitatiegesprekken',
    'Ik wil meer zelfvertrouwen',
    'Ik wil me beter voelen',
    'Ik wil gelukkiger zijn',
    'Ik wil minder stress hebben',
    'Ik wil rustiger worden',
    'Ik wil positiever zijn',
    'Ik wil me zekerder voelen in gesprekken',
    'Ik wil minder piekeren',
    'Ik wil lekkerder in mijn vel zitten',
    'Ik wil meer motivatie hebben',
    'Ik wil minder bang zijn voor afwijzing',
    'Ik wil meer energie hebben',
    'Ik wil me minder schamen voor mijn taal',
    'Ik wil zelfverzekerder overkomen',
  ]),
  ...g('baan', [
    'Ik wil een baan vinden',
    'Ik wil een vaste baan',
    'Ik wil een contract voor onbepaalde tijd',
    'Ik wil worden aangenomen bij de gemeente',
    'Ik wil uitgenodigd worden voor een sollicitatiegesprek',
    'Ik wil binnen een half jaar werk hebben',
    'Ik wil een stageplek in de zorg',
    'Ik wil een bijbaan in de horeca',
    'Ik wil een baan als buschauffeur',
    'Ik wil dat een werkgever mij terugbelt',
    'Ik wil voor de zomer een contract bij Albert Heijn',
    'Ik wil aan het werk in de techniek',
    'Ik wil een functie als teamleider krijgen',
    'Ik wil een werkervaringsplek in de groenvoorziening',
    'Ik wil volgend jaar een baan als verpleegkundige',
    'Ik wil een contract van 32 uur',
    'Ik wil weer aan het werk',
    'Ik wil een baan bij de gemeente krijgen',
    'Ik wil een betere baan',
    'Ik wil dit jaar nog een baan als kok',
  ]),
  ...g('opleiding', [
    'Ik wil mijn rijbewijs halen',
    'Ik wil slagen voor mijn taaltoets',
    'Ik wil een 8 halen voor wiskunde',
    'Ik wil mijn diploma halen',
    'Ik wil dit jaar mijn mbo-diploma halen',
    'Ik wil een certificaat heftruck halen',
    'Ik wil een goed cijfer voor mijn verslag',
    'Ik wil slagen voor het inburgeringsexamen',
    'Ik wil mijn VCA-certificaat halen',
    'Ik wil een voldoende voor mijn toets',
    'Ik wil mijn opleiding afmaken',
    'Ik wil me inschrijven voor een cursus Nederlands',
    'Ik wil het examen rekenen halen',
    'Ik wil een opleiding tot kok volgen',
    'Ik wil mijn huiswerk elke dag maken',
    'Ik wil mijn theorie-examen halen',
    'Ik wil me aanmelden bij een opleiding',
    'Ik wil mijn B1-examen halen',
    'Ik wil een cursus Excel afronden',
    'Ik wil mijn scriptie inleveren',
  ]),
  ...g('gezondheid', [
    'Ik wil gezonder eten',
    'Ik wil meer bewegen',
    'Ik wil elke dag om 7 uur opstaan',
    'Ik wil op tijd naar bed',
    'Ik wil fitter worden',
    'Ik wil elke dag wandelen',
    'Ik wil minder alcohol drinken',
    'Ik wil minder suiker eten',
    'Ik wil afvallen',
    'Ik wil beter slapen',
    'Ik wil elke ochtend ontbijten',
    'Ik wil drie keer per week fietsen',
    'Ik wil mijn medicijnen op tijd innemen',
    'Ik wil elke dag een rondje lopen',
    'Ik wil vaker koken',
    'Ik wil om 11 uur in bed liggen',
    'Ik wil gaan zwemmen',
    'Ik wil een marathon lopen',
    'Ik wil minder snacken',
    'Ik wil mijn conditie verbeteren',
  ]),
  ...g('leiding', [
    'Ik wil mijn team beter aansturen',
    'Ik wil dat mijn team gemotiveerder is',
    'Ik wil beter leidinggeven',
    'Ik wil elke week een overleg met mijn team houden',
    'Ik wil vaker feedback geven aan mijn medewerkers',
    'Ik wil beter delegeren',
    'Ik wil dat mijn medewerkers meer zelf beslissen',
    'Ik wil de tevredenheid van mijn team verhogen',
    'Ik wil elk overleg openen met een rondje',
    'Ik wil een goede leidinggevende zijn',
    'Ik wil dat mijn team op tijd komt',
    'Ik wil elke maand een gesprek voeren met iedere medewerker',
    'Ik wil beter luisteren naar mijn team',
    'Ik wil mijn medewerkers coachen',
    'Ik wil de beste manager van het bedrijf worden',
    'Ik wil dat de afdeling de targets haalt',
    'Ik wil conflicten in mijn team oplossen',
    'Ik wil beter communiceren met mijn team',
    'Ik wil nieuwe medewerkers goed inwerken',
    'Ik wil wekelijks vragen hoe het met mijn medewerkers gaat',
  ]),
  ...g('kort', [
    'Werk',
    'Een baan',
    'Afvallen',
    'Solliciteren',
    'Beter worden',
    'Rijbewijs halen',
    'Ik wil werk',
    'Minder stress',
    'Sporten',
    'Ik wil leren',
  ]),
  ...g('lang', [
    'Ik wil graag binnen een half jaar een baan vinden als administratief medewerker bij een bedrijf in de buurt, omdat ik dan dichter bij huis werk en meer tijd heb voor mijn kinderen.',
    'Mijn doel is om de komende maanden elke week minstens drie sollicitatiebrieven te schrijven en die ook echt te versturen naar werkgevers in de logistiek.',
    'Ik wil eigenlijk heel graag mijn rijbewijs halen voor het einde van het jaar, want dan kan ik ook werken op plekken waar je niet met het openbaar vervoer kunt komen.',
    'Na lange tijd thuis te hebben gezeten wil ik weer een ritme opbouwen en elke ochtend om acht uur opstaan, ontbijten en een uur aan mijn sollicitaties werken.',
    'Ik wil beter worden in sollicitatiegesprekken, want ik merk dat ik heel zenuwachtig word als ze vragen stellen over mijn zwakke punten en dan klap ik dicht.',
    'Ik wil leren hoe ik mijn netwerk kan gebruiken om aan werk te komen, omdat ik gehoord heb dat veel banen nooit op een vacaturesite komen te staan.',
    'Ik wil als leidinggevende de komende zes weken in elk teamoverleg iedereen een keer aan het woord laten en daarna samenvatten wat ik heb gehoord.',
    'Ik zou heel graag over een jaar mijn diploma helpende zorg en welzijn hebben, zodat ik in een verpleeghuis aan de slag kan en mijn eigen geld verdien.',
    'Ik wil dat ik over drie maanden niet meer zo veel stress heb van geld, en dat ik mijn rekeningen op tijd betaal en een overzicht heb van wat er binnenkomt.',
    'Ik wil mijn Nederlands verbeteren zodat ik op mijn werk beter met collega’s kan praten en niet steeds hoef te vragen wat ze bedoelen.',
  ]),
  ...g('spelfout', [
    'ik wil een baan vinde',
    'ik wil solisiteren',
    'ik wil mijn rijbewys halen',
    'ik wil meer vacaturs zoeken',
    'ik wil een bijbaan vinen',
    'Ik wil beter wordne in gesprekken',
    'ik wil mijn cv bijwerke',
    'ik wil elke dag vroeg opstaa',
    'ik wil leeren hoe ik een brief schrijf',
    'ik wil minder stres',
    'ik wil gezonder eete',
    'ik wil mijn diplomma halen',
    'ik wil een werkgeever bellen',
    'ik wil nederlands lere',
    'ik wil afvalle',
  ]),
  ...g('informeel', [
    'gewoon een baan vinden',
    'ff mn cv fixen',
    'wil echt werk man',
    'gewoon minder stress',
    'ik wil gwn solliciteren',
    'ik moet echt werk vinden',
    'ik ga vandaag mijn cv updaten',
    'beetje fitter worden ofzo',
    'ik wil dat die uitkering stopt',
    'zsm een baan',
    'mn rijbewijs halen',
    'k wil sporten',
    'ik moet van de gemeente solliciteren',
    'effe rust in mn hoofd',
    'ik wil gwn werk hebben',
  ]),
  ...g('leerdoel', [
    'Ik wil leren hoe ik vacatures vind die bij mij passen',
    'Ik wil uitzoeken welke opleiding bij mij past',
    'Ik wil oefenen met het beantwoorden van lastige vragen',
    'Ik wil ontdekken wat mij helpt om vol te houden',
    'Ik wil leren netwerken',
    'Ik wil leren hoe ik een goede sollicitatiebrief schrijf',
    'Ik wil uitzoeken welke werkgevers in mijn buurt mensen zoeken',
    'Ik wil oefenen met mezelf voorstellen',
    'Ik wil leren omgaan met afwijzingen',
    'Ik wil beter worden in plannen',
    'Ik wil leren hoe ik feedback geef',
    'Ik wil ontdekken welk werk bij mijn talenten past',
    'Ik wil leren hoe ik Excel gebruik',
    'Ik wil uitproberen welke manier van leren bij mij werkt',
    'Ik wil leren hoe ik rustig blijf in een gesprek',
  ]),
  ...g('competitie', [
    'Ik wil eerder een baan vinden dan de anderen uit mijn training',
    'Ik wil de beste sollicitant zijn',
    'Ik wil beter worden in gesprekken dan de anderen',
    'Ik wil het hoogste cijfer van de klas',
    'Ik wil laten zien dat ik slimmer ben dan mijn broer',
    'Ik wil sneller slagen dan mijn vrienden',
    'Ik wil de snelste zijn van de groep',
    'Ik wil beter zijn dan mijn collega’s',
    'Ik wil meer verdienen dan mijn zus',
    'Ik wil niet de slechtste van de klas zijn',
    'Ik wil de beste verkoper van het jaar worden',
    'Ik wil laten zien dat ik het beter kan dan de rest',
    'Ik wil winnen van mijn teamgenoten',
    'Ik wil niet dom overkomen tijdens de training',
    'Ik wil als eerste klaar zijn',
  ]),
  ...g('activiteit', [
    'Ik wil mijn cv bijwerken',
    'Ik vul vandaag mijn LinkedIn-profiel aan',
    'Ik wil me inschrijven bij vijf uitzendbureaus',
    'Ik wil een sollicitatiebrief schrijven',
    'Ik wil werkgevers bellen',
    'Ik wil naar een banenmarkt gaan',
    'Ik wil mijn portfolio afmaken',
    'Ik wil vrijwilligerswerk doen',
    'Ik wil een open sollicitatie sturen',
    'Ik wil mijn LinkedIn-profiel bijwerken',
    'Ik zoek deze week drie vacatures uit',
    'Ik wil een gesprek aanvragen bij het UWV',
    'Ik wil een afspraak maken met mijn consulent',
    'Ik wil mijn administratie op orde brengen',
    'Ik wil elke dag mijn mail checken',
    'Ik wil een presentatie geven over mijn werk',
    'Ik wil mijn buren om hulp vragen',
    'Ik wil een netwerkbijeenkomst bezoeken',
    'Ik wil een proefdag regelen',
    'Ik wil mijn huis opruimen',
  ]),
  ...g('vaag', [
    'Ik wil mijn best doen',
    'Ik wil beter communiceren',
    'Ik wil actiever worden',
    'Ik wil meer uit mijn leven halen',
    'Ik wil iets met mensen',
    'Ik wil mijn leven op orde',
    'Ik wil vooruit',
    'Ik wil beter worden',
    'Ik wil zelfstandiger worden',
    'Ik wil socialer zijn',
  ]),
];

/** Situations for "Maak het kleiner", paired with corpus goals in turn. */
export const situations = [
  'als ik een afwijzing krijg',
  'op maandagochtend',
  'in het weekend',
  'vergaderingen met mijn baas',
  'als ik moe ben',
  'bij een sollicitatiegesprek',
  'ik ben moe',
  'Wanneer ik alleen thuis ben',
];

export interface CorpusStartPlan {
  wanneer: string;
  waar: string;
  hoe: string;
  expect?: string;
}
export interface CorpusObstaclePlan {
  als: string;
  dan: string;
  expect?: string;
}

export const startPlans: CorpusStartPlan[] = [
  {
    wanneer: 'maandag na het ontbijt',
    waar: 'aan de keukentafel',
    hoe: 'ik zoek drie vacatures',
    expect:
      'Als het maandag na het ontbijt is en ik aan de keukentafel ben, dan zoek ik drie vacatures.',
  },
  {
    wanneer: 'als ik thuis kom',
    waar: 'thuis aan tafel',
    hoe: 'open ik mijn laptop en zoek ik drie vacatures op',
    expect:
      'Als ik thuis kom en ik thuis aan tafel ben, dan open ik mijn laptop en zoek ik drie vacatures op.',
  },
  { wanneer: 'dinsdag om 9 uur', waar: 'in de bibliotheek', hoe: 'ik schrijf een brief' },
  { wanneer: 'elke ochtend', waar: 'thuis', hoe: 'ik bel een werkgever' },
  { wanneer: 'na de lunch', waar: 'op mijn kamer', hoe: 'twee vacatures lezen' },
  {
    wanneer: 'zodra de kinderen op school zijn',
    waar: 'aan mijn bureau',
    hoe: 'ik werk mijn cv bij',
  },
  { wanneer: 'woensdagmiddag', waar: 'bij het UWV', hoe: 'vraag ik naar de vacaturebank' },
  { wanneer: 'na het avondeten', waar: 'op de bank', hoe: 'ik oefen tien minuten Nederlands' },
  { wanneer: 'vrijdag', waar: 'in het buurthuis', hoe: 'ik vraag om hulp bij mijn brief' },
  { wanneer: 'om 8 uur', waar: 'in de keuken', hoe: 'ik sta op en ik zet koffie' },
  { wanneer: 'Elke maandag', waar: 'Thuis', hoe: 'Ik maak een planning voor de week.' },
  { wanneer: 'als het 7 uur is', waar: 'in mijn slaapkamer', hoe: 'ik sta meteen op' },
  { wanneer: '', waar: 'thuis', hoe: 'ik zoek vacatures' },
  { wanneer: 'morgen', waar: '', hoe: '' },
  { wanneer: 'na het sporten', waar: 'in de kantine', hoe: 'ik spreek een trainer aan' },
];

export const obstaclePlans: CorpusObstaclePlan[] = [
  {
    als: 'ik geen zin heb',
    dan: 'zet ik een wekker en begin ik tien minuten',
    expect: 'Als ik geen zin heb, dan zet ik een wekker en begin ik tien minuten.',
  },
  {
    als: 'ik heb geen zin',
    dan: 'ik zoek drie vacatures',
    expect: 'Als ik geen zin heb, dan zoek ik drie vacatures.',
  },
  {
    als: 'ik word afgewezen',
    dan: 'ik bel mijn coach',
    expect: 'Als ik word afgewezen, dan bel ik mijn coach.',
  },
  { als: 'mijn telefoon afleidt', dan: 'leg ik hem in een andere kamer' },
  {
    als: 'ik sta te laat op',
    dan: 'ik begin na de lunch',
    expect: 'Als ik te laat opsta, dan begin ik na de lunch.',
  },
  { als: 'de kinderen ziek zijn', dan: 'ik schuif mijn plan naar de avond' },
  {
    als: 'ik ben moe',
    dan: 'ik doe alleen de eerste stap',
    expect: 'Als ik moe ben, dan doe ik alleen de eerste stap.',
  },
  { als: 'het regent', dan: 'ik loop in het winkelcentrum' },
  { als: 'ik ga piekeren', dan: 'ik schrijf het op en ga verder' },
  {
    als: 'Als ik een afwijzing krijg',
    dan: 'Dan lees ik mijn lijst met sterke punten.',
    expect: 'Als ik een afwijzing krijg, dan lees ik mijn lijst met sterke punten.',
  },
  { als: 'er iets tussenkomt', dan: 'een nieuwe dag kiezen' },
  { als: 'ik twijfel', dan: '' },
  { als: '', dan: 'ik vraag hulp' },
  { als: 'ik vergeet het', dan: 'ik zet een herinnering in mijn telefoon' },
  {
    als: 'ik krijg geen antwoord',
    dan: 'ik bel na een week',
    expect: 'Als ik geen antwoord krijg, dan bel ik na een week.',
  },
];

/** More sentences the tool must write, by goal (checked with the rest of the corpus). */
export const expectedSentences: Record<string, string[]> = {
  'Ik wil deze week vijf vacatures vinden': [
    'Ik wil leren hoe ik vacatures kan vinden die bij mij passen.',
    'Ik wil oefenen met het vinden van vacatures.',
  ],
  'Ik wil me inschrijven bij vijf uitzendbureaus': [
    'Ik wil leren hoe ik me bij uitzendbureaus kan inschrijven.',
    'Ik wil ontdekken wat mij helpt om me bij uitzendbureaus in te schrijven.',
  ],
  'Ik wil mijn cv bijwerken': ['Ik wil ontdekken wat mij helpt om mijn cv bij te werken.'],
  'ik wil mijn cv bijwerke': ['Ik wil ontdekken wat mij helpt om mijn cv bij te werken.'],
  'Ik wil 5 kilometer hardlopen zonder te stoppen': [
    'Ik wil ontdekken wat mij helpt om hard te lopen zonder te stoppen.',
  ],
  'Ik wil niet meer roken': ['Ik wil leren hoe ik kan stoppen met roken.'],
  'Ik wil meer zelfvertrouwen': [
    'Ik wil uitzoeken wat ik anders doe als ik meer zelfvertrouwen heb.',
  ],
  'Ik wil me zekerder voelen in gesprekken': [
    'Ik wil uitzoeken wat ik anders doe als ik me in gesprekken zekerder voel.',
  ],
  'Ik wil een baan als buschauffeur': [
    'Ik wil uitzoeken via welke kanalen ik een baan als buschauffeur kan vinden.',
    'Ik wil uitzoeken wat werkgevers zoeken in een buschauffeur.',
  ],
  'Ik wil dit jaar mijn mbo-diploma halen': [
    'Ik wil uitzoeken welke manier van leren voor mijn mbo-diploma bij mij werkt.',
  ],
  'Ik wil slagen voor mijn taaltoets': [
    'Ik wil ontdekken hoe ik rustig blijf tijdens mijn taaltoets.',
  ],
  'Ik wil dat mijn team op tijd komt': [
    'Ik wil uitzoeken wat ik zelf kan doen zodat mijn team op tijd komt.',
    'Ik wil ontdekken wat mijn team van mij nodig heeft.',
  ],
  'Ik wil de beste verkoper van het jaar worden': [
    'Ik wil ontdekken waarin ik als verkoper nog kan groeien.',
  ],
  'Ik wil op tijd naar bed': ['Ik wil ontdekken wat mij helpt om op tijd naar bed te gaan.'],
  'Ik wil elke dag 10.000 stappen zetten': [
    'Ik wil ontdekken wat mij helpt om elke dag stappen te zetten.',
  ],
  'Ik wil wekelijks vragen hoe het met mijn medewerkers gaat': [
    'Ik wil leren hoe ik wekelijks kan vragen hoe het met mijn medewerkers gaat.',
  ],
};
