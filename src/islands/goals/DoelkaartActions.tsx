// Step 6: the doelkaart preview, saving, and the saved cards (edit, delete with a
// confirm step, print view, text download), plus JSON export and import of all cards.
import { useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { conceptToCard, type ConceptProblem } from '@/lib/goals/card';
import { cardAsText } from '@/lib/goals/card-text';
import {
  $doelConcept,
  $doelkaarten,
  conceptHasUnsavedText,
  deleteCard,
  editCard,
  newConcept,
  saveConcept,
} from '@/stores/goals';
import { exportCards, importCards } from '@/stores/goals-transfer';
import { doelkaartStrings } from '@/strings/goals-card';
import { DoelkaartView } from './DoelkaartView';
import { download } from '@/lib/browser/download';
import { FileImport } from '../shared/FileImport';

const s = doelkaartStrings;

interface Props {
  meld: (tekst: string) => void;
  /** Save problems, shown here and linked from the fields they concern. */
  problemen: ConceptProblem[];
  setProblemen: (p: ConceptProblem[]) => void;
  onAfdruk: (id: string, terugFocus: string) => void;
}

const datum = (iso: string) =>
  new Date(iso).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });
const bestandsnaam = (iso: string) => iso.slice(0, 10);

export function DoelkaartActions({ meld, problemen, setProblemen, onAfdruk }: Props) {
  const concept = useStore($doelConcept);
  const cards = useStore($doelkaarten);
  const [bevestig, setBevestig] = useState<string | null>(null);
  const [gelukt, setGelukt] = useState('');
  const [importNotice, setImportNotice] = useState<{ ok: boolean; tekst: string } | null>(null);
  const voorbeeld = conceptToCard(concept, 'voorbeeld', '', '');

  function save() {
    const r = saveConcept();
    if (!r.ok) {
      setProblemen(r.problemen);
      setGelukt('');
      document
        .getElementById(
          r.problemen[0] === 'oorspronkelijk-te-lang' ? 'goals-doel' : 'goals-leerdoel',
        )
        ?.focus();
      return;
    }
    setProblemen([]);
    const tekst = !r.bewaard ? s.nietBewaard : r.nieuw ? s.bewaard : s.bijgewerkt;
    setGelukt(tekst);
    meld(tekst);
  }

  function edit(id: string) {
    if (!editCard(id)) return;
    setProblemen([]);
    setGelukt('');
    meld(s.bewerkt);
    document.getElementById('goals-doel-kop')?.scrollIntoView();
    document.getElementById('goals-leerdoel')?.focus();
  }

  function remove(id: string) {
    deleteCard(id);
    setBevestig(null);
    setGelukt('');
    meld(s.verwijderd);
    setTimeout(() => document.getElementById('goals-lijst-kop')?.focus(), 0);
  }

  function nieuw() {
    // What the visitor typed and did not save is not thrown away without asking.
    if (conceptHasUnsavedText() && !confirm(s.weggooienVraag)) return;
    newConcept();
    setProblemen([]);
    setGelukt('');
    meld(s.nieuwGestart);
    document.getElementById('goals-doel')?.focus();
  }

  function importText(text: string) {
    const r = importCards(text);
    setImportNotice(
      r.ok
        ? {
            ok: true,
            tekst:
              s.importOk(r.toegevoegd, r.alAanwezig) + (r.teVeel ? ` ${s.teVeel(r.teVeel)}` : ''),
          }
        : { ok: false, tekst: s.importErrors[r.reden] },
    );
  }

  return (
    <section class="goals-stap" aria-labelledby="goals-kaart-kop">
      <h2 id="goals-kaart-kop">{s.kop}</h2>
      <p>{s.uitleg}</p>
      <DoelkaartView kaart={voorbeeld} niveau={3} kopId="goals-voorbeeldkaart-kop" />
      {problemen.length > 0 && (
        <ul id="goals-opslaan-fout" class="goals-fout">
          {problemen.map((p) => (
            <li key={p}>{s.problemen[p]}</li>
          ))}
        </ul>
      )}
      <div class="goals-knoppen">
        <button
          type="button"
          class="button button--primary"
          onClick={save}
          aria-describedby={problemen.length ? 'goals-opslaan-fout' : undefined}
        >
          {concept.kaartId && cards.some((k) => k.id === concept.kaartId) ? s.bijwerken : s.bewaar}
        </button>
        <button type="button" class="button" onClick={nieuw}>
          {s.nieuw}
        </button>
      </div>
      {gelukt && <p class="goals-gelukt">{gelukt}</p>}

      <h3 id="goals-lijst-kop" class="goals-subkop" tabIndex={-1}>
        {s.lijstKop}
      </h3>
      {cards.length === 0 ? (
        <p class="goals-hint">{s.leeg}</p>
      ) : (
        <ul class="goals-bewaard">
          {cards.map((k) => (
            <li key={k.id} class="goals-bewaard__item">
              <p class="goals-bewaard__doel">{k.doel}</p>
              <p class="goals-hint">{s.gewijzigd(datum(k.gewijzigd))}</p>
              {bevestig === k.id ? (
                <div class="goals-knoppen" role="group" aria-label={s.zeker}>
                  <span>{s.zeker}</span>
                  <button
                    type="button"
                    class="button goals-gevaar"
                    aria-label={s.jaVerwijderLabel(k.doel)}
                    onClick={() => remove(k.id)}
                  >
                    {s.jaVerwijder}
                  </button>
                  <button
                    type="button"
                    class="button"
                    onClick={() => {
                      setBevestig(null);
                      setTimeout(
                        () => document.getElementById(`goals-verwijder-${k.id}`)?.focus(),
                        0,
                      );
                    }}
                  >
                    {s.annuleer}
                  </button>
                </div>
              ) : (
                <div class="goals-knoppen">
                  <button
                    type="button"
                    class="button"
                    aria-label={s.bewerkenLabel(k.doel)}
                    onClick={() => edit(k.id)}
                  >
                    {s.bewerken}
                  </button>
                  <button
                    id={`goals-afdruk-${k.id}`}
                    type="button"
                    class="button"
                    aria-label={s.afdrukweergaveLabel(k.doel)}
                    onClick={() => onAfdruk(k.id, `goals-afdruk-${k.id}`)}
                  >
                    {s.afdrukweergave}
                  </button>
                  <button
                    type="button"
                    class="button"
                    aria-label={s.tekstLabel(k.doel)}
                    onClick={() =>
                      download(
                        `doelkaart-${bestandsnaam(k.gewijzigd)}.txt`,
                        cardAsText(k),
                        'text/plain;charset=utf-8',
                      )
                    }
                  >
                    {s.tekst}
                  </button>
                  <button
                    id={`goals-verwijder-${k.id}`}
                    type="button"
                    class="button goals-gevaar"
                    aria-label={s.verwijderenLabel(k.doel)}
                    onClick={() => {
                      setBevestig(k.id);
                      setTimeout(
                        () =>
                          document
                            .querySelector<HTMLButtonElement>('.goals-bewaard .goals-gevaar')
                            ?.focus(),
                        0,
                      );
                    }}
                  >
                    {s.verwijderen}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      <div class="goals-knoppen">
        {cards.length > 0 && (
          <button
            type="button"
            class="button"
            onClick={() =>
              download(
                `doelkaarten-${bestandsnaam(new Date().toISOString())}.json`,
                exportCards(),
                'application/json',
              )
            }
          >
            {s.json}
          </button>
        )}
        <FileImport
          label={s.openen}
          onText={importText}
          onReadError={() => setImportNotice({ ok: false, tekst: s.importErrors['not-json'] })}
        />
      </div>
      <div role="status">
        {importNotice && (
          <p class={importNotice.ok ? 'goals-gelukt' : 'goals-fout'}>{importNotice.tekst}</p>
        )}
      </div>
    </section>
  );
}
