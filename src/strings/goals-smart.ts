/** Dutch text of the SMART and behaviour check for leaders (/doelen/, step 5). */

/** The texts the SMART check returns are data of the goal logic. */
export { smartStrings } from '../lib/goals/smart-text.ts';

/** Island, step: leider. */
export const leaderStrings = {
  kop: 'Voor leidinggevenden: SMART en gedrag dat je team ziet',
  /** Name of the section while only its question shows. */
  vraagLabel: 'Gaat je doel over leidinggeven?',
  schakelaar: 'Ik ben leidinggevende en mijn doel gaat over leidinggeven aan anderen',
  uitleg:
    'Een leerdoel voor leidinggevenden wordt sterker als het SMART is. En als je team kan zien wat je doet.',
  geenDoel: 'Vul eerst een leerdoel in bij stap 2.',
  meerWeten: 'Meer weten:',
  bron: 'Praktijk: leerdoelen voor leidinggevenden',
} as const;
