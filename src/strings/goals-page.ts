/** Dutch text of the page around the goal rewriter island (/doelen/; build time only). */

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
