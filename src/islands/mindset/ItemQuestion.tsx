// One bipolar item: a fieldset with the theme as legend, the two poles, and five
// radio positions between them. Native radios give arrow-key use and grouping;
// the poles describe the group, so a screen reader names both on entering it.
// Texts next to each other are written as one string: the server sends them as one
// text node, and hydration then has nothing to split.
import { POSITIONS, type Position } from '@/lib/mindset/score';
import { mindsetStrings } from '@/strings/mindset';
import type { ItemView } from '@/lib/mindset/props';

const s = mindsetStrings.test;

interface Props {
  item: ItemView;
  antwoord: Position | null;
  /** Show the inline error (after a submit attempt, while still unanswered). */
  fout: boolean;
  onKies: (nummer: number, positie: Position) => void;
}

/** Id of the first radio of an item: the target of the error summary's link. */
export function itemAnker(nummer: number): string {
  return `mindset-item-${nummer}-1`;
}

export function ItemQuestion({ item, antwoord, fout, onKies }: Props) {
  const basis = `mindset-item-${item.nummer}`;
  const beschrijving = [`${basis}-vast`, `${basis}-groei`, fout ? `${basis}-fout` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <fieldset
      id={basis}
      class={fout ? 'mindset-item mindset-item--fout' : 'mindset-item'}
      aria-describedby={beschrijving}
    >
      <legend class="mindset-item__legend">
        <span class="mindset-item__nummer">{item.nummer}</span>
        {` ${item.thema}`}
      </legend>
      {fout && (
        <p id={`${basis}-fout`} class="mindset-fouttekst">
          {s.itemFout}
        </p>
      )}
      <div class="mindset-schaal">
        <p id={`${basis}-vast`} class="mindset-pool mindset-pool--links">
          <span class="visually-hidden">{`${s.links}: `}</span>
          {item.vast}
        </p>
        <div class="mindset-posities">
          {POSITIONS.map((p) => (
            <label key={p} class="mindset-positie">
              <input
                type="radio"
                id={`${basis}-${p}`}
                name={basis}
                value={p}
                checked={antwoord === p}
                onChange={() => onKies(item.nummer, p)}
              />
              <span aria-hidden="true" class="mindset-positie__getal">
                {p}
              </span>
              <span class="visually-hidden">{`${p}: ${s.positie[p]}`}</span>
            </label>
          ))}
        </div>
        <p id={`${basis}-groei`} class="mindset-pool mindset-pool--rechts">
          <span class="visually-hidden">{`${s.rechts}: `}</span>
          {item.groei}
        </p>
      </div>
    </fieldset>
  );
}
