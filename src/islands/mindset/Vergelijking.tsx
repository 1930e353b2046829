// Areas compared: per area the latest result side by side, and every earlier result
// with the change since the previous one. Each saved result can be viewed, printed
// or deleted from here.
import type { GebiedOverzicht } from '@/lib/mindset/results';
import { AANTAL_ITEMS } from '@/lib/mindset/score';
import { formatDatum, mindsetStrings } from '@/strings/mindset';
import { Continuum } from './Continuum';

const s = mindsetStrings.vergelijking;

interface Props {
  /** null until the browser's stored results are read. */
  overzicht: GebiedOverzicht[] | null;
  onBekijk: (id: string) => void;
  onAfdruk: (id: string) => void;
  onVerwijder: (id: string) => void;
}

export function Vergelijking({ overzicht, onBekijk, onAfdruk, onVerwijder }: Props) {
  return (
    <section class="mt-sectie mt-vergelijking" aria-labelledby="mt-gebieden-kop">
      <h2 id="mt-gebieden-kop" tabIndex={-1}>
        {s.kop}
      </h2>
      {overzicht === null ? null : overzicht.length === 0 ? (
        <p>{s.leeg}</p>
      ) : (
        <>
          <p>{s.uitleg}</p>
          <ul class="card-grid mt-gebieden">
            {overzicht.map((g, index) => {
              const gemiddelden = g.verloop.map((stap) => stap.totaal / AANTAL_ITEMS);
              const kopId = `mt-gebied-kop-${index}`;
              return (
                <li key={g.sleutel}>
                  <article class="card mt-gebiedkaart" aria-labelledby={kopId}>
                    <h3 id={kopId}>{g.gebied}</h3>
                    <p>
                      <strong>
                        {s.laatste(g.laatste.totaal, g.laatste.totaal / AANTAL_ITEMS)}
                      </strong>{' '}
                      {s.laatsteDatum(formatDatum(g.laatste.resultaat.datum))}
                    </p>
                    <Continuum
                      id={`mt-vergelijk-${index}`}
                      titel={s.continuumTitel(g.gebied)}
                      beschrijving={s.continuumDesc(gemiddelden)}
                      gemiddelden={gemiddelden}
                      compact
                    />
                    <p>{s.verandering(g.veranderingSindsEerste, g.verloop.length)}</p>
                    <h4>{s.verloopKop}</h4>
                    <ol class="mt-verloop">
                      {g.verloop.map((stap) => {
                        const datum = formatDatum(stap.resultaat.datum);
                        const welke = s.welke(stap.resultaat.gebied, datum);
                        return (
                          <li key={stap.resultaat.id} class="mt-verloop__stap">
                            <p>
                              {s.stap(datum, stap.totaal)}{' '}
                              <span class="mt-verschil">({s.verschil(stap.verschil)})</span>
                            </p>
                            <div class="mt-knoppen mt-knoppen--klein no-print">
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
                                class="button mt-gevaar"
                                onClick={() => onVerwijder(stap.resultaat.id)}
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
      )}
    </section>
  );
}
