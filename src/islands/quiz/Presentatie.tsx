// The presenter: one statement at a time in huge type, its phases driven by keys,
// a clicker, mouse or touch; a live region says what changed; "?" lists the keys.
// Loaded when a session starts or resumes; the end screen loads when it is reached.
import type { ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { huidigeFase, huidigeRonde, klasResultaten, secondenOver, type KlasSessie } from '@/lib/quiz/presenter';
import { tallyShift } from '@/lib/quiz/tally';
import { oordeelLabel, waaromTekst } from '@/strings/quiz';
import { presentatieTeksten as t } from '@/strings/quiz-klas-presentatie';
import { Balken } from './Balken';
import { herstemming, kiesKant, naarStelling, telBij, timerWisselen, typCijfer, volgende, vorige } from './bediening';
import type { EindeProps } from './Einde';
import type { Stellingenbank } from './gegevens';
import { $tellingKant } from '@/stores/quiz-klas';
import { TellingInvoer, houdFocus } from './TellingInvoer';

interface Props {
  sessie: KlasSessie;
  bank: Stellingenbank;
  groepLabel: (key: string) => string;
  onStop: () => void;
  /** The end screen (the island loads it when it is reached). */
  Einde: ComponentType<EindeProps>;
  /** Prints the end screen. */
  onDrukOverzicht: () => void;
  onOpnieuw: () => void;
  onNieuweSet: () => void;
}

/** Id of the keys overlay rendered by the page. */
export const HULP_ID = 'klas-sneltoetsen';

/** True when a key press belongs to a form field and must be left alone. */
function inVeld(el: EventTarget | null): boolean {
  return el instanceof HTMLElement && (el.isContentEditable || !!el.closest('input, textarea, select'));
}

/** Effective colour theme of the page (set by the site's theme or the OS). */
function isDonker(): boolean {
  const thema = document.documentElement.dataset.theme;
  return thema ? thema === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
}

export function Presentatie({ sessie, bank, groepLabel, onStop, Einde, onDrukOverzicht, onOpnieuw, onNieuweSet }: Props) {
  const stelling = bank.get(sessie.ids[sessie.index]!)!;
  const kant = useStore($tellingKant);
  const fase = huidigeFase(sessie);
  const ronde = huidigeRonde(sessie);
  const positie = t.positie(sessie.index + 1, sessie.ids.length);
  // The "?" overlay is static, so the page renders it (klas.astro); the island only opens it.
  const hulp = useRef<HTMLDialogElement | null>(null);
  const podium = useRef<HTMLDivElement>(null);
  const [nu, setNu] = useState(Date.now());
  const [volledig, setVolledig] = useState(false);
  const [donker, setDonker] = useState(false);
  const [melding, setMelding] = useState('');

  // Focus the stage on start, so Space and Enter drive the phases straight away.
  useEffect(() => {
    hulp.current = document.getElementById(HULP_ID) as HTMLDialogElement | null;
    podium.current?.focus();
    setDonker(isDonker());
  }, []);

  // Say what is on screen after each step.
  useEffect(() => {
    setMelding(fase === 'einde' ? t.eindeKop : t.aankondiging(positie, t.faseNaam[fase]));
  }, [sessie.index, fase]);

  // The countdown ticks while it runs; at zero it says so once.
  const over = fase === 'aftellen' ? secondenOver(sessie, nu) : 0;
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

  function wisselVolledigScherm() {
    const klaar = () => {};
    if (document.fullscreenElement) document.exitFullscreen?.().catch(klaar);
    else document.documentElement.requestFullscreen?.().catch(klaar);
  }

  function wisselThema() {
    const volgende = !donker;
    // For this screen only: the visitor's stored site theme stays as it is.
    document.documentElement.dataset.theme = volgende ? 'dark' : 'light';
    setDonker(volgende);
  }

  useEffect(() => {
    function opToets(e: KeyboardEvent) {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || inVeld(e.target)) return;
      if (hulp.current?.open) return; // the dialog handles its own keys (Esc closes it)
      const opBediening = e.target instanceof HTMLElement && !!e.target.closest('button, a, summary');
      switch (e.key) {
        case ' ':
        case 'Enter':
          if (opBediening) return; // a focused button or link does its own thing
          volgende();
          break;
        case 'PageDown':
          volgende();
          break;
        case 'PageUp':
          vorige();
          break;
        case 'ArrowRight':
          naarStelling(1);
          break;
        case 'ArrowLeft':
          naarStelling(-1);
          break;
        case 'w':
        case 'W':
          kiesKant('waar');
          break;
        case 'm':
        case 'M':
          kiesKant('misvatting');
          break;
        case '+':
        case '=':
          telBij(1);
          break;
        case '-':
        case '_':
          telBij(-1);
          break;
        case 't':
        case 'T':
          timerWisselen();
          break;
        case 'h':
        case 'H':
          herstemming();
          break;
        case 'f':
        case 'F':
          wisselVolledigScherm();
          break;
        case '?':
          hulp.current?.showModal();
          break;
        default:
          if (!/^[0-9]$/.test(e.key)) return;
          typCijfer(Number(e.key));
      }
      e.preventDefault();
    }
    document.addEventListener('keydown', opToets);
    // Marks that the keys work from now on (the presenter mounts after hydration;
    // a clicker press before this moment would be lost). Tests wait for it too.
    document.body.dataset.presenterToetsen = '';
    return () => {
      document.removeEventListener('keydown', opToets);
      delete document.body.dataset.presenterToetsen;
    };
  }, []);

  const toonOordeel = fase === 'oordeel' || fase === 'verschuiving';
  const magHerstemmen =
    sessie.tweedeStemming === 'voor-oordeel' ? fase === 'stemmen' : fase === 'oordeel' && !ronde.tweede;
  const verschuiving = ronde.tweede ? tallyShift(ronde.eerste, ronde.tweede, stelling.oordeel) : undefined;

  if (fase === 'einde') {
    return (
      <div class="presenter" data-fase={fase}>
        <Einde
          kop={t.eindeKop}
          rijen={klasResultaten(sessie, (id) => bank.get(id)?.oordeel)}
          gestart={sessie.gestart}
          bank={bank}
          onPrint={onDrukOverzicht}
          onTerug={() => naarStelling(-1)}
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
    <div class="presenter" data-fase={fase}>
      <div class="presenter__podium" ref={podium} tabIndex={-1} aria-labelledby="presenter-positie presenter-stelling">
        <h1 id="presenter-positie" class="presenter__positie">
          {positie} <span class="presenter__fase">· {t.faseNaam[fase]}</span>
        </h1>
        <p id="presenter-stelling" class="presenter__stelling">
          {stelling.stelling}
        </p>

        {fase === 'aftellen' && (
          <p class="presenter__aftellen" role="timer" aria-label={over === 0 ? t.tijdOm : t.tijdOver(over)}>
            {over === 0 ? t.tijdOm : `${Math.floor(over / 60)}:${String(over % 60).padStart(2, '0')}`}
          </p>
        )}

        {fase === 'stemmen' && <TellingInvoer tally={ronde.eerste} actief={kant} kop={t.handen} />}
        {fase === 'herstemmen' && (
          <TellingInvoer tally={ronde.tweede ?? { waar: 0, misvatting: 0 }} actief={kant} kop={t.tweedeStemming} eerste={ronde.eerste} />
        )}

        {toonOordeel && (
          <div class="presenter__uitkomst">
            <div class={`presenter__oordeel oordeel--${stelling.oordeel}`}>
              <p class="presenter__verdict">{oordeelLabel[stelling.oordeel]}</p>
              <p class="presenter__uitleg">{stelling.uitleg}</p>
              {stelling.waaromGeloofd && (
                <p class="presenter__waarom">
                  <strong>{waaromTekst}</strong> {stelling.waaromGeloofd}
                </p>
              )}
              <p class="presenter__bron">
                {t.bron}: <a href={stelling.href}>{`${groepLabel(stelling.groep)}, ${stelling.bron}`}</a>
              </p>
            </div>
            <div class="presenter__stemmen">
              <div class="presenter__balken">
                <Balken tally={ronde.eerste} kop={t.eersteStemming} />
                {ronde.tweede && <Balken tally={ronde.tweede} kop={t.tweedeStemming} />}
              </div>
              {verschuiving?.verschil !== undefined && (
                <p class="presenter__verschuiving">
                  {t.verschuiving(verschuiving.voor!, verschuiving.na!)} ({t.verschil(verschuiving.verschil)})
                </p>
              )}
            </div>
          </div>
        )}
      </div>

      <nav class="presenter__besturing" aria-label={t.besturing}>
        <button type="button" class="button" onMouseDown={houdFocus} onClick={() => naarStelling(-1)} disabled={sessie.index === 0}>
          ← {t.vorigeStelling}
        </button>
        <button type="button" class="button" onMouseDown={houdFocus} onClick={vorige}>
          {t.vorigeStap}
        </button>
        <button type="button" class="button button--primary" onMouseDown={houdFocus} onClick={volgende}>
          {t.volgendeStap}
        </button>
        <button type="button" class="button" onMouseDown={houdFocus} onClick={() => naarStelling(1)}>
          {sessie.index === sessie.ids.length - 1 ? t.naarEinde : t.volgendeStelling} →
        </button>
        {magHerstemmen && (
          <button type="button" class="button" onMouseDown={houdFocus} onClick={herstemming}>
            {t.herstemming} <kbd>H</kbd>
          </button>
        )}
        <button type="button" class="button" onMouseDown={houdFocus} onClick={timerWisselen}>
          {t.timer(sessie.timer)} <kbd>T</kbd>
        </button>
        <button type="button" class="button" onMouseDown={houdFocus} onClick={wisselVolledigScherm} aria-pressed={volledig}>
          {t.volledigScherm} <kbd>F</kbd>
        </button>
        <button type="button" class="button" onMouseDown={houdFocus} onClick={wisselThema}>
          {t.thema(donker)}
        </button>
        <button type="button" class="button" onClick={() => hulp.current?.showModal()}>
          {t.sneltoetsen} <kbd>?</kbd>
        </button>
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
