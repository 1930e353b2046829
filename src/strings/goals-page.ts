/** Dutch text of the page around the goal rewriter island (/doelen/; build time only). */

/** The page around the island (build time only). */
export const pageStrings = {
  titel: 'Doel herschrijven',
  beschrijving:
    'Maak van je doel een leerdoel. Bedenk hoe je eraan werkt en wat je doet als iets tegenzit. Alles blijft op je eigen apparaat.',
  intro:
    'Schrijf een doel op. Je ziet meteen wat voor doel het is. En hoe je er een leerdoel van maakt. Daarna bedenk je manieren om eraan te werken. Je schrijft ook op wat je in de weg kan zitten, en wat je dan doet. Alles komt samen op één doelkaart.',
  privacy: 'Wat je hier typt, blijft in deze browser. Er gaat niets naar een server.',
  zonderJs:
    'De doelenhulp heeft JavaScript nodig. Hieronder lees je hoe je dezelfde stappen op papier zet.',
  naarPapier: 'Naar de stappen op papier',
  /** The method in plain text, for everyone and for pages without JavaScript. */
  papier: {
    kop: 'Zo werkt het, ook op papier',
    waaromKop: 'Waarom een leerdoel?',
    waarom: [
      'Een uitkomstdoel noemt een resultaat: vijf vacatures, een baan, een diploma. Werk zoeken is vaak nieuw en moeilijk, en het gaat vaak mis. Dan werkt zo’n doel vaak tegen je. Lukt het niet? Dan voelt dat als falen. Een leerdoel gaat over wat je wilt leren of uitzoeken. Je meet jezelf aan je eigen vooruitgang. Daarop kun je bijna niet falen. Onderweg leer je altijd iets.',
      'Er was een onderzoek bij 109 mensen van een re-integratiebureau. Een deel volgde een training in leerdoelen. Zij hadden daarna vaker werk (33 procent). Na een training in competitiedoelen was dat 9 procent. Na een training zonder doelen was het 11 procent (Van Hooft & Noordzij, 2009).',
    ],
    waaromBron: 'Meer in §5.6 van de studie',
    plannenKop: 'Waarom als-dan-plannen?',
    plannen:
      'Iets van plan zijn is vaak niet genoeg. Een als-dan-plan zegt wanneer, waar en hoe je iets doet. Met zo’n plan is de kans twee keer zo groot dat je het echt doet. Dat blijkt uit onderzoek (Gollwitzer, 1999). Een plan voor een obstakel helpt je door te gaan als er iets tussenkomt. Bijvoorbeeld: “Als het regent, dan neem ik de bus.”',
    plannenBron: 'Meer in hoofdstuk 8 van de studie',
    stappenKop: 'De stappen',
    stappen: [
      'Schrijf je doel op, in je eigen woorden.',
      'Stel er vijf vragen bij. Gaat het over leren? Gaat het over wat je zelf doet, en heb je dat zelf in de hand? Is het duidelijk genoeg? Is het haalbaar, maar niet te makkelijk? Staat erin wat je wél wilt?',
      'Schrijf het op als leerdoel. Bijvoorbeeld: “Ik wil leren hoe ik …” of “Ik wil uitzoeken …”. Nog te groot? Kies de situatie waarin het het moeilijkst is. Maak daar een leerdoel van.',
      'Bedenk minstens twee manieren om eraan te werken. Lukt de eerste niet? Dan kun je de andere proberen.',
      'Schrijf op wat je in de weg kan zitten. Maak bij elk obstakel een plan: “Als …, dan …”. Schrijf ook op wanneer, waar en hoe je begint.',
      'Maak maar een paar plannen, en maak ze haalbaar. Ben je erg streng voor jezelf? Houd je plannen dan licht.',
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
