// One result: the place on the continuum, an honest reading, and per item where the
// visitor stands, with a reflection question and theory link for items that lean
// fixed. The print view ("afdruk") adds full link addresses and room for notes.
import { readMindsetScore, leaningOf } from '@/lib/mindset/reading';
import type { MindsetResultaat } from '@/lib/mindset/results';
import { POSITIES, scoreMindsetTest } from '@/lib/mindset/score';
import { formatDatum, resultaatStrings } from '@/strings/mindset-resultaten';
import { Continuum } from './Continuum';
import type { ItemWeergave, Link } from '@/lib/mindset/props';

const s = resultaatStrings.uitslag;
const a = resultaatStrings.afdruk;

interface Props {
  resultaat: MindsetResultaat;
  items: ItemWeergave[];
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

function LinkMetAdres({ link, afdruk }: { link: Link; afdruk: boolean }) {
  return (
    <>
      <a href={link.href}>{link.tekst}</a>
      {afdruk && <span class="mt-adres"> ({adres(link.href)})</span>}
    </>
  );
}

export function Uitslag(props: Props) {
  const { resultaat, items, verderLezen, modus, bewaard } = props;
  const uitkomst = scoreMindsetTest(resultaat.antwoorden);
  if (!uitkomst.ok) return null; // stored results are validated as complete
  const { score } = uitkomst;
  const lezing = readMindsetScore(score);
  const afdruk = modus === 'afdruk';
  const datum = formatDatum(resultaat.datum);

  return (
    <article
      class={afdruk ? 'mt-uitslag mt-afdruk' : 'mt-uitslag'}
      aria-labelledby="mt-uitslag-kop"
    >
      <h2 id="mt-uitslag-kop" tabIndex={-1}>
        {afdruk ? a.kop(resultaat.gebied) : s.kop(resultaat.gebied)}
      </h2>
      <p class="mt-meta">{s.datum(datum)}</p>

      {afdruk && (
        <div class="mt-knoppen no-print">
          <p class="mt-hint">{a.uitleg}</p>
          <button type="button" class="button button--primary" onClick={props.onAfdrukken}>
            {a.afdrukken}
          </button>
          <button type="button" class="button" onClick={props.onTerug}>
            {a.terug}
          </button>
        </div>
      )}

      {!afdruk && bewaard !== undefined && (
        <p class={bewaard ? 'mt-hint' : 'mt-waarschuwing'}>{bewaard ? s.bewaard : s.nietBewaard}</p>
      )}

      <figure class="mt-figuur">
        <Continuum
          id={`mt-continuum-${resultaat.id}`}
          titel={s.continuumTitel}
          beschrijving={s.continuumDesc(score.gemiddelde)}
          gemiddelden={[score.gemiddelde]}
        />
        <figcaption>{s.totaal(score.totaal, score.gemiddelde)}</figcaption>
      </figure>

      <h3>{s.lezingKop}</h3>
      <p>{s.band[lezing.richting]}</p>
      {lezing.gemengd && <p>{s.gemengd}</p>}
      <p class="mt-eerlijk">{s.eerlijk}</p>
      {!afdruk && <p>{s.anderGebied}</p>}

      {!afdruk && (
        <div class="mt-knoppen no-print">
          <button type="button" class="button" onClick={props.onAfdrukweergave}>
            {s.afdrukweergave}
          </button>
          <button type="button" class="button" onClick={props.onOpnieuw}>
            {s.opnieuw}
          </button>
          <a class="button" href="#mt-gebieden-kop">
            {s.naarVergelijking}
          </a>
        </div>
      )}

      <h3>{s.perItemKop}</h3>
      <p>{s.perItemUitleg}</p>
      <ol class="mt-itemlijst">
        {score.perItem.map(({ nummer, score: positie }) => {
          const item = items[nummer - 1];
          if (!item) return null;
          const vast = leaningOf(positie) === 'vast';
          return (
            <li
              key={nummer}
              class={vast ? 'mt-itemuitslag mt-itemuitslag--vast' : 'mt-itemuitslag'}
            >
              <h4>
                {nummer}. {item.thema}
              </h4>
              <p class="mt-stand">
                <span class="mt-standbalk" aria-hidden="true">
                  {POSITIES.map((p) => (
                    <span
                      key={p}
                      class={p === positie ? 'mt-standbalk__vak is-gekozen' : 'mt-standbalk__vak'}
                    />
                  ))}
                </span>
                <span>
                  <strong>{s.score(positie)}</strong> · {s.stand(positie, item.vast, item.groei)}
                </span>
              </p>
              {vast && (
                <div class="mt-reflectie">
                  <p>
                    <strong>{s.reflectieKop}</strong> {item.reflectie}
                  </p>
                  <p>
                    {s.leesVerder} <LinkMetAdres link={item.theorie} afdruk={afdruk} />
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
            <LinkMetAdres link={link} afdruk={afdruk} />
          </li>
        ))}
      </ul>

      {afdruk && (
        <>
          <h3>{a.aantekeningen}</h3>
          <div class="mt-aantekeningen" />
          <p class="mt-voet">{a.voet(new URL(location.href).host)}</p>
        </>
      )}
    </article>
  );
}
