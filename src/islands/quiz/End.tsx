// End screen of a classroom session: every statement with its verdict and both votes,
// a CSV export and a print view. No scores, no ranking: the votes are the room's, not a person's.
// Loaded when the session reaches it (see Presenter).
import { useEffect, useRef } from 'preact/hooks';
import { toCsv } from '@/lib/quiz/csv';
import type { KlasResult } from '@/lib/quiz/presenter';
import type { Tally } from '@/lib/quiz/tally';
import type { Oordeel } from '@/lib/quiz/types';
import { oordeelLabel } from '@/strings/quiz';
import { endStrings as t } from '@/strings/quiz-klas-end';
import { download } from '@/lib/browser/download';
import type { Stellingenbank } from './data';

export interface EndProps {
  /** The heading (the presenter announces the same words). */
  kop: string;
  /** Every statement of the session with its votes. */
  rijen: readonly KlasResult[];
  /** When the session started (ISO date-time), for the CSV's file name. */
  gestart: string;
  bank: Stellingenbank;
  /** Prints this overview. */
  onPrint: () => void;
  onTerug: () => void;
  onOpnieuw: () => void;
  onNieuweSet: () => void;
}

/** A vote and, when the verdict is known, the share of the room that chose it. */
function stemmen(tally: Tally | undefined, oordeel: Oordeel | undefined) {
  if (!tally) return t.nietGestemd;
  // As correctShare in @/lib/quiz/tally, written out: importing it splits the tally module
  // into a chunk of its own on the page's first load.
  const totaal = tally.waar + tally.misvatting;
  const share = oordeel && totaal > 0 ? tally[oordeel] / totaal : undefined;
  return share === undefined
    ? t.stemmen(tally)
    : `${t.stemmen(tally)} (${t.goed(Math.round(share * 100))})`;
}

export function End({
  kop,
  rijen,
  gestart,
  bank,
  onPrint,
  onTerug,
  onOpnieuw,
  onNieuweSet,
}: EndProps) {
  const kopRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => kopRef.current?.focus(), []);

  function exportCsv() {
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
    download(t.csvBestand(gestart.slice(0, 10)), csv, 'text/csv;charset=utf-8');
  }

  return (
    <section
      class="quiz-klas-einde quiz-klas-afdruk--overzicht"
      aria-labelledby="quiz-klas-einde-kop"
    >
      <h1 id="quiz-klas-einde-kop" tabIndex={-1} ref={kopRef}>
        {kop}
      </h1>
      <p>{t.eindeIntro}</p>
      <div class="table-scroll">
        <table class="quiz-klas-einde__tabel">
          <caption class="visually-hidden">{kop}</caption>
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
                <td class={r.oordeel ? `quiz-klas-einde__oordeel--${r.oordeel}` : undefined}>
                  {r.oordeel ? oordeelLabel[r.oordeel] : ''}
                </td>
                <td>{stemmen(r.eerste, r.oordeel)}</td>
                <td>{stemmen(r.tweede, r.oordeel)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="quiz-knoppen no-print">
        <button type="button" class="button button--primary" onClick={exportCsv}>
          {t.exporteer}
        </button>
        <button type="button" class="button" onClick={onPrint}>
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
