// The set builder: whole pages or single statements, the order (as picked, as in the
// study, or shuffled), the settings, and the link that holds it all. Loaded when it is
// shown; the page's heading and intro above it come with the island (QuizKlas).
import { useEffect, useRef, useState } from 'preact/hooks';
import type { KlasOptions } from '@/lib/quiz/klas-session';
import { newSeed, shuffle } from '@/lib/quiz/shuffle';
import type { Oordeel, QuizGroup, QuizText } from '@/lib/quiz/types';
import { setBuilderStrings as t } from '@/strings/quiz-klas-set-builder';
import type { PrintPart } from './print-part';
import { once } from '@/lib/browser/once';
import { Loaded } from './Loaded';

/** In how many parts the pages appear, before the set and then the settings. */
const GROUP_PARTS = 6;

/** "Zet de hele site op dit apparaat": loaded when its disclosure is opened. */
const loadOfflineOffer = once(() => import('./OfflineOffer').then((m) => m.OfflineOffer));

type KlasSessionModule = typeof import('@/lib/quiz/klas-session');

interface Props {
  /** The timer and second-vote choices (@/lib/quiz/klas-session), handed down by the island. */
  keuzes: {
    timers: KlasSessionModule['TIMERS'];
    tweedeStemming: KlasSessionModule['SECOND_VOTE'];
  };
  stellingen: readonly QuizText[];
  /** Each statement's verdict, once loaded: shown in the set with the set's balance. */
  oordelen?: ReadonlyMap<string, Oordeel> | undefined;
  groepen: readonly QuizGroup[];
  ids: readonly string[];
  opties: KlasOptions;
  /** Full link to this set, for copying. */
  link: string;
  onWijzig: (ids: string[], opties: KlasOptions) => void;
  onStart: () => void;
  /** The trainer is about to start (the start button has focus or the pointer): load the presenter now. */
  onBijnaStart: () => void;
  /** Prints the hand-out or the answer key of the set. */
  onDruk: (soort: PrintPart) => void;
}

