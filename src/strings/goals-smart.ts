/** Dutch text of the SMART and behaviour check for leaders (/doelen/, step 5). */

/** The texts the SMART check returns are data of the goal logic. */
export { smartStrings } from '../lib/goals/smart-text.ts';

/** Island, step: leider. */
export const leiderUi = {
  kop: '5. Voor leidinggevenden: SMART en zichtbaar gedrag',
  schakelaar: 'Ik ben leidinggevende en mijn doel gaat over leidinggeven aan anderen',
  uitleg:
    'Een leerdoel voor leidinggevenden wordt sterker als het SMART is. En als je team kan zien wat je doet.',
  geenDoel: 'Vul eerst een leerdoel in bij stap 2.',
  meer: 'Meer weten: leerdoelen voor leidinggevenden',
  bron: 'Praktijk: leerdoelen voor leidinggevenden',
} as const;
