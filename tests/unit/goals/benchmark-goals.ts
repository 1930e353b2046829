// Labelled Dutch goals for measuring analyzeGoal (see scripts/bench-goals.ts).
//
// Labels follow the definitions of issue #7 and §5.4–5.6 of the study, as a careful
// coach would assign them, and were written before any analysis rule existed.
// Do not change a label to make the analyzer look better. If a label turns out to be
// a genuine mistake against the definitions, fix it and say why in a comment on it.
//
// Type order of precedence used when a goal mixes features:
// - a comparison with others, or showing / hiding one's competence, makes it a
//   competitiedoel even when a learning word is present ("leren om de beste te zijn");
// - a learning frame (learn, find out, practise, get better at) makes it a leerdoel,
//   even when the content is still negatively phrased (that fails a check, not the type);
// - a concrete result or task (counted, dated, or simply done) is an uitkomstdoel,
//   also when phrased as "no longer …";
// - a direction without a behaviour you could see ("beter communiceren",
//   "mijn best doen", "meer zelfvertrouwen") is vaag;
// - no goal at all, or not Dutch, is onbekend.

export type BenchmarkType = 'leerdoel' | 'uitkomstdoel' | 'competitiedoel' | 'vaag' | 'onbekend';

export interface LabelledGoal {
  text: string;
  type: BenchmarkType;
  /** Who might say it, or why the case is tricky. */
  note?: string;
}

