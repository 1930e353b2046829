// The doelkaart as shown on screen and on paper. Text is rendered as text only.
import type { Doelkaart } from '@/lib/goals/card';
import { obstakelSentence, startSentence } from '@/lib/goals/card-text';
import { cardStrings } from '@/strings/goals-card';

const k = cardStrings;

interface Props {
  kaart: Doelkaart;
  /** Heading level of the card title; parts get the next level. */
  niveau: 2 | 3;
  kopId: string;
  /** Focusable title (the print view moves focus to it). */
  focusbaar?: boolean;
}

export function DoelkaartView({ kaart, niveau, kopId, focusbaar }: Props) {
  const Heading = niveau === 2 ? 'h2' : 'h3';
  const SubHeading = niveau === 2 ? 'h3' : 'h4';
  return (
    <article class="goals-kaart" aria-labelledby={kopId}>
      <Heading id={kopId} class="goals-kaart__titel" tabIndex={focusbaar ? -1 : undefined}>
        {k.titel}
      </Heading>
      <SubHeading class="goals-kaart__deel">{k.leerdoel}</SubHeading>
      <p class="goals-kaart__doel">{kaart.doel || k.geen}</p>
      {kaart.oorspronkelijk && (
        <p class="goals-kaart__oorspronkelijk">
          {k.oorspronkelijk}: {kaart.oorspronkelijk}
        </p>
      )}
      <SubHeading class="goals-kaart__deel">{k.strategieen}</SubHeading>
      {kaart.strategieen.length ? (
        <ul>
          {kaart.strategieen.map((x, i) => (
            <li key={i}>{x}</li>
          ))}
        </ul>
      ) : (
        <p class="goals-hint">{k.geen}</p>
      )}
      <SubHeading class="goals-kaart__deel">{k.obstakels}</SubHeading>
      {kaart.obstakels.length ? (
        <ul>
          {kaart.obstakels.map((p) => (
            <li key={p.id}>{obstakelSentence(p)}</li>
          ))}
        </ul>
      ) : (
        <p class="goals-hint">{k.geen}</p>
      )}
      <SubHeading class="goals-kaart__deel">{k.startplannen}</SubHeading>
      {kaart.startplannen.length ? (
        <ul>
          {kaart.startplannen.map((p) => (
            <li key={p.id}>{startSentence(p)}</li>
          ))}
        </ul>
      ) : (
        <p class="goals-hint">{k.geen}</p>
      )}
    </article>
  );
}
