/**
 * Classroom mode on /quiz/klas/: the set builder, then the presenter. The set and the
 * settings live in the page's link, so a set prepared at home opens as it was made; the
 * running session lives in @/stores/quiz-klas, so a reload resumes where it was.
 *
 * Only the part on screen is loaded: the builder, or the presenter together with the
 * statements' verdicts (./quiz/data); the end screen and the printouts when they
 * are reached. The page's heading and intro are rendered on the server as well, so they
 * show before any script has run.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { decodeKlasOptions, encodeKlasLink, DEFAULT_OPTIONS } from '@/lib/quiz/klas-url';
import { TIMERS, SECOND_VOTE, type KlasOptions, type KlasSession } from '@/lib/quiz/klas-session';
import type { Oordeel, QuizGroup, QuizText } from '@/lib/quiz/types';
import { klasStrings as t } from '@/strings/quiz-klas';
import { printPart, type PrintPart } from './quiz/print-part';
import type { EndProps } from './quiz/End';
import { stellingenLoader } from './quiz/data';
import {
  $klasSession,
  $klasSecondSession,
  KLAS_KEY,
  KLAS_SECOND_SESSION_KEY,
  startPresenter,
  stopPresenter,
} from '@/stores/quiz-klas';
import { once } from '@/lib/browser/once';
import { Loaded } from './quiz/Loaded';
import { Notices } from './shared/Notices';
import type { SetLinkNotice } from './quiz/setlink';

const loadSetBuilder = once(() => import('./quiz/SetBuilder').then((m) => m.SetBuilder));
const loadPresenter = once(() => import('./quiz/Presenter').then((m) => m.Presenter));
const loadEnd = once(() => import('./quiz/End').then((m) => m.End));
const loadPrint = once(() => import('./quiz/Print').then((m) => m.Print));
// Only a link with a set needs its parser and notices.
const loadSetLink = once(() => import('./quiz/setlink').then((m) => m.readSetLink));
const loadSlots = once(() => import('./quiz/Slots'));

/** The end screen of a session, loaded when the presenter reaches it. */
function End(props: EndProps) {
  return <Loaded load={loadEnd} render={(Scherm) => <Scherm {...props} />} />;
}

/** What the builder lists: every statement's id and text (the verdicts are in `gegevens`), by page. */
export interface KlasBank {
  stellingen: QuizText[];
  groepen: QuizGroup[];
}

interface Props {
  /** The KlasBank as JSON (parsed here: cheaper than Astro reviving each field). */
  bank: string;
  /** Link back to the site's home page. */
  thuis: string;
  /** Address of every statement in full (/quiz/stellingen.json), for the presenter and the answer key. */
  gegevens: string;
}

const zelfde = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id, i) => id === b[i]);

/** The set the page's link asks for (none: `gevraagd` false), with notices about what it held that could not be used. */
async function setUitLink(
  search: string,
  groepen: QuizGroup[],
): Promise<{ ids: string[]; notices: SetLinkNotice[]; gevraagd: boolean }> {
  const params = new URLSearchParams(search);
  if (!params.has('set') && !params.has('hoofdstuk'))
    return { ids: [], notices: [], gevraagd: false };
  try {
    return { ...(await loadSetLink())(search, groepen), gevraagd: true };
  } catch {
    // The link stays in the address bar (see `linkFout`), so reloading tries again.
    return { ids: [], notices: [{ id: 'linkfout', tekst: t.setLinkFout }], gevraagd: true };
  }
}

/** Prints a printout once it is on the page, and again for every new request. */
function Printing({
  verzoek,
  children,
}: {
  verzoek: { soort: PrintPart };
  children: ComponentChildren;
}) {
  useEffect(() => printPart(verzoek.soort), [verzoek]);
  return <>{children}</>;
}

