// The test itself: choose an area, answer ten items, submit. On a submit with gaps
// an error summary names every missing answer, links to it and takes the focus;
// nothing already answered is cleared.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { MindsetResult } from '@/lib/mindset/results';
import { missingItems } from '@/lib/mindset/score';
import {
  $mindsetAnswers,
  $mindsetArea,
  areaLabel,
  chooseArea,
  setAnswer,
  setOwnArea,
  submitTest,
} from '@/stores/mindset';
import { areas, mindsetStrings } from '@/strings/mindset';
import { ItemQuestion, itemAnker } from './ItemQuestion';
import type { ItemView } from '@/lib/mindset/props';

const s = mindsetStrings;

interface Props {
  items: ItemView[];
  onKlaar: (resultaat: MindsetResult, bewaard: boolean) => void;
}

/** Moves focus to an element by id and brings it into view. */
function focusOn(id: string): void {
  const el = document.getElementById(id);
  if (!el) return;
  el.focus();
  el.scrollIntoView({ block: 'center' });
}

export function TestForm({ items, onKlaar }: Props) {
  const antwoorden = useStore($mindsetAnswers);
  const gebied = useStore($mindsetArea);
  const [geprobeerd, setGeprobeerd] = useState(false);
  const [pogingen, setPogingen] = useState(0);
  const overzicht = useRef<HTMLDivElement>(null);

  const ontbrekend = missingItems(antwoorden);
  const areaMissing = !areaLabel(gebied);
  const showErrors = geprobeerd && (ontbrekend.length > 0 || areaMissing);
  const areaAnchor =
    gebied.soort === 'anders' ? 'mindset-gebied-eigen' : `mindset-gebied-${areas[0].id}`;
  const areaError = gebied.soort === 'anders' ? s.gebied.foutEigen : s.gebied.foutKies;
  const ingevuld = items.length - ontbrekend.length;

  // Focus the summary after every failed submit, also when it was already shown.
  useEffect(() => {
    if (pogingen > 0) overzicht.current?.focus();
  }, [pogingen]);

  function submit(event: Event) {
    event.preventDefault();
    const uitkomst = submitTest();
    if (uitkomst.ok) {
      setGeprobeerd(false);
      onKlaar(uitkomst.resultaat, uitkomst.bewaard);
    } else {
      setGeprobeerd(true);
      setPogingen((n) => n + 1);
    }
  }

  return (
    <form
      class="mindset-test no-print"
      noValidate
      onSubmit={submit}
      aria-labelledby="mindset-test-kop"
    >
      <h2 id="mindset-test-kop" tabIndex={-1}>
        {s.test.kop}
      </h2>
      {showErrors && (
        <div
          class="mindset-foutoverzicht"
          ref={overzicht}
          tabIndex={-1}
          aria-labelledby="mindset-foutoverzicht-kop"
        >
          <h3 id="mindset-foutoverzicht-kop">{s.test.foutKop}</h3>
          <p>{s.test.foutIntro}</p>
          <ul>
            {areaMissing && (
              <li>
                <a
                  href={`#${areaAnchor}`}
                  onClick={(e) => {
                    e.preventDefault();
                    focusOn(areaAnchor);
                  }}
                >
                  {s.gebied.foutLink}
                </a>
              </li>
            )}
            {ontbrekend.map((nummer) => {
              const item = items[nummer - 1];
              return (
                <li key={nummer}>
                  <a
                    href={`#${itemAnker(nummer)}`}
                    onClick={(e) => {
                      e.preventDefault();
                      focusOn(itemAnker(nummer));
                    }}
                  >
                    {s.test.foutItem(nummer, item?.thema ?? '')}
                  </a>
                </li>
              );
            })}
          </ul>
        </div>
      )}

      <p>{s.test.uitleg}</p>

      <fieldset
        class={showErrors && areaMissing ? 'mindset-gebied mindset-item--fout' : 'mindset-gebied'}
        aria-describedby={
          showErrors && areaMissing
            ? 'mindset-gebied-hint mindset-gebied-fout'
            : 'mindset-gebied-hint'
        }
      >
        <legend class="mindset-item__legend">{s.gebied.legend}</legend>
        <p id="mindset-gebied-hint" class="mindset-hint">
          {s.gebied.hint}
        </p>
        {showErrors && areaMissing && (
          <p id="mindset-gebied-fout" class="mindset-fouttekst">
            {areaError}
          </p>
        )}
        <div class="mindset-gebied__keuzes">
          {areas.map((g) => (
            <label key={g.id} class="mindset-keuze">
              <input
                type="radio"
                name="mindset-gebied"
                id={`mindset-gebied-${g.id}`}
                value={g.id}
                checked={gebied.soort === g.id}
                onChange={() => chooseArea(g.id)}
              />
              {g.label}
            </label>
          ))}
          <label class="mindset-keuze">
            <input
              type="radio"
              name="mindset-gebied"
              id="mindset-gebied-anders"
              value="anders"
              checked={gebied.soort === 'anders'}
              onChange={() => chooseArea('anders')}
            />
            {s.gebied.anders}
          </label>
        </div>
        {gebied.soort === 'anders' && (
          <div class="mindset-eigen">
            <label for="mindset-gebied-eigen">{s.gebied.eigenLabel}</label>
            <input
              type="text"
              id="mindset-gebied-eigen"
              maxLength={60}
              autoComplete="off"
              value={gebied.eigen}
              onInput={(e) => setOwnArea(e.currentTarget.value)}
            />
          </div>
        )}
      </fieldset>

      {items.map((item) => {
        const antwoord = antwoorden[item.nummer - 1] ?? null;
        return (
          <ItemQuestion
            key={item.nummer}
            item={item}
            antwoord={antwoord}
            fout={geprobeerd && antwoord === null}
            onKies={setAnswer}
          />
        );
      })}

      <div class="mindset-verstuur">
        <p class="mindset-voortgang">{s.test.voortgang(ingevuld)}</p>
        <button type="submit" class="button button--primary">
          {s.test.versturen}
        </button>
      </div>
    </form>
  );
}
