// "Your data": where results live, how many there are, and the import field. Export,
// reading an import file and delete all come with the views loaded later
// (./DataActions); an import chosen before they are there waits for them.
import { useState } from 'preact/hooks';
import { mindsetStrings } from '@/strings/mindset';
import { FileImport } from '../shared/FileImport';
import type { ImportNotice } from './DataActions';
import type { ResultsModule } from './Results';

const s = mindsetStrings.gegevens;

interface Props {
  aantal: number;
  opslagWerkt: boolean;
  /** The views loaded later, or null while they are not (yet) there. */
  deel: ResultsModule | null;
  /** Loads those views (once); rejects when they cannot be loaded. */
  load: () => Promise<ResultsModule>;
  /** Announces a message in the island's status region. */
  meld: (tekst: string) => void;
  onDeleteAll: () => void;
}

export function MyData({ aantal, opslagWerkt, deel, load, meld, onDeleteAll }: Props) {
  const [importNotice, setImportNotice] = useState<ImportNotice | null>(null);

  async function importText(text: string) {
    let notice: ImportNotice;
    try {
      notice = (await load()).readImport(text);
    } catch {
      notice = { soort: 'fout', tekst: s.importNietGeladen };
    }
    setImportNotice(notice);
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

      {aantal > 0 && deel && <deel.ExportAction aantal={aantal} meld={meld} />}

      <div class="mindset-import">
        <p id="mindset-import-hint" class="mindset-hint">
          {s.importHint}
        </p>
        <FileImport
          label={s.importLabel}
          id="mindset-import"
          describedBy="mindset-import-hint"
          onText={importText}
          onReadError={() => setImportNotice({ soort: 'fout', tekst: s.leesFout })}
        />
        <div role="status" class="mindset-importmelding">
          {importNotice && (
            <p class={importNotice.soort === 'fout' ? 'mindset-waarschuwing' : 'mindset-gelukt'}>
              {importNotice.tekst}
            </p>
          )}
        </div>
      </div>

      {aantal > 0 && deel && (
        <deel.DeleteAllAction aantal={aantal} meld={meld} onDeleteAll={onDeleteAll} />
      )}
    </section>
  );
}
