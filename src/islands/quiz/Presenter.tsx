// The presenter: one statement at a time in huge type, its phases driven by keys,
// a clicker, mouse or touch; a live region says what changed; "?" lists the keys.
// Loaded when a session starts or resumes; the end screen loads when it is reached.
import type { ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import {
  currentPhase,
  currentRound,
  klasResults,
  secondsLeft,
  type KlasSession,
} from '@/lib/quiz/presenter';
import { tallyShift } from '@/lib/quiz/tally';
import { oordeelLabel, whyText } from '@/strings/quiz';
import { presenterStrings as t } from '@/strings/quiz-klas-presenter';
import { Bars } from './Bars';
import {
  revote,
  applyCardTally,
  chooseSide,
  moveStelling,
  addToTally,
  switchTimer,
  typeTallyDigit,
  stepForward,
  stepBack,
} from './controls';
import { once } from '@/lib/browser/once';
import { Loaded } from './Loaded';
import type { EndProps } from './End';
import type { Stellingenbank } from './data';
import { $tallySide } from '@/stores/quiz-klas';
import { TallyInput, keepFocus } from './TallyInput';

interface Props {
  sessie: KlasSession;
  bank: Stellingenbank;
  groupLabel: (key: string) => string;
  onStop: () => void;
  /** The end screen (the island loads it when it is reached). */
  End: ComponentType<EndProps>;
  /** Prints the end screen. */
  onDrukOverzicht: () => void;
  onOpnieuw: () => void;
  onNieuweSet: () => void;
}

// Scanning answer cards: its code (camera, preview, the reader's worker) loads only when
// the trainer starts scanning or checks the camera.
const loadScanner = once(() => import('./CardScanner').then((m) => m.CardScanner));

/** Keys a presentation clicker sends: they never bring back the hidden controls. */
const CLICKER = new Set(['PageDown', 'PageUp', 'b', 'B', '.', 'F5', 'Escape']);

/** Id of the keys overlay rendered by the page. */
export const HELP_ID = 'quiz-klas-sneltoetsen';

/** True when a key press belongs to a form field and must be left alone. */
function inVeld(el: EventTarget | null): boolean {
  return (
    el instanceof HTMLElement && (el.isContentEditable || !!el.closest('input, textarea, select'))
  );
}

/** Effective colour theme of the page (set by the site's theme or the OS). */
function isDark(): boolean {
  const thema = document.documentElement.dataset.theme;
  return thema ? thema === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
}

export function Presenter({
  sessie,
  bank,
  groupLabel,
  onStop,
  End,
  onDrukOverzicht,
  onOpnieuw,
  onNieuweSet,
}: Props) {
  const stelling = bank.get(sessie.ids[sessie.index]!)!;
  const kant = useStore($tallySide);
  const fase = currentPhase(sessie);
  const ronde = currentRound(sessie);
  const positie = t.positie(sessie.index + 1, sessie.ids.length);
  // The "?" overlay is static, so the page renders it (klas.astro); the island only opens it.
  const hulp = useRef<HTMLDialogElement | null>(null);
  const podium = useRef<HTMLDivElement>(null);
  const [nu, setNu] = useState(Date.now());
  const [volledig, setVolledig] = useState(false);
  const [donker, setDonker] = useState(false);
  const [melding, setMelding] = useState('');
  // Scanning stays on for the session once started: the camera runs in every vote and
  // stops between votes. The camera check shows the camera outside a vote.
  const [scannen, setScannen] = useState(false);
  const [controle, setControle] = useState(false);
  // B or "." blanks the screen, as in every presentation program.
  const [zwart, setZwart] = useState(false);
  const zwartNu = useRef(false);
  zwartNu.current = zwart;
  // In full screen the controls hide until the mouse moves or a key other than a clicker's is pressed.
  const [rust, setRust] = useState(false);

  // Focus the stage on start, so Space and Enter drive the phases straight away.
  useEffect(() => {
    hulp.current = document.getElementById(HELP_ID) as HTMLDialogElement | null;
    podium.current?.focus();
    setDonker(isDark());
  }, []);

  // Say what is on screen after each step.
  useEffect(() => {
    setMelding(fase === 'einde' ? t.eindeKop : t.aankondiging(positie, t.faseNaam[fase]));
  }, [sessie.index, fase]);

  // The countdown ticks while it runs; at zero it says so once.
  const over = fase === 'aftellen' ? secondsLeft(sessie, nu) : 0;
  useEffect(() => {
    if (fase !== 'aftellen') return;
    const timer = setInterval(() => setNu(Date.now()), 250);
    return () => clearInterval(timer);
  }, [fase, sessie.aftellenTot]);
  useEffect(() => {
    if (fase === 'aftellen' && over === 0 && sessie.aftellenTot !== null) setMelding(t.tijdOm);
  }, [fase, over === 0]);

  useEffect(() => {
    const bijWissel = () => setVolledig(!!document.fullscreenElement);
    document.addEventListener('fullscreenchange', bijWissel);
    return () => document.removeEventListener('fullscreenchange', bijWissel);
  }, []);

  useEffect(() => {
    if (!volledig) return setRust(false);
    let timer: ReturnType<typeof setTimeout>;
    const wakker = () => {
      setRust(false);
      clearTimeout(timer);
      timer = setTimeout(() => setRust(true), 2500);
    };
    const toets = (e: KeyboardEvent) => !CLICKER.has(e.key) && wakker();
    wakker();
    document.addEventListener('mousemove', wakker);
    document.addEventListener('keydown', toets);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('mousemove', wakker);
      document.removeEventListener('keydown', toets);
    };
  }, [volledig]);

  function toggleFullscreen() {
    const klaar = () => {};
    if (document.fullscreenElement) document.exitFullscreen?.().catch(klaar);
    else document.documentElement.requestFullscreen?.().catch(klaar);
  }

  function toggleTheme() {
    const volgende = !donker;
    // For this screen only: the visitor's stored site theme stays as it is.
    document.documentElement.dataset.theme = volgende ? 'dark' : 'light';
    setDonker(volgende);
  }

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || inVeld(e.target)) return;
      if (hulp.current?.open) return; // the dialog handles its own keys (Esc closes it)
      const onControl = e.target instanceof HTMLElement && !!e.target.closest('button, a, summary');
      // A blank screen comes back with any key, without also taking a step.
      if (zwartNu.current && e.key !== 'Shift') {
        setZwart(false);
        e.preventDefault();
        return;
      }
      switch (e.key) {
        case 'b':
        case 'B':
        case '.':
          setZwart(true);
          break;
        case ' ':
        case 'Enter':
          if (onControl) return; // a focused button or link does its own thing
          stepForward();
          break;
        case 'PageDown':
          stepForward();
          break;
        case 'PageUp':
          stepBack();
          break;
        case 'ArrowRight':
          moveStelling(1);
          break;
        case 'ArrowLeft':
          moveStelling(-1);
          break;
        case 'w':
        case 'W':
          chooseSide('waar');
          break;
        case 'm':
        case 'M':
          chooseSide('misvatting');
          break;
        case '+':
        case '=':
          addToTally(1);
          break;
        case '-':
        case '_':
          addToTally(-1);
          break;
        case 't':
        case 'T':
          switchTimer();
          break;
        case 'h':
        case 'H':
          revote();
          break;
        case 'f':
        case 'F':
          toggleFullscreen();
          break;
        case '?':
          hulp.current?.showModal();
          break;
        default:
          if (!/^[0-9]$/.test(e.key)) return;
          typeTallyDigit(Number(e.key));
      }
      e.preventDefault();
    }
    document.addEventListener('keydown', onKey);
    // Marks that the keys work from now on (the presenter mounts after hydration;
    // a clicker press before this moment would be lost). Tests wait for it too.
    document.body.dataset.quizPresenterToetsen = '';
    return () => {
      document.removeEventListener('keydown', onKey);
      delete document.body.dataset.quizPresenterToetsen;
    };
  }, []);

  const showOordeel = fase === 'oordeel' || fase === 'verschuiving';
  const stemmend = fase === 'stemmen' || fase === 'herstemmen';
  // The vote the cards count for: the statement and which of its votes.
  const stemming = `${sessie.ids[sessie.index]}:${fase === 'herstemmen' ? 'tweede' : 'eerste'}`;
  const magHerstemmen =
    sessie.tweedeStemming === 'voor-oordeel'
      ? fase === 'stemmen'
      : fase === 'oordeel' && !ronde.tweede;
  const verschuiving = ronde.tweede
    ? tallyShift(ronde.eerste, ronde.tweede, stelling.oordeel)
    : undefined;

  if (fase === 'einde') {
    return (
      <div class="quiz-presenter" data-fase={fase} data-rust={volledig && rust ? '' : undefined}>
        {zwart && (
          <div class="quiz-presenter__zwart" aria-hidden="true" onClick={() => setZwart(false)} />
        )}
        <End
          kop={t.eindeKop}
          rijen={klasResults(sessie, (id) => bank.get(id)?.oordeel)}
          gestart={sessie.gestart}
          bank={bank}
          onPrint={onDrukOverzicht}
          onTerug={() => moveStelling(-1)}
          onOpnieuw={onOpnieuw}
          onNieuweSet={onNieuweSet}
        />
        <p class="visually-hidden" aria-live="polite">
          {melding}
        </p>
      </div>
    );
  }

  return (
    <div class="quiz-presenter" data-fase={fase} data-rust={volledig && rust ? '' : undefined}>
      {zwart && (
        <div class="quiz-presenter__zwart" aria-hidden="true" onClick={() => setZwart(false)} />
      )}
      <div
        class="quiz-presenter__podium"
        ref={podium}
        tabIndex={-1}
        aria-labelledby="quiz-presenter-positie quiz-presenter-stelling"
      >
        <h1 id="quiz-presenter-positie" class="quiz-presenter__positie">
          {positie} <span class="quiz-presenter__fase">· {t.faseNaam[fase]}</span>
        </h1>
        <p id="quiz-presenter-stelling" class="quiz-presenter__stelling">
          {stelling.stelling}
        </p>

        {fase === 'aftellen' && (
          <p
            class="quiz-presenter__aftellen"
            role="timer"
            aria-label={over === 0 ? t.tijdOm : t.tijdOver(over)}
          >
            {over === 0
              ? t.tijdOm
              : `${Math.floor(over / 60)}:${String(over % 60).padStart(2, '0')}`}
          </p>
        )}

        {fase === 'stemmen' && <TallyInput tally={ronde.eerste} actief={kant} kop={t.handen} />}
        {fase === 'herstemmen' && (
          <TallyInput
            tally={ronde.tweede ?? { waar: 0, misvatting: 0 }}
            actief={kant}
            kop={t.tweedeStemming}
            eerste={ronde.eerste}
          />
        )}

        {((scannen && stemmend) || (controle && !stemmend)) && (
          <Loaded
            load={loadScanner}
            render={(CardScanner) =>
              stemmend ? (
                <CardScanner key={stemming} stemming={stemming} onTally={applyCardTally} />
              ) : (
                <CardScanner key="controle" stemming={null} />
              )
            }
          />
        )}

        {showOordeel && (
          <div class="quiz-presenter__uitkomst">
            <div class={`quiz-presenter__oordeel oordeel--${stelling.oordeel}`}>
              <p class="quiz-presenter__verdict">{oordeelLabel[stelling.oordeel]}</p>
              <p class="quiz-presenter__uitleg">{stelling.uitleg}</p>
              {stelling.waaromGeloofd && (
                <p class="quiz-presenter__waarom">
                  <strong>{whyText}</strong> {stelling.waaromGeloofd}
                </p>
              )}
              <p class="quiz-presenter__bron">
                {t.bron}:{' '}
                <a href={stelling.href}>{`${groupLabel(stelling.groep)}, ${stelling.bron}`}</a>
              </p>
            </div>
            <div class="quiz-presenter__stemmen">
              <div class="quiz-presenter__balken">
                <Bars tally={ronde.eerste} kop={t.eersteStemming} />
                {ronde.tweede && <Bars tally={ronde.tweede} kop={t.tweedeStemming} />}
              </div>
              {verschuiving?.verschil !== undefined && (
                <p class="quiz-presenter__verschuiving">
                  {t.verschuiving(verschuiving.voor!, verschuiving.na!)} (
                  {t.verschil(verschuiving.verschil)})
                </p>
              )}
            </div>
          </div>
        )}
      </div>

      <nav class="quiz-presenter__besturing" aria-label={t.besturing}>
        <button
          type="button"
          class="button"
          onMouseDown={keepFocus}
          onClick={() => moveStelling(-1)}
          disabled={sessie.index === 0}
        >
          ← {t.vorigeStelling}
        </button>
        <button type="button" class="button" onMouseDown={keepFocus} onClick={stepBack}>
          {t.vorigeStap}
        </button>
        <button
          type="button"
          class="button button--primary"
          onMouseDown={keepFocus}
          onClick={stepForward}
        >
          {t.volgendeStap}
        </button>
        <button
          type="button"
          class="button"
          onMouseDown={keepFocus}
          onClick={() => moveStelling(1)}
        >
          {sessie.index === sessie.ids.length - 1 ? t.naarEinde : t.volgendeStelling} →
        </button>
        {magHerstemmen && (
          <button type="button" class="button" onMouseDown={keepFocus} onClick={revote}>
            {t.herstemming} <kbd>H</kbd>
          </button>
        )}
        <button type="button" class="button" onMouseDown={keepFocus} onClick={switchTimer}>
          {t.timer(sessie.timer)} <kbd>T</kbd>
        </button>
        <button
          type="button"
          class="button"
          onMouseDown={keepFocus}
          onClick={toggleFullscreen}
          aria-pressed={volledig}
        >
          {t.volledigScherm} <kbd>F</kbd>
        </button>
        <button type="button" class="button" onMouseDown={keepFocus} onClick={toggleTheme}>
          {t.thema(donker)}
        </button>
        <button type="button" class="button" onClick={() => hulp.current?.showModal()}>
          {t.sneltoetsen} <kbd>?</kbd>
        </button>
        <button
          type="button"
          class="button"
          onMouseDown={keepFocus}
          onClick={() => {
            setScannen((aan) => !aan);
            setControle(false);
          }}
          aria-pressed={scannen}
        >
          {t.kaartenScannen}
        </button>
        {!stemmend && (
          <button
            type="button"
            class="button"
            onMouseDown={keepFocus}
            onClick={() => setControle((aan) => !aan)}
            aria-pressed={controle}
          >
            {t.cameraControleren}
          </button>
        )}
        <button type="button" class="button" onClick={onStop}>
          {t.stoppen}
        </button>
      </nav>

      <p class="visually-hidden" aria-live="polite">
        {melding}
      </p>
    </div>
  );
}
