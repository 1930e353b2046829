// A vote as two labelled bars (the numbers are in the text, the bars only show them).
import { tallyShares, type Tally } from '@/lib/quiz/tally';
import { OORDELEN } from '@/lib/quiz/types';
import { oordeelLabel } from '@/strings/quiz';
import { presenterStrings as t } from '@/strings/quiz-klas-presentatie';

interface Props {
  tally: Tally;
  kop: string;
}

export function Bars({ tally, kop }: Props) {
  const shares = tallyShares(tally);
  return (
    <div class="balken">
      <p class="balken__kop">{kop}</p>
      {shares.totaal === 0 ? (
        <p class="balken__leeg">{t.geenStemmen}</p>
      ) : (
        OORDELEN.map((o) => (
          <div key={o} class={`balk balk--${o}`}>
            <span class="balk__label">{t.balk(oordeelLabel[o], tally[o], shares[o])}</span>
            <span class="balk__spoor" aria-hidden="true">
              <span class="balk__vulling" style={{ width: `${shares[o]}%` }} />
            </span>
          </div>
        ))
      )}
    </div>
  );
}
