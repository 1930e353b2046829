// Areas compared: per area the latest result side by side, and every earlier result
// with the change since the previous one. Each saved result can be viewed, printed
// or deleted from here. The section and its heading are the island's own (they are
// there from the first render); this fills it once there are saved results.
import { useStore } from '@nanostores/preact';
import { AANTAL_ITEMS } from '@/lib/mindset/score';
import { $areaOverview } from '@/stores/mindset-data';
import { formatDate, resultaatStrings } from '@/strings/mindset-resultaten';
import { Continuum } from './Continuum';

const s = resultaatStrings.vergelijking;

interface Props {
  onBekijk: (id: string) => void;
  onAfdruk: (id: string) => void;
  /** Deletes a result; `melding` is what the island then announces. */
  onVerwijder: (id: string, melding: string) => void;
}

export function Comparison({ onBekijk, onAfdruk, onVerwijder }: Props) {
  const overzicht = useStore($areaOverview);
  if (overzicht.length === 0) return null;
  return (
    <>
      <p>{s.uitleg}</p>
      <ul class="card-grid mindset-gebieden">
        {overzicht.map((g, index) => {
          const gemiddelden = g.verloop.map((stap) => stap.totaal / AANTAL_ITEMS);
          const kopId = `mindset-gebied-kop-${index}`;
          return (
            <li key={g.sleutel}>
              <article class="card mindset-gebiedkaart" aria-labelledby={kopId}>
                <h3 id={kopId}>{g.gebied}</h3>
                <p>
                  <strong>{s.laatste(g.laatste.totaal, g.laatste.totaal / AANTAL_ITEMS)}</strong>{' '}
                  {s.laatsteDatum(formatDate(g.laatste.resultaat.datum))}
                </p>
                <Continuum
                  id={`mindset-vergelijk-${index}`}
                  titel={s.continuumTitel(g.gebied)}
                  beschrijving={s.continuumDesc(gemiddelden)}
                  gemiddelden={gemiddelden}
                  compact
                />
                <p>{s.verandering(g.veranderingSindsEerste, g.verloop.length)}</p>
                <h4>{s.verloopKop}</h4>
                <ol class="mindset-verloop">
                  {g.verloop.map((stap) => {
                    const datum = formatDate(stap.resultaat.datum);
                    const welke = s.welke(stap.resultaat.gebied, datum);
                    return (
                      <li key={stap.resultaat.id} class="mindset-verloop__stap">
                        <p>
                          {s.stap(datum, stap.totaal)}{' '}
                          <span class="mindset-verschil">({s.verschil(stap.verschil)})</span>
                        </p>
                        <div class="mindset-knoppen mindset-knoppen--klein no-print">
                          <button
                            type="button"
                            class="button"
                            onClick={() => onBekijk(stap.resultaat.id)}
                          >
                            {s.bekijk}
                            <span class="visually-hidden">{welke}</span>
                          </button>
                          <button
                            type="button"
                            class="button"
                            onClick={() => onAfdruk(stap.resultaat.id)}
                          >
                            {s.afdrukken}
                            <span class="visually-hidden">{welke}</span>
                          </button>
                          <button
                            type="button"
                            class="button mindset-gevaar"
                            onClick={() =>
                              onVerwijder(
                                stap.resultaat.id,
                                s.verwijderd(stap.resultaat.gebied, datum),
                              )
                            }
                          >
                            {s.verwijderen}
                            <span class="visually-hidden">{welke}</span>
                          </button>
                        </div>
                      </li>
                    );
                  })}
                </ol>
              </article>
            </li>
          );
        })}
      </ul>
    </>
  );
}
