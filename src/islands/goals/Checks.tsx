// A list of pass/fail checks, each with its explanation and, where given, its source.
import type { MoreLinks } from '@/lib/goals/links';
import { analysisPanelStrings } from '@/strings/goals-analysis';
import { link } from './link';

export interface CheckItem {
  id: string;
  pass: boolean;
  titel?: string;
  uitleg: string;
  bron?: string;
  href?: string;
  /** "Meer weten": the practice page first, then the chapter. */
  meer?: MoreLinks;
}

const s = analysisPanelStrings;

/** `idPrefix` gives every item an id, so a field can point at its check with aria-describedby. */
export function Checks({
  items,
  idPrefix,
  compact,
}: {
  items: CheckItem[];
  idPrefix?: string;
  compact?: boolean;
}) {
  return (
    <ul class={compact ? 'goals-checks goals-checks--compact' : 'goals-checks'}>
      {items.map((c) => (
        <li
          key={c.id}
          id={idPrefix ? `${idPrefix}-${c.id}` : undefined}
          class="goals-check"
          data-pass={c.pass ? 'ja' : 'nee'}
        >
          <span class="goals-check__teken" aria-hidden="true">
            {c.pass ? '✓' : '!'}
          </span>
          <span class="goals-check__tekst">
            <span class="visually-hidden">{c.pass ? s.inOrde : s.nogNiet}: </span>
            {c.titel && <strong>{/[.?!:]$/.test(c.titel) ? c.titel : `${c.titel}.`} </strong>}
            {c.uitleg}
            {c.meer ? (
              <span class="goals-meer">
                {' '}
                {s.meerWeten} <a href={link(c.meer.praktijk.href)}>{c.meer.praktijk.titel}</a>
                {' · '}
                <a class="goals-bron" href={link(c.meer.hoofdstuk.href)}>
                  {c.meer.hoofdstuk.titel}
                </a>
              </span>
            ) : (
              c.bron &&
              c.href && (
                <>
                  {' '}
                  <a class="goals-bron" href={link(c.href)}>
                    {c.bron}
                  </a>
                </>
              )
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}
