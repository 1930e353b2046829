/** Dutch text of the rewrite into a learning goal (/doelen/, step 2). */

/** The learning-goal sentences themselves are data of the goal logic. */
export { phrases as rewriteStrings } from '../lib/goals/phrases.ts';

/** Island, step: herschrijf. */
export const rewritePanelStrings = {
  kop: '2. Herschrijf het als leerdoel',
  uitleg: 'Kies een voorstel of schrijf je eigen leerdoel. Je kunt alles aanpassen.',
  wachten: 'Schrijf eerst een doel op in stap 1. Dan zie je hier voorstellen.',
  alLeerdoel: 'Je doel is al een leerdoel. Neem het over. Is het nog groot? Maak het dan kleiner.',
  /** No parts found: say so plainly and show the worked example. */
  geenDelen:
    'Uit dit doel konden we geen voorstel maken. Schrijf op wat je wilt doen, met een werkwoord. Of kijk naar het voorbeeld hieronder.',
  voorbeeldKop: 'Voorbeeld',
  voorbeeldVan: 'Doel: Ik wil deze week vijf vacatures vinden.',
  voorbeeldNaar: 'Leerdoel: Ik wil leren hoe ik vacatures vind die bij mij passen.',
  voorbeeldLink: 'Lees het uitgewerkte voorbeeld: stoppen met roken',
  voorstellenKop: 'Voorstellen',
  gebruik: 'Gebruik dit',
  gebruikLabel: (tekst: string) => `Gebruik dit: ${tekst}`,
  label: 'Jouw leerdoel',
  hint: 'Begin bijvoorbeeld met “Ik wil leren hoe ik …” of “Ik wil uitzoeken …”.',
  typeVan: (naam: string) => `Dit leerdoel is volgens de hulp een: ${naam}.`,
  gekozen: 'Het voorstel staat nu in het veld “Jouw leerdoel”.',
  kleiner: {
    kop: 'Maak het kleiner',
    uitleg:
      'Is je leerdoel te groot? Dan begin je er minder snel aan. Denk aan de situaties waarin het je het minst lukt.',
    label: 'In welke situaties is het het moeilijkst?',
    hint: 'Bijvoorbeeld: “als ik een afwijzing krijg” of “op maandagochtend”.',
    knop: 'Maak kleiner',
    leeg: 'Vul eerst een situatie in.',
    geenDoel: 'Vul eerst een leerdoel in. Dan kun je het kleiner maken.',
    resultaat: 'Kleinere leerdoelen:',
  },
} as const;
