/**
 * Classroom mode on /quiz/klas/: the set builder, then the presenter. The set and the
 * settings live in the page's link, so a set prepared at home opens as it was made; the
 * running session lives in @/stores/quiz-klas, so a reload resumes where it was.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { $klasSessie, KLAS_KEY, startPresentatie, stopPresentatie, vergeetOnbekendeSessie } from '@/stores/quiz-klas';
import { decodeKlasOpties, encodeKlasLink, STANDAARD_OPTIES } from '@/lib/quiz/klas-url';
import { decodeQuizQuery } from '@/lib/quiz/set';
import type { KlasOpties } from '@/lib/quiz/presenter';
import type { QuizGroep, QuizStelling } from '@/lib/quiz/types';
import { quizOpslagTeksten, zelfTeksten } from '@/strings/quiz';
import { klasTeksten as t } from '@/strings/quiz-klas';
import { Afdrukken } from './quiz/Afdrukken';
import { Bouwer } from './quiz/Bouwer';
import { Meldingen } from './quiz/Meldingen';
import { Presentatie } from './quiz/Presentatie';

interface Props {
  stellingen: QuizStelling[];
  groepen: QuizGroep[];
  /** Link back to the site's home page. */
  thuis: string;
}

interface Melding {
  id: string;
  tekst: string;
}

const zelfde = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id, i) => id === b[i]);

/** Notices about what the set in the link held that could not be used. */
function setMeldingen(search: string, groepen: QuizGroep[]): { ids: string[]; meldingen: Melding[]; gevraagd: boolean } {
  const d = decodeQuizQuery(search, groepen);
  const meldingen: Melding[] = [];
  if (d.unknown.length) meldingen.push({ id: 'onbekend', tekst: t.setOnbekend(d.unknown.join(', ')) });
  if (d.duplicate.length) meldingen.push({ id: 'dubbel', tekst: t.setDubbel(d.duplicate.join(', ')) });
  if (d.malformed.length) meldingen.push({ id: 'ongeldig', tekst: t.setOngeldig(d.malformed.join(', ')) });
  if (d.truncated) meldingen.push({ id: 'telang', tekst: t.setTeLang });
  if (d.requested && d.ids.length === 0) meldingen.push({ id: 'leeg', tekst: t.setLeegLink });
  return { ids: d.ids, meldingen, gevraagd: d.requested };
}

export default function QuizKlas({ stellingen, groepen, thuis }: Props) {
  const sessie = useStore($klasSessie);
  const bank = useMemo(() => new Map(stellingen.map((s) => [s.id, s])), [stellingen]);
  const labels = useMemo(() => new Map(groepen.map((g) => [g.key, g.label])), [groepen]);
  const groepLabel = (key: string) => labels.get(key) ?? key;
  const [klaar, setKlaar] = useState(false);
  const [presenteren, setPresenteren] = useState(false);
  const [ids, setIds] = useState<string[]>([]);
  const [opties, setOpties] = useState<KlasOpties>(STANDAARD_OPTIES);
  const [meldingen, setMeldingenState] = useState<Melding[]>([]);

  // The link and the stored session exist only in the browser: read them once mounted.
  useEffect(() => {
    const uitLink = setMeldingen(location.search, groepen);
    const extra: Melding[] = [...uitLink.meldingen];
    if (vergeetOnbekendeSessie(new Set(bank.keys()))) extra.push({ id: 'verouderd', tekst: quizOpslagTeksten.verouderd });
    const opgeslagen = $klasSessie.get();
    setIds(uitLink.ids);
    setOpties(decodeKlasOpties(location.search));
    setMeldingenState(extra);
    // Resume the stored session unless the link asks for another set (or for one that is empty:
    // then the builder shows why, with the stored session offered above it).
    setPresenteren(!!opgeslagen && (!uitLink.gevraagd || zelfde(opgeslagen.ids, uitLink.ids)));
    if (opgeslagen && !uitLink.gevraagd) {
      setIds(opgeslagen.ids);
      setOpties({ timer: opgeslagen.timer, tweedeStemming: opgeslagen.tweedeStemming });
    }
    setKlaar(true);
  }, []);

  // Keep the address bar in step with the set, so it can be bookmarked or shared.
  const query = ids.length ? encodeKlasLink(ids, opties) : '';
  useEffect(() => {
    if (klaar) history.replaceState(history.state, '', `${location.pathname}${query}`);
  }, [klaar, query]);

  // Leaving the presenter (stopped here or in another tab) shows the builder again.
  useEffect(() => {
    if (klaar && sessie === null) setPresenteren(false);
  }, [sessie, klaar]);

  if (!klaar) return null;

  const start = (setIds_: readonly string[], o: KlasOpties) => {
    startPresentatie(setIds_, o);
    setMeldingenState([]);
    setPresenteren(true);
  };
  // The printouts follow the set on screen (or the running session's set).
  const afdruk = (presenteren && sessie ? sessie.ids : ids).flatMap((id) => bank.get(id) ?? []);
  const stop = () => {
    if (confirm(t.stoppenVraag)) stopPresentatie();
  };

  return (
    <div class="quiz-klas">
      {presenteren && sessie ? (
        <Presentatie
          sessie={sessie}
          bank={bank}
          groepLabel={groepLabel}
          onStop={stop}
          onOpnieuw={() => start(sessie.ids, { timer: sessie.timer, tweedeStemming: sessie.tweedeStemming })}
          onNieuweSet={() => {
            setIds(sessie.ids);
            setOpties({ timer: sessie.timer, tweedeStemming: sessie.tweedeStemming });
            stopPresentatie();
          }}
        />
      ) : (
        <div class="klas-pagina">
          <p class="klas-terug">
            <a href={thuis}>{t.terugNaarSite}</a>
          </p>
          <h1>{t.titel}</h1>
          <Meldingen
            keys={[KLAS_KEY]}
            sluiten={zelfTeksten.meldingSluiten}
            extra={meldingen}
            onSluitExtra={(id) => setMeldingenState((m) => m.filter((x) => x.id !== id))}
          />
          <Bouwer
            stellingen={stellingen}
            groepen={groepen}
            ids={ids}
            opties={opties}
            link={`${location.origin}${location.pathname}${query}`}
            onWijzig={(nieuw, o) => {
              setIds(nieuw);
              setOpties(o);
            }}
            onStart={() => start(ids, opties)}
            lopend={sessie}
            onHervat={() => setPresenteren(true)}
            onVerwerp={stopPresentatie}
          />
        </div>
      )}
      <Afdrukken stellingen={afdruk} groepLabel={groepLabel} />
    </div>
  );
}
