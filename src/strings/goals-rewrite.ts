/** Dutch text of the rewrite into a learning goal (/doelen/, step 2). */

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