export const benchmarkGoals: LabelledGoal[] = [
  // ── leerdoel ────────────────────────────────────────────────────────────────
  {
    text: 'Ik wil leren hoe ik vacatures vind die bij mij passen.',
    type: 'leerdoel',
    note: 'werkzoekende; voorbeeld uit de issue',
  },
  {
    text: 'Ik wil uitzoeken via welke kanalen ik de meeste passende vacatures vind.',
    type: 'leerdoel',
    note: 'bevat "vacatures vind", maar het is uitzoeken',
  },
  {
    text: 'Ik wil leren hoe ik een sterke sollicitatiebrief opbouw.',
    type: 'leerdoel',
    note: 'scheidbaar werkwoord in bijzin',
  },
  {
    text: 'Ik wil oefenen met het beantwoorden van lastige vragen in een sollicitatiegesprek.',
    type: 'leerdoel',
  },
  {
    text: 'Ik wil beter worden in netwerken.',
    type: 'leerdoel',
    note: '"beter worden in" = eigen niveau als maat',
  },
  {
    text: 'Ik wil leren hoe ik mijn cv bijwerk.',
    type: 'leerdoel',
    note: 'tegenhanger van "ik wil mijn cv bijwerken"',
  },
  { text: 'Leren solliciteren wil ik.', type: 'leerdoel', note: 'woordvolgorde' },
  {
    text: 'Ik wil ontdekken welke talenten ik in mijn vorige baan heb ingezet.',
    type: 'leerdoel',
    note: 'bevat "baan"',
  },
  {
    text: 'Ik zoek uit welke uitzendbureaus bij mijn vak passen.',
    type: 'leerdoel',
    note: 'gescheiden "uitzoeken"',
  },
  {
    text: 'Ik probeer verschillende manieren uit om werkgevers te benaderen.',
    type: 'leerdoel',
    note: 'gescheiden "uitproberen": strategieën verkennen',
  },
  {
    text: 'Ik wil leren omgaan met de momenten waarop ik zin krijg in een sigaret.',
    type: 'leerdoel',
    note: 'kleiner gemaakt leerdoel, naar het stoppen-met-roken-voorbeeld',
  },
  {
    text: 'Ik wil leren hoe ik kan stoppen met roken.',
    type: 'leerdoel',
    note: 'leerdoel, maar te groot (haalbaarheid)',
  },
  {
    text: 'Ik wil zo goed mogelijk leren vacatures te zoeken.',
    type: 'leerdoel',
    note: '"zo goed mogelijk" is hier geen doe-je-best: leren staat centraal',
  },
  {
    text: 'Ik wil leren hoe ik een goed cv moet opstellen.',
    type: 'leerdoel',
    note: 'voorbeeld uit de studie',
  },
  { text: 'Ik wil uitzoeken op welke manieren ik het best naar vacatures zoek.', type: 'leerdoel' },
  {
    text: 'Ik wil leren delegeren zonder alles zelf te controleren.',
    type: 'leerdoel',
    note: 'leidinggevende; "zonder" is geen ontkenning van het doel',
  },
  {
    text: 'Ik wil oefenen met het geven van opbouwende feedback in het teamoverleg.',
    type: 'leerdoel',
    note: 'leidinggevende',
  },
  {
    text: 'Ik wil uitzoeken hoe ik in mijn team meer ruimte maak voor fouten.',
    type: 'leerdoel',
    note: 'leidinggevende',
  },
  {
    text: "Ik wil mijn coachende vaardigheden ontwikkelen door elke week open vragen te oefenen in 1-op-1's.",
    type: 'leerdoel',
    note: 'leidinggevende; getal maar leerkader',
  },
  {
    text: 'Ik wil leren hoe ik cliënten help om zelf leerdoelen te formuleren.',
    type: 'leerdoel',
    note: 'coach; accent',
  },
  {
    text: 'Ik wil beter leren luisteren zonder meteen met oplossingen te komen.',
    type: 'leerdoel',
    note: 'coach',
  },
  {
    text: 'Ik wil ontdekken welke vragen een cliënt echt aan het denken zetten.',
    type: 'leerdoel',
    note: 'coach',
  },
  {
    text: 'Ik wil leren plannen zodat ik mijn tentamens rustig kan voorbereiden.',
    type: 'leerdoel',
    note: 'student',
  },
  {
    text: 'Ik wil uitzoeken welke studiemethode voor mij het beste werkt.',
    type: 'leerdoel',
    note: 'student; "het beste" zonder vergelijking met anderen',
  },
  { text: 'Ik wil beter worden in Engels spreken.', type: 'leerdoel', note: 'student' },
  {
    text: 'Ik ben aan het leren hoe ik mijn dag indeel.',
    type: 'leerdoel',
    note: 'vervoeging, geen "wil"',
  },
  {
    text: 'Oefenen met telefoneren naar werkgevers, dat wil ik deze maand doen.',
    type: 'leerdoel',
    note: 'woordvolgorde',
  },
  {
    text: 'Ik   wil    leren   netwerken op LinkedIn 💪',
    type: 'leerdoel',
    note: 'rare spaties en emoji',
  },
  {
    text: 'Ik wil mij verder ontwikkelen in het voeren van moeilijke gesprekken.',
    type: 'leerdoel',
  },
  {
    text: 'Ik wil mijn netwerk leren gebruiken om verborgen vacatures te vinden.',
    type: 'leerdoel',
    note: '"leren" na het lijdend voorwerp; bevat "vacatures te vinden"',
  },
  {
    text: 'Ik wil niet alleen een baan vinden, maar vooral leren wat bij me past.',
    type: 'leerdoel',
    note: 'ontkenning + maar: het leren staat centraal',
  },
  {
    text: 'Ik wil leren om niet meer te laat te komen.',
    type: 'leerdoel',
    note: 'leerkader, maar negatief geformuleerd (faalt op positief)',
  },
  { text: 'Ik wil onderzoeken welke beroepen passen bij wat ik graag doe.', type: 'leerdoel' },
  {
    text: 'Ik wil vaardiger worden in het werken met Excel.',
    type: 'leerdoel',
    note: 'vergrotende trap van "vaardig"',
  },
  {
    text: 'ik wil leren mijn ideeën helder te verwoorden in vergaderingen',
    type: 'leerdoel',
    note: 'kleine letters, geen punt',
  },
  { text: 'Ik wil uitproberen welke manier van plannen bij mij werkt.', type: 'leerdoel' },
  {
    text: 'Ik wil na elke afwijzing nagaan wat ik de volgende keer anders kan doen.',
    type: 'leerdoel',
    note: 'leren van feedback; bevat "afwijzing"',
  },
  { text: 'Ik wil beter worden in het omgaan met afwijzingen.', type: 'leerdoel' },
  {
    text: 'Mijn leerdoel: ontdekken hoe ik rustig blijf tijdens een gesprek.',
    type: 'leerdoel',
    note: 'geen "ik wil"',
  },
  {
    text: 'Ik wil oefenen met mijn pitch van één minuut tot ik hem zonder briefje kan.',
    type: 'leerdoel',
    note: '"zonder" is geen vermijding',
  },
  {
    text: 'Ik leer elke week iets bij over werken in de zorg.',
    type: 'leerdoel',
    note: 'gescheiden "bijleren"',
  },

  // ── uitkomstdoel ────────────────────────────────────────────────────────────
  {
    text: 'Ik wil deze week vijf vacatures vinden.',
    type: 'uitkomstdoel',
    note: 'voorbeeld uit de issue',
  },
  { text: 'Ik wil een baan hebben.', type: 'uitkomstdoel' },
  {
    text: 'Ik wil aangenomen worden bij de gemeente.',
    type: 'uitkomstdoel',
    note: 'hangt af van anderen',
  },
  { text: 'Ik wil slagen voor mijn rijexamen.', type: 'uitkomstdoel' },
  {
    text: 'Ik wil mijn cv bijwerken.',
    type: 'uitkomstdoel',
    note: 'taak, geen leren; tegenhanger van het leerdoel',
  },
  {
    text: 'Ik wil voor de volgende afspraak tien geschikte vacatures hebben gevonden.',
    type: 'uitkomstdoel',
    note: 'naar het voorbeeld van de studie',
  },
  {
    text: 'Ik ga vanmiddag voor 17:00 uur twee sollicitatiebrieven schrijven.',
    type: 'uitkomstdoel',
    note: 'voorbeeld uit de studie; "ga" in plaats van "wil"',
  },
  {
    text: 'Ik wil me vandaag inschrijven bij vijf uitzendbureaus.',
    type: 'uitkomstdoel',
    note: 'scheidbaar "inschrijven"',
  },
  { text: 'Ik wil over drie maanden weer aan het werk zijn.', type: 'uitkomstdoel' },
  {
    text: 'Binnen een half jaar wil ik een vaste baan.',
    type: 'uitkomstdoel',
    note: 'woordvolgorde',
  },
  { text: 'Ik wil uitgenodigd worden voor een sollicitatiegesprek.', type: 'uitkomstdoel' },
  {
    text: 'Ik wil stoppen met roken.',
    type: 'uitkomstdoel',
    note: 'het prestatiedoel uit het rookvoorbeeld',
  },
  {
    text: 'Ik wil niet meer te laat komen.',
    type: 'uitkomstdoel',
    note: 'uit de issue: geen leerdoel; negatief geformuleerd resultaat',
  },
  {
    text: 'Ik wil nooit meer afgewezen worden.',
    type: 'uitkomstdoel',
    note: 'ontkenning; hangt af van anderen',
  },
  {
    text: 'Ik wil niet zakken voor mijn taaltoets.',
    type: 'uitkomstdoel',
    note: 'resultaat met een vaste maat, negatief geformuleerd',
  },
  { text: 'Ik wil een 8 halen voor wiskunde.', type: 'uitkomstdoel', note: 'student' },
  {
    text: 'Ik wil mijn scriptie voor 1 juni inleveren.',
    type: 'uitkomstdoel',
    note: 'student; scheidbaar "inleveren"',
  },
  {
    text: 'Ik wil dat mijn cliënten binnen drie maanden werk hebben.',
    type: 'uitkomstdoel',
    note: 'coach; gedrag van anderen',
  },
  {
    text: 'Ik wil dit jaar twintig cliënten naar werk begeleiden.',
    type: 'uitkomstdoel',
    note: 'coach',
  },
  {
    text: 'Ik wil dat mijn team elk kwartaal de targets haalt.',
    type: 'uitkomstdoel',
    note: 'leidinggevende',
  },
  {
    text: 'Ik wil de tevredenheid van mijn medewerkers verhogen naar een 8.',
    type: 'uitkomstdoel',
    note: 'leidinggevende; KPI',
  },
  {
    text: 'Ik wil over twee maanden een presentatie geven voor een grote groep.',
    type: 'uitkomstdoel',
    note: 'naar het opleidingsvoorbeeld',
  },
  {
    text: 'Ik zoek deze week vijf vacatures uit.',
    type: 'uitkomstdoel',
    note: 'lastig: "uitzoeken" als uitkiezen, geteld',
  },
  {
    text: 'Ik vul vandaag mijn LinkedIn-profiel aan.',
    type: 'uitkomstdoel',
    note: 'gescheiden "aanvullen"; taak',
  },
  {
    text: 'Ik wil iedere dag een uur vacatures bekijken.',
    type: 'uitkomstdoel',
    note: 'gedragsquotum zonder leerkader',
  },
  {
    text: 'Vijf sollicitaties per week, dat is mijn doel.',
    type: 'uitkomstdoel',
    note: 'woordvolgorde, geen werkwoord',
  },
  {
    text: 'Dat ik aangenomen word, dat wil ik het liefst.',
    type: 'uitkomstdoel',
    note: 'woordvolgorde; vervoeging',
  },
  { text: 'ik wil een baan!!! 🙏', type: 'uitkomstdoel', note: 'emoji en uitroeptekens' },
  { text: 'Een baan vinden in de techniek.', type: 'uitkomstdoel', note: 'alleen een infinitief' },
  { text: 'Mijn doel is om per maand drie netwerkgesprekken te voeren.', type: 'uitkomstdoel' },
  { text: 'Ik wil mijn rijbewijs halen voor de zomer.', type: 'uitkomstdoel' },
  {
    text: 'Ik wil niet leren, ik wil gewoon een baan.',
    type: 'uitkomstdoel',
    note: 'ontkend "leren"',
  },
  { text: 'Ik wil een contract voor onbepaalde tijd krijgen.', type: 'uitkomstdoel' },
  {
    text: 'Ik wil dat werkgevers mij terugbellen.',
    type: 'uitkomstdoel',
    note: 'hangt af van anderen; scheidbaar werkwoord',
  },
  {
    text: 'Ik wil elke week met ieder teamlid een 1-op-1 houden.',
    type: 'uitkomstdoel',
    note: 'leidinggevende; geteld gedrag zonder leerkader',
  },
  { text: 'Ik wil mijn diploma halen.', type: 'uitkomstdoel', note: 'student' },
  {
    text: 'Ik wil volgende maand beginnen als vrijwilliger bij de voedselbank.',
    type: 'uitkomstdoel',
  },
  {
    text: 'Ik wil vóór vrijdag drie open sollicitaties versturen.',
    type: 'uitkomstdoel',
    note: 'accent op vóór',
  },

  // ── competitiedoel ──────────────────────────────────────────────────────────
  { text: 'Ik wil beter zijn dan de rest van de groep.', type: 'competitiedoel' },
  { text: 'Ik wil de beste sollicitant zijn.', type: 'competitiedoel' },
  {
    text: 'Ik wil eerder een baan vinden dan de anderen uit mijn training.',
    type: 'competitiedoel',
    note: 'naar het voorbeeld van de studie; bevat "baan vinden"',
  },
  {
    text: 'Ik wil voorkomen dat ik een slecht figuur sla bij een gesprek.',
    type: 'competitiedoel',
    note: 'naar het voorbeeld van de studie',
  },
  {
    text: 'Ik wil niet afgaan tijdens het sollicitatiegesprek.',
    type: 'competitiedoel',
    note: 'vermijden van incompetentie tonen',
  },
  { text: 'Ik wil laten zien dat ik het kan.', type: 'competitiedoel', note: 'competentie tonen' },
  { text: "Ik wil bewijzen dat ik slimmer ben dan mijn collega's.", type: 'competitiedoel' },
  { text: 'Ik wil het hoogste cijfer van de klas halen.', type: 'competitiedoel', note: 'student' },
  { text: 'Ik wil de beste coach van het team zijn.', type: 'competitiedoel', note: 'coach' },
  {
    text: "Ik wil meer cliënten aan het werk helpen dan mijn collega's.",
    type: 'competitiedoel',
    note: 'coach; maat is de ander',
  },
  {
    text: 'Ik wil laten zien dat ik een goede manager ben.',
    type: 'competitiedoel',
    note: 'leidinggevende',
  },
  {
    text: 'Ik wil niet overkomen als een zwakke leider.',
    type: 'competitiedoel',
    note: 'leidinggevende; vermijden',
  },
  {
    text: 'Ik wil niet de slechtste van de groep zijn.',
    type: 'competitiedoel',
    note: 'ontkenning van een vergelijking',
  },
  { text: 'IK WIL DE BESTE ZIJN', type: 'competitiedoel', note: 'hoofdletters' },
  {
    text: 'Ik wil dat niemand merkt dat ik onzeker ben.',
    type: 'competitiedoel',
    note: 'verbergen van onzekerheid voor anderen',
  },
  {
    text: 'Ik wil leren om de beste te zijn.',
    type: 'competitiedoel',
    note: 'lastig: leerwoord, maar de maat is de ander',
  },
  {
    text: 'Ik wil beter worden in sollicitatiegesprekken dan de anderen in de groep.',
    type: 'competitiedoel',
    note: 'lastig: "beter worden in" + "dan de anderen"',
  },
  {
    text: 'Ik wil oefenen zodat ik niet afga bij de presentatie.',
    type: 'competitiedoel',
    note: 'lastig: oefenen, maar het doel is niet afgaan',
  },
  { text: 'Ik wil winnen van de andere kandidaten.', type: 'competitiedoel' },
  {
    text: 'Ik wil indruk maken op de selectiecommissie.',
    type: 'competitiedoel',
    note: 'competentie tonen',
  },
  {
    text: 'Sneller aan het werk zijn dan mijn broer, dat is mijn doel.',
    type: 'competitiedoel',
    note: 'woordvolgorde',
  },
  {
    text: 'Ik wil geen fouten maken waar anderen bij zijn.',
    type: 'competitiedoel',
    note: 'vermijden van afgaan',
  },
  {
    text: 'Ik wil bij de top drie van de verkopers horen.',
    type: 'competitiedoel',
    note: 'ranglijst',
  },
  {
    text: 'Ik wil dat mijn leidinggevende ziet hoe goed ik ben.',
    type: 'competitiedoel',
    note: 'competentie tonen',
  },

  // ── vaag ────────────────────────────────────────────────────────────────────
  { text: 'Ik wil mijn best doen.', type: 'vaag', note: 'doe-je-best' },
  { text: 'Ik wil beter communiceren.', type: 'vaag', note: 'containerbegrip' },
  {
    text: 'Ik ga mijn best doen om sollicitatiebrieven te schrijven.',
    type: 'vaag',
    note: 'voorbeeld uit de studie',
  },
  { text: 'Ik wil meer zelfvertrouwen.', type: 'vaag' },
  { text: 'Ik wil gezonder leven.', type: 'vaag' },
  {
    text: 'Ik wil actiever solliciteren.',
    type: 'vaag',
    note: 'vergrotende trap zonder gedrag of maat',
  },
  {
    text: 'Ik wil een betere leidinggevende worden.',
    type: 'vaag',
    note: 'leidinggevende; geen gedrag, geen leerkader',
  },
  { text: 'Ik wil beter leidinggeven.', type: 'vaag', note: 'leidinggevende' },
  { text: 'Ik wil meer coachend werken.', type: 'vaag', note: 'leidinggevende' },
  { text: 'Ik wil minder piekeren.', type: 'vaag', note: 'omgekeerd probleem zonder gedrag' },
  { text: 'Ik wil positiever zijn.', type: 'vaag' },
  { text: 'Ik wil harder werken aan mijn toekomst.', type: 'vaag' },
  {
    text: 'Ik wil beter luisteren naar mijn cliënten.',
    type: 'vaag',
    note: 'coach; "beter" + werkwoord, geen "worden in"',
  },
  { text: 'Ik wil meer structuur in mijn studie.', type: 'vaag', note: 'student' },
  { text: 'Ik wil lekkerder in mijn vel zitten.', type: 'vaag' },
  { text: 'ik wil mijn best doen 🙂', type: 'vaag', note: 'emoji' },
  { text: 'Ik wil het gewoon goed doen.', type: 'vaag' },
  { text: 'We willen als team beter samenwerken.', type: 'vaag', note: 'leidinggevende; "we"' },
  { text: 'Ik wil meer uit mezelf halen.', type: 'vaag' },
  { text: 'Ik wil serieuzer met mijn studie bezig zijn.', type: 'vaag', note: 'student' },
  {
    text: 'Ik wil niet meer zo onzeker zijn.',
    type: 'vaag',
    note: 'ontkenning; gevoel zonder gedrag',
  },
  {
    text: 'Doe je best om een aantal vacatures te vinden.',
    type: 'vaag',
    note: 'gebiedende wijs; doe-je-best',
  },
  { text: 'Ik wil efficiënter werken.', type: 'vaag', note: 'accent' },
  { text: 'Ik wil meer balans tussen werk en privé.', type: 'vaag' },

  // ── onbekend ────────────────────────────────────────────────────────────────
  { text: '', type: 'onbekend', note: 'leeg' },
  { text: '    ', type: 'onbekend', note: 'alleen spaties' },
  { text: 'hallo', type: 'onbekend' },
  { text: 'I want to learn how to write a good CV.', type: 'onbekend', note: 'Engels' },
  { text: 'asdf jkl qwerty', type: 'onbekend', note: 'onzin' },
  { text: '😀🎉👍', type: 'onbekend', note: 'alleen emoji' },
  { text: 'Het regent vandaag.', type: 'onbekend', note: 'geen doel' },
  { text: 'Wat moet ik hier invullen?', type: 'onbekend', note: 'vraag' },
  { text: "<script>alert('hoi')</script>", type: 'onbekend', note: 'HTML' },
  { text: '12345', type: 'onbekend' },
  { text: 'Je voudrais trouver un travail.', type: 'onbekend', note: 'Frans' },
  {
    text: 'Ich möchte lernen, wie man eine Bewerbung schreibt.',
    type: 'onbekend',
    note: 'Duits; lijkt op "leren"',
  },
  { text: 'lorem ipsum dolor sit amet', type: 'onbekend' },
  { text: 'Mijn cv.', type: 'onbekend', note: 'alleen een zelfstandig naamwoord' },
  { text: 'I want to be the best.', type: 'onbekend', note: 'Engels; lijkt op competitie' },
  { text: 'test test', type: 'onbekend' },
  { text: 'De vergadering begint om tien uur.', type: 'onbekend', note: 'mededeling' },
  { text: 'Mijn coach zei dat ik moest komen.', type: 'onbekend', note: 'zin, geen doel' },
  { text: 'Morgen heb ik een sollicitatiegesprek.', type: 'onbekend', note: 'feit, geen doel' },
];