export default function QuizKlas({ bank, thuis, gegevens }: Props) {
  const { stellingen, groepen } = useMemo(() => JSON.parse(bank) as KlasBank, [bank]);
  const sessie = useStore($klasSession);
  const tweede = useStore($klasSecondSession);
  const bekend = useMemo(() => new Set(stellingen.map((s) => s.id)), [stellingen]);
  const labels = useMemo(() => new Map(groepen.map((g) => [g.key, g.label])), [groepen]);
  const groupLabel = (key: string) => labels.get(key) ?? key;
  // The presenter and the answer key show verdicts: they come with the statements in full.
  const load = useMemo(
    () => ({
      presenter: once(() => Promise.all([loadPresenter(), stellingenLoader(gegevens)()])),
      print: once(() => Promise.all([loadPrint(), stellingenLoader(gegevens)()])),
    }),
    [gegevens],
  );
  const [klaar, setKlaar] = useState(false);
  const [presenteren, setPresenteren] = useState(false);
  const [ids, setIds] = useState<string[]>([]);
  const [opties, setOpties] = useState<KlasOptions>(DEFAULT_OPTIONS);
  const [notices, setNoticesState] = useState<SetLinkNotice[]>([]);
  const [afdruk, setAfdruk] = useState<{ soort: PrintPart } | null>(null);
  // The link's set could not be read (its part did not load): leave the address as it came.
  const [linkFout, setLinkFout] = useState(false);
  // The verdicts, for the builder's list and balance: they come with the statements in
  // full, fetched once the set has a statement (the presenter needs them anyway).
  const [oordelen, setOordelen] = useState<ReadonlyMap<string, Oordeel>>();
  const hasSet = klaar && ids.length > 0;
  useEffect(() => {
    if (!hasSet || oordelen) return;
    stellingenLoader(gegevens)().then(
      (bank) => setOordelen(new Map([...bank].map(([id, s]) => [id, s.oordeel]))),
      () => {},
    );
  }, [hasSet]);

  // The link and the stored session exist only in the browser: read them once mounted.
  // Until then the island renders what the server did (the heading and the intro).
  useEffect(() => {
    const verder = (weg?: string) =>
      void setUitLink(location.search, groepen).then((uitLink) => {
        const extra: SetLinkNotice[] = [...uitLink.notices];
        if (weg) extra.push({ id: 'verouderd', tekst: weg });
        const opgeslagen = $klasSession.get();
        setLinkFout(uitLink.notices.some((m) => m.id === 'linkfout'));
        setIds(uitLink.ids);
        setOpties(decodeKlasOptions(location.search));
        setNoticesState(extra);
        // Resume the stored session unless the link asks for another set (or for one that is empty:
        // then the builder shows why, with the stored session offered above it).
        // A saved link to the same set opened again (on a laptop that ran it before) starts
        // fresh and offers the stored session; a reload, or back and forward, resumes it.
        const nav = performance.getEntriesByType?.('navigation')[0] as
          PerformanceNavigationTiming | undefined;
        const terug = nav?.type === 'reload' || nav?.type === 'back_forward';
        setPresenteren(
          !!opgeslagen && (!uitLink.gevraagd || (terug && zelfde(opgeslagen.ids, uitLink.ids))),
        );
        if (opgeslagen && !uitLink.gevraagd) {
          setIds(opgeslagen.ids);
          setOpties({ timer: opgeslagen.timer, tweedeStemming: opgeslagen.tweedeStemming });
        }
        setKlaar(true);
      });
    // A stored session naming statements the site no longer has: the code that keeps the
    // rest loads only then.
    const verouderd = (s: KlasSession | null) => !!s && s.ids.some((id) => !bekend.has(id));
    if (verouderd($klasSession.get()) || verouderd($klasSecondSession.get())) {
      import('./quiz/stale').then(
        (m) => verder(m.forgetStaleStellingen([$klasSession, $klasSecondSession], bekend)),
        () => verder(),
      );
    } else verder();
  }, []);

  // Keep the address bar in step with the set, so it can be bookmarked or shared.
  const query = ids.length ? encodeKlasLink(ids, opties) : '';
  useEffect(() => {
    if (klaar && !(linkFout && !query))
      history.replaceState(history.state, '', `${location.pathname}${query}`);
  }, [klaar, query, linkFout]);

  // On the last statement the end screen is near: have it ready when the trainer gets there.
  const laatste = klaar && presenteren && !!sessie && sessie.index === sessie.ids.length - 1;
  useEffect(() => {
    if (laatste) loadEnd().catch(() => {});
  }, [laatste]);

  // Leaving the presenter (stopped here or in another tab) shows the builder again.
  useEffect(() => {
    if (klaar && sessie === null) setPresenteren(false);
  }, [sessie, klaar]);

  const start = (setIds_: readonly string[], o: KlasOptions) => {
    startPresenter(setIds_, o);
    setNoticesState([]);
    setPresenteren(true);
  };
  // The printouts follow the set on screen (or the running session's set).
  const afdrukIds = presenteren && sessie ? sessie.ids : ids;
  const stop = () => {
    if (confirm(t.stoppenVraag)) stopPresenter();
  };
  // Starting another set while a session runs: keep it in the second slot, or end it first.
  const [wachtend, setWachtend] = useState(false);
  const vraagStart = () => {
    if (sessie) setWachtend(true);
    else start(ids, opties);
  };

  return (
    <div class="quiz-klas">
      {klaar && presenteren && sessie ? (
        <>
          {/* The presenter warns when its session cannot be kept, as the other tools do. */}
          <Notices keys={[KLAS_KEY]} sluiten={t.meldingSluiten} prefix="quiz" />
          <Loaded
            load={load.presenter}
            render={([Presenter, bank]) => (
              <Presenter
                sessie={sessie}
                bank={bank}
                groupLabel={groupLabel}
                onStop={stop}
                End={End}
                onDrukOverzicht={() => printPart('overzicht')}
                onOpnieuw={() =>
                  start(sessie.ids, { timer: sessie.timer, tweedeStemming: sessie.tweedeStemming })
                }
                onNieuweSet={() => {
                  setIds(sessie.ids);
                  setOpties({ timer: sessie.timer, tweedeStemming: sessie.tweedeStemming });
                  stopPresenter();
                }}
              />
            )}
          />
        </>
      ) : (
        <div class="quiz-klas-pagina">
          <p class="quiz-klas-terug">
            <a href={thuis}>{t.terugNaarSite}</a>
          </p>
          <h1>{t.titel}</h1>
          <Notices
            keys={klaar ? [KLAS_KEY, KLAS_SECOND_SESSION_KEY] : []}
            sluiten={t.meldingSluiten}
            prefix="quiz"
            extra={notices}
            onSluitExtra={(id) => setNoticesState((m) => m.filter((x) => x.id !== id))}
          />
          {klaar && sessie && (
            // A session stored on this device: another set, or this set opened again from a saved link.
            <Loaded
              load={loadSlots}
              render={(v) => (
                <v.RunningSlot
                  sessie={sessie}
                  zelfdeSet={zelfde(sessie.ids, ids)}
                  onHervat={() => setPresenteren(true)}
                  onStop={stop}
                />
              )}
            />
          )}
          {klaar && tweede && (
            // A session kept in the second slot when another set was started.
            <Loaded
              load={loadSlots}
              render={(v) => <v.SecondSlot tweede={tweede} onHervat={() => setPresenteren(true)} />}
            />
          )}
          <p class="quiz-klas-bouwer__intro">{t.bouwerIntro}</p>
          {klaar && (
            <Loaded
              load={loadSetBuilder}
              render={(SetBuilder) => (
                <SetBuilder
                  keuzes={{ timers: TIMERS, tweedeStemming: SECOND_VOTE }}
                  stellingen={stellingen}
                  groepen={groepen}
                  ids={ids}
                  oordelen={oordelen}
                  opties={opties}
                  link={`${location.origin}${location.pathname}${query}`}
                  onWijzig={(nieuw, o) => {
                    setIds(nieuw);
                    setOpties(o);
                  }}
                  onStart={vraagStart}
                  onBijnaStart={() => void load.presenter().catch(() => {})}
                  onDruk={(soort) => setAfdruk({ soort })}
                />
              )}
            />
          )}
          {wachtend && sessie && (
            <Loaded
              load={loadSlots}
              render={(v) => (
                <v.ChoiceSlot
                  sessie={sessie}
                  onStart={() => {
                    setWachtend(false);
                    start(ids, opties);
                  }}
                  onSluit={() => setWachtend(false)}
                  onMislukt={(tekst) => {
                    setWachtend(false);
                    setNoticesState((m) => [...m, { id: 'parkeren', tekst }]);
                  }}
                />
              )}
            />
          )}
        </div>
      )}
      {afdruk && (
        <Loaded
          load={load.print}
          render={([Print, bank]) => (
            <Printing verzoek={afdruk}>
              <Print
                stellingen={afdrukIds.flatMap((id) => bank.get(id) ?? [])}
                groupLabel={groupLabel}
              />
            </Printing>
          )}
        />
      )}
    </div>
  );
}
