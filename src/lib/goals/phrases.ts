// The learning-goal sentences of the goal rewriter, as data of the goal logic (issue #12:
// src/lib imports nothing above it). Text, not codes: the sentences are built from the
// parts of the user's goal with Dutch word order, and that grammar belongs with the
// parser; codes would move it into the islands. src/strings re-exports these texts. Each template takes parts of the user's goal that
// rewrite.ts has already put in Dutch word order: `mid` is the middle field of a
// subordinate clause (object, place, time: "mijn cv", "elke dag om 7 uur"), `verb` an
// infinitive ("afvallen"), `te` a te-infinitive ("af te vallen"), `na` words that follow
// the verb ("zonder te stoppen"). Empty parts are dropped by tidy().

export const phrases = {
  leerHoe: (mid: string, verb: string, na: string) =>
    `Ik wil leren hoe ik ${mid} kan ${verb} ${na}`,
  manieren: (mid: string, verb: string, na: string) =>
    `Ik wil uitzoeken op welke manier ik ${mid} het beste kan ${verb} ${na}`,
  oefenenMetHet: (verb: string, object: string, rest: string) =>
    `Ik wil oefenen met het ${verb} van ${object} ${rest}`,
  watHelpt: (mid: string, te: string, na: string) =>
    `Ik wil ontdekken wat mij helpt om ${mid} ${te} ${na}`,
  watHelptAls: (mid: string, te: string, als: string) =>
    `Ik wil ontdekken wat mij helpt om ${mid} ${te} ${als}`,
  /** After what is searched for: "vacatures die bij mij passen", "werk dat bij mij past". */
  aanpakken: (wat: string) => `Ik wil leren hoe ik ${wat} goed kan aanpakken`,
  helptBij: (wat: string) => `Ik wil ontdekken wat mij helpt bij ${wat}`,
  passendNa: (wat: string) =>
    /(vacatures|banen)$/i.test(wat)
      ? 'die bij mij passen'
      : /(^|\s)werk$/i.test(wat)
        ? 'dat bij mij past'
        : 'die bij mij past',
  kanalenVacatures: 'Ik wil uitzoeken via welke kanalen ik de meeste passende vacatures vind',
  kanalenWerk: (wat: string) => `Ik wil uitzoeken via welke kanalen ik ${wat} kan vinden`,
  kanalenPassendWerk: 'Ik wil uitzoeken via welke kanalen ik werk kan vinden dat bij mij past',
  oefenenBieden: 'Ik wil oefenen met vertellen wat ik een werkgever te bieden heb',
  werkgeversZoeken: (rol: string) => `Ik wil uitzoeken wat werkgevers zoeken in een ${rol}`,
  werkgeversVinden: (waar: string) => `Ik wil uitzoeken wat werkgevers ${waar} belangrijk vinden`,
  briefEnCv: 'Ik wil uitzoeken wat werkgevers in een brief en een cv willen lezen',
  talenten: 'Ik wil ontdekken welk werk bij mijn talenten past',
  manierVanLeren: (vak: string) =>
    `Ik wil uitzoeken welke manier van leren voor ${vak} bij mij werkt`,
  lastigeDelen: (vak: string) => `Ik wil oefenen met de delen van ${vak} die ik nog moeilijk vind`,
  voorbereiding: (vak: string) => `Ik wil leren hoe ik mijn voorbereiding op ${vak} goed plan`,
  rustigTijdens: (vak: string) => `Ik wil ontdekken hoe ik rustig blijf tijdens ${vak}`,
  stoppenLeren: (wat: string) => `Ik wil leren hoe ik kan stoppen met ${wat}`,
  momentenZin: (wat: string) =>
    `Ik wil uitzoeken op welke momenten de zin in ${wat} het sterkst is`,
  inPlaatsVan: (wat: string) => `Ik wil uitproberen wat ik kan doen in plaats van ${wat}`,
  groeienAls: (rol: string) => `Ik wil ontdekken waarin ik als ${rol} nog kan groeien`,
  lerenVanAnderen: (rol: string) => `Ik wil uitzoeken wat ik als ${rol} van anderen kan leren`,
  lastigeMomenten: (waar: string) => `Ik wil oefenen met de moeilijke momenten ${waar}`,
  rustigBlijven: (waar: string) => `Ik wil leren hoe ik rustig blijf als er iets misgaat ${waar}`,
  nabespreken: (waar: string) =>
    `Ik wil na afloop uitzoeken wat ${waar} goed ging en wat ik nog kan leren`,
  concreetBetekent: (wat: string) => `Ik wil uitzoeken wat ${wat} voor mij concreet betekent`,
  kleineStap: (mid: string, te: string) =>
    `Ik wil uitproberen welke kleine stap mij helpt om ${mid} ${te}`,
  /** A feeling made observable: "als ik minder zenuwachtig ben". */
  andersDoen: (zin: string) => `Ik wil uitzoeken wat ik anders doe als ${zin}`,
  watHelptGevoel: (zin: string) => `Ik wil uitproberen wat mij helpt op de momenten dat ${zin}`,
  zodat: (zin: string) => `Ik wil uitzoeken wat ik zelf kan doen zodat ${zin}`,
  ondersteunen: (wie: string) => `Ik wil leren hoe ik ${wie} het beste kan helpen`,
  nodigHeeft: (wie: string, meervoud: boolean) =>
    `Ik wil ontdekken wat ${wie} van mij nodig ${meervoud ? 'hebben' : 'heeft'}`,
  welWillen: (wat: string) => `Ik wil uitzoeken wat ik wél wil in plaats van ${wat}`,
  eigenVooruitgang: 'Ik wil mijn eigen vooruitgang bijhouden en kijken welke aanpak werkt',
  waarSta: 'Ik wil ontdekken waar ik nu sta en wat ik als volgende stap wil leren',
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
  momentenWaarop: (wanneer: string) => `Ik wil leren omgaan met de momenten waarop ${wanneer}`,
  omgaanMet: (wat: string) => `Ik wil leren omgaan met ${wat}`,
} as const;
