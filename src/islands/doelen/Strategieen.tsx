// Step 3: at least two strategies, with a few ideas to start from.
import { useStore } from '@nanostores/preact';
import { $doelConcept, addStrategie, removeStrategie, setStrategie } from '@/stores/goals';
import { strategieUi } from '@/strings/goals-plans';

const s = strategieUi;

export function Strategieen({ meld }: { meld: (tekst: string) => void }) {
  const { strategieen } = useStore($doelConcept);
  const ingevuld = strategieen.filter((x) => x.trim()).length;

  function voegToe(tekst = '') {
    const index = addStrategie(tekst);
    if (index < 0) return;
    if (tekst) meld(s.ideeToegevoegd);
    // Focus the field once it exists.
    setTimeout(() => document.getElementById(`dh-strategie-${index}`)?.focus(), 0);
  }

  function verwijder(index: number) {
    removeStrategie(index);
    setTimeout(() => document.getElementById('dh-strategie-toevoegen')?.focus(), 0);
  }

  return (
    <section class="dh-stap" aria-labelledby="dh-strategie-kop">
      <h2 id="dh-strategie-kop">{s.kop}</h2>
      <p id="dh-strategie-uitleg">{s.uitleg}</p>
      <ol class="dh-velden">
        {strategieen.map((waarde, i) => (
          <li key={i}>
            <label class="dh-label" for={`dh-strategie-${i}`}>
              {s.label(i + 1)}
            </label>
            <div class="dh-rij">
              <input
                id={`dh-strategie-${i}`}
                type="text"
                class="dh-invoer"
                value={waarde}
                maxLength={300}
                onInput={(e) => setStrategie(i, e.currentTarget.value)}
                aria-describedby={ingevuld < 2 ? 'dh-strategie-tip' : undefined}
              />
              {strategieen.length > 2 && (
                <button
                  type="button"
                  class="button"
                  aria-label={s.verwijderLabel(i + 1)}
                  onClick={() => verwijder(i)}
                >
                  {s.verwijder}
                </button>
              )}
            </div>
          </li>
        ))}
      </ol>
      {ingevuld < 2 && (
        <p id="dh-strategie-tip" class="dh-hint">
          {s.teWeinig}
        </p>
      )}
      <p>
        <button id="dh-strategie-toevoegen" type="button" class="button" onClick={() => voegToe()}>
          {s.toevoegen}
        </button>
      </p>
      <details class="dh-ideeen">
        <summary>{s.ideeenKop}</summary>
        <ul>
          {s.ideeen.map((idee) => (
            <li key={idee}>
              <button type="button" class="dh-tekstknop" onClick={() => voegToe(idee)}>
                {idee}
              </button>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
