// "Your data": where results live, export to a JSON file, import of such a file
// (anything else is refused and changes nothing), and delete all with a confirm step.
import { useState } from 'preact/hooks';
import { exportResults, importResults } from '@/stores/mindset';
import { mindsetStrings } from '@/strings/mindset';

const s = mindsetStrings.gegevens;

interface Props {
  aantal: number;
  opslagWerkt: boolean;
  /** Announces a message in the island's status region. */
  meld: (tekst: string) => void;
  onAllesVerwijderen: () => void;
}

type Importmelding = { soort: 'ok' | 'fout'; tekst: string } | null;

export function MijnGegevens({ aantal, opslagWerkt, meld, onAllesVerwijderen }: Props) {
  const [bevestigen, setBevestigen] = useState(false);
  const [importmelding, setImportmelding] = useState<Importmelding>(null);

  function exporteer() {
    const blob = new Blob([exportResults()], { type: 'application/json' });
    const href = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = href;
    a.download = s.exportNaam(new Date().toISOString().slice(0, 10));
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(href), 1000);
    meld(s.geexporteerd(aantal));
  }

  async function importeer(event: Event) {
    const input = event.currentTarget as HTMLInputElement;
    const bestand = input.files?.[0];
    if (!bestand) return;
    let melding: Importmelding;
    try {
      const uitkomst = importResults(await bestand.text());
      melding = uitkomst.ok
        ? {
            soort: 'ok',
            tekst: s.geimporteerd(uitkomst.toegevoegd, uitkomst.alAanwezig, uitkomst.teVeel),
          }
        : { soort: 'fout', tekst: s.importFout[uitkomst.reden] };
    } catch {
      melding = { soort: 'fout', tekst: s.leesFout };
    }
    input.value = ''; // so choosing the same file again triggers a new import
    setImportmelding(melding);
  }

  return (
    <section class="mt-sectie mt-gegevens no-print" aria-labelledby="mt-gegevens-kop">
      <h2 id="mt-gegevens-kop" tabIndex={-1}>
        {s.kop}
      </h2>
      <p>{s.uitleg}</p>
      {!opslagWerkt && <p class="mt-waarschuwing">{s.onbeschikbaar}</p>}
      <p>{aantal > 0 ? s.aantal(aantal) : s.geen}</p>

      {aantal > 0 && (
        <div class="mt-knoppen">
          <button type="button" class="button" onClick={exporteer}>
            {s.exporteren}
          </button>
        </div>
      )}

      <div class="mt-import">
        <label for="mt-import">{s.importLabel}</label>
        <p id="mt-import-hint" class="mt-hint">
          {s.importHint}
        </p>
        <input
          type="file"
          id="mt-import"
          accept=".json,application/json"
          aria-describedby="mt-import-hint"
          onChange={importeer}
        />
        <div role="status" class="mt-importmelding">
          {importmelding && (
            <p class={importmelding.soort === 'fout' ? 'mt-waarschuwing' : 'mt-gelukt'}>
              {importmelding.tekst}
            </p>
          )}
        </div>
      </div>

      {aantal > 0 &&
        (bevestigen ? (
          <div class="mt-bevestig" role="group" aria-labelledby="mt-bevestig-vraag">
            <p id="mt-bevestig-vraag">{s.bevestigVraag(aantal)}</p>
            <div class="mt-knoppen">
              <button
                type="button"
                class="button mt-gevaar"
                onClick={() => {
                  setBevestigen(false);
                  onAllesVerwijderen();
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
          <div class="mt-knoppen">
            <button type="button" class="button mt-gevaar" onClick={() => setBevestigen(true)}>
              {s.allesVerwijderen}
            </button>
          </div>
        ))}
    </section>
  );
}
