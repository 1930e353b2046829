// One result: the place on the continuum, an honest reading, and per item where the
// visitor stands, with a reflection question and theory link for items that lean
// fixed. The print view ("afdruk") adds full link addresses and room for notes.
import { readMindsetScore, leaningOf } from '@/lib/mindset/reading';
import type { MindsetResult } from '@/lib/mindset/results';
import { POSITIONS, scoreMindsetTest } from '@/lib/mindset/score';
import { formatDate, resultsStrings } from '@/strings/mindset-results';
import { Continuum } from './Continuum';
import type { ItemView, Link } from '@/lib/mindset/props';

const s = resultsStrings.uitslag;
const a = resultsStrings.afdruk;

interface Props {
  resultaat: MindsetResult;
  items: ItemView[];
  verderLezen: Link[];
  modus: 'scherm' | 'afdruk';
  /** Whether the result is kept in this browser; undefined for results loaded from storage. */
  bewaard?: boolean;
  onAfdrukweergave?: () => void;
  onOpnieuw?: () => void;
  onAfdrukken?: () => void;
  onTerug?: () => void;
}

/** Absolute address of a link, for paper. */
function adres(href: string): string {
  return new URL(href, location.href).href;
}

function LinkWithAddress({ link, afdruk }: { link: Link; afdruk: boolean }) {
  return (
    <>
      <a href={link.href}>{link.tekst}</a>
      {afdruk && <span class="mindset-adres"> ({adres(link.href)})</span>}
    </>
  );
}

export function Outcome(props: Props) {
  const { resultaat, items, verderLezen, modus, bewaard } = props;
  const uitkomst = scoreMindsetTest(resultaat.antwoorden);
  if (!uitkomst.ok) return null; // stored results are validated as complete
  const { score } = uitkomst;
  const lezing = readMindsetScore(score);
  const afdruk = modus === 'afdruk';
  const datum = formatDate(resultaat.datum);

  return (
    <article
      class={afdruk ? 'mindset-uitslag mindset-afdruk' : 'mindset-uitslag'}
      aria-labelledby="mindset-uitslag-kop"
    >
      <h2 id="mindset-uitslag-kop" tabIndex={-1}>
        {afdruk ? a.kop(resultaat.gebied) : s.kop(resultaat.gebied)}
      </h2>
      <p class="mindset-meta">{s.datum(datum)}</p>

      {afdruk && (
        <div class="mindset-knoppen no-print">
          <p class="mindset-hint">{a.uitleg}</p>
          <button type="button" class="button button--primary" onClick={props.onAfdrukken}>
            {a.afdrukken}
          </button>
          <button type="button" class="button" onClick={props.onTerug}>
            {a.terug}
          </button>
        </div>
      )}

      {!afdruk && bewaard !== undefined && (
        <p class={bewaard ? 'mindset-hint' : 'mindset-waarschuwing'}>
          {bewaard ? s.bewaard : s.nietBewaard}
        </p>
      )}

      <figure class="mindset-figuur">
        <Continuum
          id={`mindset-continuum-${resultaat.id}`}
          titel={s.continuumTitel}
          beschrijving={s.continuumDesc(score.gemiddelde)}
          gemiddelden={[score.gemiddelde]}
        />
        <figcaption>{s.totaal(score.totaal, score.gemiddelde)}</figcaption>
      </figure>

      <h3>{s.lezingKop}</h3>
      <p>{s.band[lezing.richting]}</p>
      {lezing.gemengd && <p>{s.gemengd}</p>}
      <p class="mindset-eerlijk">{s.eerlijk}</p>
      {!afdruk && <p>{s.anderGebied}</p>}

      {!afdruk && (
        <div class="mindset-knoppen no-print">
          <button type="button" class="button" onClick={props.onAfdrukweergave}>
            {s.afdrukweergave}
          </button>
          <button type="button" class="button" onClick={props.onOpnieuw}>
            {s.opnieuw}
          </button>
          <a class="button" href="#mindset-gebieden-kop">
            {s.naarVergelijking}
          </a>
        </div>
      )}

      <h3>{s.perItemKop}</h3>
      <p>{s.perItemUitleg}</p>
      <ol class="mindset-itemlijst">
        {score.perItem.map(({ nummer, score: positie }) => {
          const item = items[nummer - 1];
          if (!item) return null;
          const vast = leaningOf(positie) === 'vast';
          return (
            <li
              key={nummer}
              class={vast ? 'mindset-itemuitslag mindset-itemuitslag--vast' : 'mindset-itemuitslag'}
            >
              <h4>
                {nummer}. {item.thema}
              </h4>
              <p class="mindset-stand">
                <span class="mindset-standbalk" aria-hidden="true">
                  {POSITIONS.map((p) => (
                    <span
                      key={p}
                      class={
                        p === positie
                          ? 'mindset-standbalk__vak is-gekozen'
                          : 'mindset-standbalk__vak'
                      }
                    />
                  ))}
                </span>
                <span>
                  <strong>{s.score(positie)}</strong> · {s.stand(positie, item.vast, item.groei)}
                </span>
              </p>
              {vast && (
                <div class="mindset-reflectie">
                  <p>
                    <strong>{s.reflectieKop}</strong> {item.reflectie}
                  </p>
                  <p>
                    {s.leesVerder} <LinkWithAddress link={item.theorie} afdruk={afdruk} />
                  </p>
                </div>
              )}
            </li>
          );
        })}
      </ol>

      <h3>{s.verderLezenKop}</h3>
      <ul>
        {verderLezen.map((link) => (
          <li key={link.href}>
            <LinkWithAddress link={link} afdruk={afdruk} />
          </li>
        ))}
      </ul>

      {afdruk && (
        <>
          <h3>{a.aantekeningen}</h3>
          <div class="mindset-aantekeningen" />
          <p class="mindset-voet">{a.voet(new URL(location.href).host)}</p>
        </>
      )}
    </article>
  );
}
