// One bipolar item: a fieldset with the theme as legend, the two poles, and five
// radio positions between them. Native radios give arrow-key use and grouping;
// the poles describe the group, so a screen reader names both on entering it.
// Texts next to each other are written as one string: the server sends them as one
// text node, and hydration then has nothing to split.
import { POSITIES, type Positie } from '@/lib/mindset/score';
import { mindsetStrings } from '@/strings/mindset';
import type { ItemWeergave } from '@/lib/mindset/props';

const s = mindsetStrings.test;

interface Props {
  item: ItemWeergave;
  antwoord: Positie | null;
  /** Show the inline error (after a submit attempt, while still unanswered). */
  fout: boolean;
  onKies: (nummer: number, positie: Positie) => void;
}

/** Id of the first radio of an item: the target of the error summary's link. */
export function itemAnker(nummer: number): string {
  return `mt-item-${nummer}-1`;
}

export function ItemVraag({ item, antwoord, fout, onKies }: Props) {
  const basis = `mt-item-${item.nummer}`;
  const beschrijving = [`${basis}-vast`, `${basis}-groei`, fout ? `${basis}-fout` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <fieldset
      id={basis}
      class={fout ? 'mt-item mt-item--fout' : 'mt-item'}
      aria-describedby={beschrijving}
    >
      <legend class="mt-item__legend">
        <span class="mt-item__nummer">{item.nummer}</span>
        {` ${item.thema}`}
      </legend>
      {fout && (
        <p id={`${basis}-fout`} class="mt-fouttekst">
          {s.itemFout}
        </p>
      )}
      <div class="mt-schaal">
        <p id={`${basis}-vast`} class="mt-pool mt-pool--links">
          <span class="visually-hidden">{`${s.links}: `}</span>
          {item.vast}
        </p>
        <div class="mt-posities">
          {POSITIES.map((p) => (
            <label key={p} class="mt-positie">
              <input
                type="radio"
                id={`${basis}-${p}`}
                name={basis}
                value={p}
                checked={antwoord === p}
                onChange={() => onKies(item.nummer, p)}
              />
              <span aria-hidden="true" class="mt-positie__getal">
                {p}
              </span>
              <span class="visually-hidden">{`${p}: ${s.positie[p]}`}</span>
            </label>
          ))}
        </div>
        <p id={`${basis}-groei`} class="mt-pool mt-pool--rechts">
          <span class="visually-hidden">{`${s.rechts}: `}</span>
          {item.groei}
        </p>
      </div>
    </fieldset>
  );
}
