// Step 1, the field itself: the goal as the visitor writes it, a character count,
// the over-long message (the text is kept) and examples. Loaded first, and rendered on
// the server too; the analysis that goes with it arrives with the rest of the tool (see
// Doelenhulp).
import { MAX_GOAL_LENGTH } from '@/lib/goals/fields';
import { setOriginal } from '@/stores/goals';
import { shellStrings as s } from '@/strings/goals-shell';

interface Props {
  /** The goal as stored ("" on the server and until the island has woken up). */
  tekst: string;
  /** Id of a save error that concerns this field, for aria-describedby. */
  foutId?: string;
  meld: (tekst: string) => void;
}

export function DoelField({ tekst, foutId, meld }: Props) {
  const teLang = tekst.length > MAX_GOAL_LENGTH;
  const beschreven = [
    'goals-doel-hint',
    'goals-doel-teller',
    teLang ? 'goals-doel-fout' : '',
    foutId ?? '',
  ]
    .filter(Boolean)
    .join(' ');

  function chooseExample(voorbeeld: string) {
    setOriginal(voorbeeld);
    meld(s.voorbeeldGekozen);
    document.getElementById('goals-doel')?.focus();
  }

  return (
    <>
      <label class="goals-label" for="goals-doel">
        {s.label}
      </label>
      <p id="goals-doel-hint" class="goals-hint">
        {s.hint}
      </p>
      <textarea
        id="goals-doel"
        class="goals-invoer"
        rows={3}
        value={tekst}
        onInput={(e) => setOriginal(e.currentTarget.value)}
        aria-describedby={beschreven}
        aria-invalid={teLang ? 'true' : undefined}
        spellcheck={true}
      />
      <p id="goals-doel-teller" class={teLang ? 'goals-teller goals-teller--over' : 'goals-teller'}>
        {s.teller(tekst.length, MAX_GOAL_LENGTH)}
      </p>
      {teLang && (
        <p id="goals-doel-fout" class="goals-fout">
          {s.teLang(tekst.length, MAX_GOAL_LENGTH)}
        </p>
      )}
      <details class="goals-voorbeelden">
        <summary>{s.voorbeelden}</summary>
        <ul>
          {s.voorbeeldenLijst.map((v) => (
            <li key={v}>
              <button type="button" class="goals-tekstknop" onClick={() => chooseExample(v)}>
                {v}
              </button>
            </li>
          ))}
        </ul>
      </details>
    </>
  );
}