export function SetBuilder({
  keuzes,
  stellingen,
  oordelen,
  groepen,
  ids,
  opties,
  link,
  onWijzig,
  onStart,
  onBijnaStart,
  onDruk,
}: Props) {
  const [status, setStatus] = useState('');
  const [offline, setOffline] = useState(false);
  const [fout, setFout] = useState(false);
  const errorRef = useRef<HTMLParagraphElement>(null);
  const volgorde = new Map(stellingen.map((s, i) => [s.id, i]));
  const tekst = new Map(stellingen.map((s) => [s.id, s.stelling]));
  const gekozen = new Set(ids);

  useEffect(() => {
    if (fout) errorRef.current?.focus();
  }, [fout]);

  // The builder appears in parts, a task each: two pages at a time, then the set, then
  // the settings. Each part is added below the last, so nothing on screen moves.
  const [delen, setDelen] = useState(1);
  useEffect(() => {
    if (delen > GROUP_PARTS + 1) return;
    const timer = setTimeout(() => setDelen((n) => n + 1));
    return () => clearTimeout(timer);
  }, [delen]);
  const getoondeGroepen = groepen.slice(0, Math.ceil((groepen.length * delen) / GROUP_PARTS));

  const changeIds = (nieuw: string[]) => {
    setFout(false);
    onWijzig(nieuw, opties);
  };
  const toggleGroup = (g: QuizGroup) => {
    const alles = g.ids.every((id) => gekozen.has(id));
    changeIds(
      alles
        ? ids.filter((id) => !g.ids.includes(id))
        : [...ids, ...g.ids.filter((id) => !gekozen.has(id))],
    );
  };
  const toggleStelling = (id: string) =>
    changeIds(gekozen.has(id) ? ids.filter((x) => x !== id) : [...ids, id]);

  async function copyLink() {
    try {
      await navigator.clipboard.writeText(link);
      setStatus(t.gekopieerd);
    } catch {
      setStatus(t.nietGekopieerd);
    }
  }

  function start() {
    if (ids.length === 0) {
      setFout(true);
      return;
    }
    onStart();
  }

  return (
    <div class="quiz-klas-bouwer">
      <h2>{t.bouwerKop}</h2>
      {getoondeGroepen.map((g) => {
        const aantal = g.ids.filter((id) => gekozen.has(id)).length;
        return (
          <fieldset key={g.key} class="quiz-klas-groep">
            <legend>{g.label}</legend>
            <label>
              <input
                type="checkbox"
                checked={aantal === g.ids.length}
                indeterminate={aantal > 0 && aantal < g.ids.length}
                onChange={() => toggleGroup(g)}
              />
              {t.hoofdstukHeel(g.ids.length)}
            </label>
            <SingleStellingen
              ids={g.ids}
              tekst={tekst}
              gekozen={gekozen}
              onWissel={toggleStelling}
            />
          </fieldset>
        );
      })}

      {delen > GROUP_PARTS && (
        <>
          <h2 id="quiz-klas-set-kop">{t.setKop(ids.length)}</h2>
          {ids.length === 0 ? (
            <p>{t.setLeeg}</p>
          ) : (
            <>
              <p class="quiz-knoppen">
                <button
                  type="button"
                  class="button"
                  onClick={() => (changeIds(shuffle(ids, newSeed())), setStatus(t.geschud))}
                >
                  {t.schudden}
                </button>
                <button
                  type="button"
                  class="button"
                  onClick={() => (
                    changeIds([...ids].sort((a, b) => volgorde.get(a)! - volgorde.get(b)!)),
                    setStatus(t.opStudieVolgorde)
                  )}
                >
                  {t.volgordeStudie}
                </button>
              </p>
              <ol class="quiz-klas-set" aria-labelledby="quiz-klas-set-kop">
                {ids.map((id) => {
                  const oordeel = oordelen?.get(id);
                  return (
                    <li key={id}>
                      {tekst.get(id)}
                      {oordeel && (
                        <span class={`quiz-klas-set__oordeel oordeel--${oordeel}`}>
                          {' '}
                          · {t.oordeel[oordeel]}
                        </span>
                      )}
                    </li>
                  );
                })}
              </ol>
              {oordelen && (
                <p class="quiz-klas-set__balans">
                  {t.balans(
                    ids.filter((id) => oordelen.get(id) === 'misvatting').length,
                    ids.filter((id) => oordelen.get(id) === 'waar').length,
                  )}
                </p>
              )}
            </>
          )}
        </>
      )}
      {delen > GROUP_PARTS + 1 && (
        <>
          <h2>{t.instellingenKop}</h2>
          <fieldset class="quiz-klas-opties">
            <legend>{t.timerLegend}</legend>
            {keuzes.timers.map((sec) => (
              <label key={sec}>
                <input
                  type="radio"
                  name="quiz-klas-timer"
                  checked={opties.timer === sec}
                  onChange={() => onWijzig([...ids], { ...opties, timer: sec })}
                />
                {t.timerLabel(sec)}
              </label>
            ))}
          </fieldset>
          <fieldset class="quiz-klas-opties quiz-klas-opties--stapel">
            <legend>{t.tweedeLegend}</legend>
            {keuzes.tweedeStemming.map((w) => (
              <label key={w}>
                <input
                  type="radio"
                  name="quiz-klas-tweede"
                  checked={opties.tweedeStemming === w}
                  onChange={() => onWijzig([...ids], { ...opties, tweedeStemming: w })}
                />
                {t.tweedeLabel[w]}
              </label>
            ))}
          </fieldset>

          <div class="quiz-klas-link">
            <label for="quiz-klas-link">{t.linkLabel}</label>
            <div class="quiz-klas-link__rij">
              <input
                id="quiz-klas-link"
                type="text"
                readOnly
                value={link}
                onFocus={(e) => (e.target as HTMLInputElement).select()}
              />
              <button type="button" class="button" onClick={copyLink}>
                {t.kopieer}
              </button>
            </div>
          </div>

          <p ref={errorRef} class="quiz-fout" tabIndex={-1}>
            {fout ? t.leegStarten : ''}
          </p>
          <p class="quiz-knoppen quiz-klas-acties">
            <button
              type="button"
              class="button button--primary quiz-klas-start"
              onClick={start}
              onFocus={onBijnaStart}
              onPointerEnter={onBijnaStart}
            >
              {t.start}
            </button>
            <button
              type="button"
              class="button"
              onClick={() => onDruk('handout')}
              disabled={ids.length === 0}
            >
              {t.printHandout}
            </button>
            <button
              type="button"
              class="button"
              onClick={() => onDruk('antwoorden')}
              disabled={ids.length === 0}
            >
              {t.printAntwoorden}
            </button>
          </p>
          <p class="visually-hidden" role="status">
            {status}
          </p>
          <details
            class="quiz-klas-offline"
            onToggle={(e) => e.currentTarget.open && setOffline(true)}
          >
            <summary>{t.offlineKop}</summary>
            {offline && <Loaded load={loadOfflineOffer} render={(Offer) => <Offer />} />}
          </details>
        </>
      )}
    </div>
  );
}

/**
 * The closed list of one page's statements, to pick them one by one. Together these
 * lists hold every statement of the site: each fills when it is opened.
 */
function SingleStellingen({
  ids,
  tekst,
  gekozen,
  onWissel,
}: {
  ids: readonly string[];
  tekst: ReadonlyMap<string, string>;
  gekozen: ReadonlySet<string>;
  onWissel: (id: string) => void;
}) {
  const [gevuld, setGevuld] = useState(false);
  return (
    <details class="quiz-klas-groep__los" onToggle={(e) => e.currentTarget.open && setGevuld(true)}>
      <summary>{t.losseStellingen}</summary>
      <ul>
        {(gevuld ? ids : []).map((id) => (
          <li key={id}>
            <label>
              <input type="checkbox" checked={gekozen.has(id)} onChange={() => onWissel(id)} />
              {tekst.get(id)}
            </label>
          </li>
        ))}
      </ul>
    </details>
  );
}
