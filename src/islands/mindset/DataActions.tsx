// The actions of "your data" that only matter once there is something to act on,
// loaded with the result views: export to a JSON file, reading an import file
// (anything else is refused and changes nothing), and delete all with a confirm step.
// The section itself, with the import field, is ./MyData.
import { useState } from 'preact/hooks';
import { exportResults, importResults } from '@/stores/mindset-data';
import { resultsStrings } from '@/strings/mindset-results';
import { download } from '@/lib/browser/download';

const s = resultsStrings.gegevens;

/** The outcome of an import, shown under the import field. */
export type ImportNotice = { soort: 'ok' | 'fout'; tekst: string };

/** Adds the new results of an import file's text; says what happened. */
export function readImport(text: string): ImportNotice {
  const outcome = importResults(text);
  return outcome.ok
    ? { soort: 'ok', tekst: s.geimporteerd(outcome.toegevoegd, outcome.alAanwezig, outcome.teVeel) }
    : { soort: 'fout', tekst: s.importErrors[outcome.reden] };
}

interface ExportActionProps {
  aantal: number;
  /** Announces a message in the island's status region. */
  meld: (tekst: string) => void;
}

export function ExportAction({ aantal, meld }: ExportActionProps) {
  function exportFile() {
    download(
      s.exportNaam(new Date().toISOString().slice(0, 10)),
      exportResults(),
      'application/json',
    );
    meld(s.geexporteerd(aantal));
  }

  return (
    <div class="mindset-knoppen">
      <button type="button" class="button" onClick={exportFile}>
        {s.exporteren}
      </button>
    </div>
  );
}

interface DeleteAllActionProps {
  aantal: number;
  meld: (tekst: string) => void;
  /** Deletes every result; the island moves the focus. */
  onDeleteAll: () => void;
}

export function DeleteAllAction({ aantal, meld, onDeleteAll }: DeleteAllActionProps) {
  const [bevestigen, setBevestigen] = useState(false);
  return bevestigen ? (
    <div class="mindset-bevestig" role="group" aria-labelledby="mindset-bevestig-vraag">
      <p id="mindset-bevestig-vraag">{s.bevestigVraag(aantal)}</p>
      <div class="mindset-knoppen">
        <button
          type="button"
          class="button mindset-gevaar"
          onClick={() => {
            setBevestigen(false);
            onDeleteAll();
            meld(s.allesVerwijderd);
          }}
        >
          {s.bevestigJa}
        </button>
        <button type="button" class="button" onClick={() => setBevestigen(false)}>
          {s.bevestigNee}
        </button>
      </div>
    </div>
  ) : (
    <div class="mindset-knoppen">
      <button type="button" class="button mindset-gevaar" onClick={() => setBevestigen(true)}>
        {s.allesVerwijderen}
      </button>
    </div>
  );
}
