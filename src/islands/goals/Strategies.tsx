// Step 3: at least two strategies, with a few ideas to start from.
import { useStore } from '@nanostores/preact';
import { $doelConcept, addStrategy, removeStrategy, setStrategy } from '@/stores/goals';
import { strategyStrings } from '@/strings/goals-plans';

const s = strategyStrings;

export function Strategies({ meld }: { meld: (tekst: string) => void }) {
  const { strategieen } = useStore($doelConcept);
  const ingevuld = strategieen.filter((x) => x.trim()).length;

  function add(tekst = '') {
    const index = addStrategy(tekst);
    if (index < 0) return;
    if (tekst) meld(s.ideeToegevoegd);
    // Focus the field once it exists.
    setTimeout(() => document.getElementById(`goals-strategie-${index}`)?.focus(), 0);
  }

  function remove(index: number) {
    removeStrategy(index);
    setTimeout(() => document.getElementById('goals-strategie-toevoegen')?.focus(), 0);
  }

  return (
    <section class="goals-stap" aria-labelledby="goals-strategie-kop">
      <h2 id="goals-strategie-kop">{s.kop}</h2>
      <p id="goals-strategie-uitleg">{s.uitleg}</p>
      <ol class="goals-velden">
        {strategieen.map((waarde, i) => (
          <li key={i}>
            <label class="goals-label" for={`goals-strategie-${i}`}>
              {s.label(i + 1)}
            </label>
            <div class="goals-rij">
              <input
                id={`goals-strategie-${i}`}
                type="text"
                class="goals-invoer"
                value={waarde}
                maxLength={300}
                onInput={(e) => setStrategy(i, e.currentTarget.value)}
                aria-describedby={ingevuld < 2 ? 'goals-strategie-tip' : undefined}
              />
              {strategieen.length > 2 && (
                <button
                  type="button"
                  class="button"
                  aria-label={s.verwijderLabel(i + 1)}
                  onClick={() => remove(i)}
                >
                  {s.verwijder}
                </button>
              )}
            </div>
          </li>
        ))}
      </ol>
      {ingevuld < 2 && (
        <p id="goals-strategie-tip" class="goals-hint">
          {s.teWeinig}
        </p>
      )}
      <p>
        <button id="goals-strategie-toevoegen" type="button" class="button" onClick={() => add()}>
          {s.toevoegen}
        </button>
      </p>
      <details class="goals-ideeen">
        <summary>{s.ideeenKop}</summary>
        <ul>
          {s.ideeen.map((idee) => (
            <li key={idee}>
              <button type="button" class="goals-tekstknop" onClick={() => add(idee)}>
                {idee}
              </button>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
