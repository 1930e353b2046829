// The four-statement quick check: per pair the statement you agree with most, and
// the reading as soon as both pairs are answered. Nothing of it is stored. An island of
// its own, woken with client:ready="visible" when it comes near the screen.
import { useState } from 'preact/hooks';
import {
  groupByPair,
  readQuickCheck,
  type Pair,
  type QuickCheckChoices,
  type QuickCheckStelling,
} from '@/lib/mindset/quickcheck';
import { withBase } from '@/lib/text/url';
import { quickCheckStrings } from '@/strings/mindset-quick-check';

const s = quickCheckStrings;

export function QuickCheck({ stellingen }: { stellingen: QuickCheckStelling[] }) {
  const [keuzes, setKeuzes] = useState<QuickCheckChoices>({});
  const uitkomst = readQuickCheck(stellingen, keuzes);

  let lezing: string = s.nogNiet;
  if (uitkomst.ok) {
    if (uitkomst.richting === 'gemengd') {
      const groei = (Object.keys(uitkomst.perPaar) as Pair[]).find(
        (p) => uitkomst.perPaar[p] === 'groei',
      );
      const vast = (Object.keys(uitkomst.perPaar) as Pair[]).find(
        (p) => uitkomst.perPaar[p] === 'vast',
      );
      lezing = s.gemengd(
        s.paarNaam[groei ?? 'intelligentie'],
        s.paarNaam[vast ?? 'persoonlijkheid'],
      );
    } else {
      lezing = s.lezing[uitkomst.richting];
    }
  }

  return (
    <section
      class="mindset-sectie mindset-snelle-check no-print"
      aria-labelledby="mindset-snel-kop"
    >
      <h2 id="mindset-snel-kop">{s.kop}</h2>
      <p>{s.uitleg}</p>
      {groupByPair(stellingen).map(({ paar, stellingen: leden }) => (
        <fieldset key={paar} class="mindset-item">
          <legend class="mindset-item__legend">{s.paar[paar]}</legend>
          <div class="mindset-snel-keuzes">
            {leden.map((stelling) => (
              <label key={stelling.id} class="mindset-keuze mindset-keuze--blok">
                <input
                  type="radio"
                  name={`mindset-snel-${paar}`}
                  id={`mindset-snel-${stelling.id}`}
                  value={stelling.id}
                  checked={keuzes[paar] === stelling.id}
                  onChange={() => setKeuzes((k) => ({ ...k, [paar]: stelling.id }))}
                />
                {stelling.stelling}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <div class="mindset-snel-lezing" aria-live="polite">
        <p>{lezing}</p>
        {uitkomst.ok && <p class="mindset-eerlijk">{s.eerlijk}</p>}
        {uitkomst.ok && (
          <p class="mindset-meer">
            {s.meerWeten}{' '}
            {s.meer.map((l, i) => (
              <span key={l.href}>
                {i > 0 && ' · '}
                <a href={withBase(l.href)}>{l.tekst}</a>
              </span>
            ))}
          </p>
        )}
      </div>
    </section>
  );
}
