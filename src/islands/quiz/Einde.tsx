// End screen of a classroom session: every statement with its verdict and both votes,
// a CSV export and a print view. No scores, no ranking: the votes are the room's, not a person's.
import { useEffect, useRef } from 'preact/hooks';
import { toCsv } from '@/lib/quiz/csv';
import { klasResultaten, type KlasSessie } from '@/lib/quiz/presenter';
import type { Tally } from '@/lib/quiz/tally';
import type { QuizStelling } from '@/lib/quiz/types';
import { oordeelLabel } from '@/strings/quiz';
import { klasTeksten as t } from '@/strings/quiz-klas';
import { drukAf } from './afdruk';

interface Props {
  sessie: KlasSessie;
  bank: ReadonlyMap<string, QuizStelling>;
  onTerug: () => void;
  onOpnieuw: () => void;
  onNieuweSet: () => void;
}

const stemmen = (tally: Tally | undefined) => (tally ? t.stemmen(tally) : t.nietGestemd);

export function Einde({ sessie, bank, onTerug, onOpnieuw, onNieuweSet }: Props) {
  const kop = useRef<HTMLHeadingElement>(null);
  useEffect(() => kop.current?.focus(), []);
  const rijen = klasResultaten(sessie, (id) => bank.get(id)?.oordeel);

  function exporteer() {
    const csv = toCsv([
      t.csvKoppen,
      ...rijen.map((r) => [
        r.nummer,
        r.id,
        bank.get(r.id)?.stelling ?? '',
        r.oordeel ? oordeelLabel[r.oordeel] : '',
        r.eerste?.waar ?? '',
        r.eerste?.misvatting ?? '',
        r.tweede?.waar ?? '',
        r.tweede?.misvatting ?? '',
      ]),
    ]);
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    link.download = t.csvBestand(sessie.gestart.slice(0, 10));
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  }

  return (
    <section class="klas-einde klas-afdruk--overzicht" aria-labelledby="klas-einde-kop">
      <h1 id="klas-einde-kop" tabIndex={-1} ref={kop}>
        {t.eindeKop}
      </h1>
      <p>{t.eindeIntro}</p>
      <div class="table-scroll">
        <table class="klas-einde__tabel">
          <caption class="visually-hidden">{t.eindeKop}</caption>
          <thead>
            <tr>
              <th scope="col">{t.kolommen.nummer}</th>
              <th scope="col">{t.kolommen.stelling}</th>
              <th scope="col">{t.kolommen.oordeel}</th>
              <th scope="col">{t.kolommen.eerste}</th>
              <th scope="col">{t.kolommen.tweede}</th>
            </tr>
          </thead>
          <tbody>
            {rijen.map((r) => (
              <tr key={r.id}>
                <td>{r.nummer}</td>
                <td>{bank.get(r.id)?.stelling}</td>
                <td class={r.oordeel ? `klas-einde__oordeel--${r.oordeel}` : undefined}>
                  {r.oordeel ? oordeelLabel[r.oordeel] : ''}
                </td>
                <td>{stemmen(r.eerste)}</td>
                <td>{stemmen(r.tweede)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="quiz-knoppen no-print">
        <button type="button" class="button button--primary" onClick={exporteer}>
          {t.exporteer}
        </button>
        <button type="button" class="button" onClick={() => drukAf('overzicht')}>
          {t.print}
        </button>
        <button type="button" class="button" onClick={onTerug}>
          {t.terugNaarLaatste}
        </button>
        <button type="button" class="button" onClick={onOpnieuw}>
          {t.opnieuw}
        </button>
        <button type="button" class="button" onClick={onNieuweSet}>
          {t.nieuweSet}
        </button>
      </p>
    </section>
  );
}
