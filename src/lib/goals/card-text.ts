// The doelkaart as plain text, for reading, mailing or printing anywhere. The plans are
// written as "Als …, dan …" sentences by plan-sentence.ts.
import type { Doelkaart } from './card.ts';
import { obstakelSentence, startSentence } from './plan-sentence.ts';

export { obstakelSentence, startSentence };

/** Labels of the doelkaart (screen, print and text download). */
export const cardText = {
  titel: 'Doelkaart',
  leerdoel: 'Leerdoel',
  oorspronkelijk: 'Eerste doel',
  strategieen: 'Strategieën',
  obstakels: 'Wat in de weg kan zitten, en wat je dan doet',
  startplannen: 'Plannen om te beginnen',
  geen: 'nog niets ingevuld',
  gewijzigd: 'Laatst gewijzigd',
} as const;

const c = cardText;

/** The card as plain text, for reading, mailing or printing anywhere. */
export function cardAsText(k: Doelkaart, locale = 'nl-NL'): string {
  const lines = [c.titel, '', `${c.leerdoel}: ${k.doel}`];
  if (k.oorspronkelijk) lines.push(`${c.oorspronkelijk}: ${k.oorspronkelijk}`);
  lines.push(
    '',
    `${c.strategieen}:`,
    ...(k.strategieen.length ? k.strategieen.map((x) => `- ${x}`) : [`- ${c.geen}`]),
  );
  lines.push(
    '',
    `${c.obstakels}:`,
    ...(k.obstakels.length ? k.obstakels.map((p) => `- ${obstakelSentence(p)}`) : [`- ${c.geen}`]),
  );
  lines.push(
    '',
    `${c.startplannen}:`,
    ...(k.startplannen.length
      ? k.startplannen.map((p) => `- ${startSentence(p)}`)
      : [`- ${c.geen}`]),
  );
  lines.push(
    '',
    `${c.gewijzigd}: ${new Date(k.gewijzigd).toLocaleDateString(locale, { day: 'numeric', month: 'long', year: 'numeric' })}`,
  );
  return lines.join('\n');
}
