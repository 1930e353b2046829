// "Your data": where results live, how many there are, and the import field. Export,
// reading an import file and delete all come with the views loaded later
// (./DataActions); an import chosen before they are there waits for them.
import { useState } from 'preact/hooks';
import { mindsetStrings } from '@/strings/mindset';
import type { Importmelding } from './DataActions';
import type { ResultatenModule } from './Resultaten';

const s = mindsetStrings.gegevens;

interface Props {
  aantal: number;
  opslagWerkt: boolean;
  /** The views loaded later, or null while they are not (yet) there. */
  deel: ResultatenModule | null;
  /** Loads those views (once); rejects when they cannot be loaded. */
  laad: () => Promise<ResultatenModule>;
  /** Announces a message in the island's status region. */
  meld: (tekst: string) => void;
  onAllesVerwijderen: () => void;
}

export function MijnGegevens({ aantal, opslagWerkt, deel, laad, meld, onAllesVerwijderen }: Props) {
  const [importmelding, setImportmelding] = useState<Importmelding | null>(null);

  async function importFile(event: Event) {
    const input = event.currentTarget as HTMLInputElement;
    const bestand = input.files?.[0];
    if (!bestand) return;
    let melding: Importmelding;
    try {
      melding = await (await laad()).readImport(bestand);
    } catch {
      melding = { soort: 'fout', tekst: s.importNietGeladen };
    }
    input.value = ''; // so choosing the same file again triggers a new import
    setImportmelding(melding);
  }

  return (
    <section
      class="mindset-sectie mindset-gegevens no-print"
      aria-labelledby="mindset-gegevens-kop"
    >
      <h2 id="mindset-gegevens-kop" tabIndex={-1}>
        {s.kop}
      </h2>
      <p>{s.uitleg}</p>
      {!opslagWerkt && <p class="mindset-waarschuwing">{s.onbeschikbaar}</p>}
      <p>{aantal > 0 ? s.aantal(aantal) : s.geen}</p>

      {aantal > 0 && deel && <deel.Exporteren aantal={aantal} meld={meld} />}

      <div class="mindset-import">
        <label for="mindset-import">{s.importLabel}</label>
        <p id="mindset-import-hint" class="mindset-hint">
          {s.importHint}
        </p>
        <input
          type="file"
          id="mindset-import"
          accept=".json,application/json"
          aria-describedby="mindset-import-hint"
          onChange={importFile}
        />
        <div role="status" class="mindset-importmelding">
          {importmelding && (
            <p class={importmelding.soort === 'fout' ? 'mindset-waarschuwing' : 'mindset-gelukt'}>
              {importmelding.tekst}
            </p>
          )}
        </div>
      </div>

      {aantal > 0 && deel && (
        <deel.AllesVerwijderen
          aantal={aantal}
          meld={meld}
          onAllesVerwijderen={onAllesVerwijderen}
        />
      )}
    </section>
  );
}
