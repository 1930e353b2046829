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
  const Kop = niveau === 2 ? 'h2' : 'h3';
  const Deel = niveau === 2 ? 'h3' : 'h4';
  return (
    <article class="goals-kaart" aria-labelledby={kopId}>
      <Kop id={kopId} class="goals-kaart__titel" tabIndex={focusbaar ? -1 : undefined}>
        {k.titel}
      </Kop>
      <Deel class="goals-kaart__deel">{k.leerdoel}</Deel>
      <p class="goals-kaart__doel">{kaart.doel || k.geen}</p>
      {kaart.oorspronkelijk && (
        <p class="goals-kaart__oorspronkelijk">
          {k.oorspronkelijk}: {kaart.oorspronkelijk}
        </p>
      )}
      <Deel class="goals-kaart__deel">{k.strategieen}</Deel>
      {kaart.strategieen.length ? (
        <ul>
          {kaart.strategieen.map((x, i) => (
            <li key={i}>{x}</li>
          ))}
        </ul>
      ) : (
        <p class="goals-hint">{k.geen}</p>
      )}
      <Deel class="goals-kaart__deel">{k.obstakels}</Deel>
      {kaart.obstakels.length ? (
        <ul>
          {kaart.obstakels.map((p) => (
            <li key={p.id}>{obstakelSentence(p)}</li>
          ))}
        </ul>
      ) : (
        <p class="goals-hint">{k.geen}</p>
      )}
      <Deel class="goals-kaart__deel">{k.startplannen}</Deel>
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
