// The doelkaart as text: its plans as "Als …, dan …" sentences, and the whole card as
// plain text for reading, mailing or printing anywhere.
import { cardStrings } from '../../strings/goals-card.ts';
import type { Doelkaart } from './card.ts';
import { cleanField } from './fields.ts';
import type { ObstakelPlan, StartPlan } from './plans.ts';

const c = cardStrings;

/** A start plan as one "Als …, dan …" sentence ("" when empty). */
export function startSentence(p: Pick<StartPlan, 'wanneer' | 'waar' | 'hoe'>): string {
  const wanneer = cleanField(p.wanneer, 'als');
  const waar = cleanField(p.waar);
  const hoe = cleanField(p.hoe, 'dan');
  return wanneer || waar || hoe ? c.startZin(wanneer, waar, hoe) : '';
}

/** An obstacle plan as one "Als …, dan …" sentence ("" when empty). */
export function obstacleSentence(p: Pick<ObstakelPlan, 'als' | 'dan'>): string {
  const als = cleanField(p.als, 'als');
  const dan = cleanField(p.dan, 'dan');
  return als || dan ? c.obstakelZin(als, dan) : '';
}

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
    ...(k.obstakels.length ? k.obstakels.map((p) => `- ${obstacleSentence(p)}`) : [`- ${c.geen}`]),
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
