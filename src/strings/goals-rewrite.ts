/** Dutch text of the rewrite into a learning goal (/doelen/, step 2). */

/** The learning-goal sentences themselves are data of the goal logic. */
export { phrases as rewriteStrings } from '../lib/goals/phrases.ts';

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
