// Scanning answer cards in the presenter: the camera's live preview with a frame around
// every card read, how many cards were read and which are not seen yet, and the camera
// to use when there are several. Loaded only when the trainer starts scanning or checks
// the camera; the camera runs while this is on screen and stops when it goes.
import { useEffect, useRef, useState } from 'preact/hooks';
import { CameraError, listCameras, startScanner, type Camera, type CameraFault } from './scanner';
import {
  NO_CARD_VOTES,
  cardsNotSeen,
  countCardVotes,
  mergeReads,
  type CardVotes,
} from '@/lib/cards/votes';
import { CARD_COUNT } from '@/lib/cards/pattern';
import type { CardSighting } from '@/lib/cards/read';
import type { Tally } from '@/lib/quiz/tally-shape';
import { cardsStrings as t } from '@/strings/cards';
import '@/components/cards/scanner.css';

// What scanning remembers, in memory only (a reload forgets it): the card answers of the
// vote on screen, dropped as soon as another vote starts; the highest card number seen
// or given in this session (for "nog niet gezien"); and the camera chosen.
let huidig: { stemming: string; stemmen: CardVotes } = { stemming: '', stemmen: NO_CARD_VOTES };
let hoogste = 0;
let gekozen: string | undefined;

/** Forgets every card answer (a new session). */
export function forgetCards(): void {
  huidig = { stemming: '', stemmen: NO_CARD_VOTES };
  hoogste = 0;
}

export interface CardScannerProps {
  /** The vote the cards count for (statement id and which vote), or null for the camera check. */
  stemming: string | null;
  /** The cards' count went from `voor` to `na`: move the tally by the difference. */
  onTally?: (before: Tally, after: Tally) => void;
}

const COLOUR = { waar: '#1f9d4c', misvatting: '#d1242f' } as const;

function teken(
  canvas: HTMLCanvasElement | null,
  kaarten: CardSighting[],
  width: number,
  height: number,
) {
  if (!canvas) return;
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.clearRect(0, 0, width, height);
  const dik = Math.max(3, width / 200);
  ctx.lineWidth = dik;
  ctx.font = `700 ${Math.round(width / 28)}px system-ui, sans-serif`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (const k of kaarten) {
    const c = k.corners;
    ctx.strokeStyle = COLOUR[k.answer];
    ctx.beginPath();
    c.forEach((p, i) => (i ? ctx.lineTo(p.x, p.y) : ctx.moveTo(p.x, p.y)));
    ctx.closePath();
    ctx.stroke();
    const x = c.reduce((s, p) => s + p.x, 0) / c.length;
    const y = c.reduce((s, p) => s + p.y, 0) / c.length;
    const label = String(k.card);
    const w = ctx.measureText(label).width + dik * 4;
    ctx.fillStyle = COLOUR[k.answer];
    ctx.fillRect(x - w / 2, y - width / 40, w, width / 20);
    ctx.fillStyle = '#fff';
    ctx.fillText(label, x, y);
  }
}

export function CardScanner({ stemming, onTally }: CardScannerProps) {
  const video = useRef<HTMLVideoElement>(null);
  const overlay = useRef<HTMLCanvasElement>(null);
  const [fout, setFout] = useState<CameraFault | null>(null);
  const [loopt, setLoopt] = useState(false);
  const [camera, setCamera] = useState(gekozen);
  const [cameras, setCameras] = useState<Camera[]>([]);
  const [poging, setPoging] = useState(0);
  const [stemmen, setStemmen] = useState<CardVotes>(() =>
    stemming !== null && huidig.stemming === stemming ? huidig.stemmen : NO_CARD_VOTES,
  );
  const [inBeeld, setInBeeld] = useState<CardSighting[]>([]);
  const [tot, setTot] = useState(hoogste);
  const onTallyRef = useRef(onTally);
  onTallyRef.current = onTally;

  // Another vote: its cards start from nothing.
  useEffect(() => {
    if (stemming !== null && huidig.stemming !== stemming) {
      huidig = { stemming, stemmen: NO_CARD_VOTES };
      setStemmen(NO_CARD_VOTES);
    }
  }, [stemming]);

  useEffect(() => {
    const el = video.current;
    if (!el) return;
    let weg = false;
    let stop: (() => void) | undefined;
    setFout(null);
    setLoopt(false);
    startScanner({
      video: el,
      deviceId: camera,
      onSightings(kaarten, width, height) {
        teken(overlay.current, kaarten, width, height);
        setInBeeld(kaarten);
        const hoogsteNu = kaarten.reduce((m, k) => Math.max(m, k.card), hoogste);
        if (hoogsteNu !== hoogste) setTot((hoogste = hoogsteNu));
        if (stemming === null) return;
        const oud = huidig.stemming === stemming ? huidig.stemmen : NO_CARD_VOTES;
        const nieuw = mergeReads(oud, kaarten);
        if (nieuw === oud) return;
        huidig = { stemming, stemmen: nieuw };
        setStemmen(nieuw);
        onTallyRef.current?.(countCardVotes(oud), countCardVotes(nieuw));
      },
    }).then(
      (scanner) => {
        if (weg) return scanner.stop();
        stop = scanner.stop;
        setLoopt(true);
        listCameras().then(
          (lijst) => !weg && setCameras(lijst),
          () => {},
        );
      },
      (error: unknown) => {
        if (!weg) setFout(error instanceof CameraError ? error.fault : 'onbekend');
      },
    );
    return () => {
      weg = true;
      stop?.();
    };
  }, [camera, poging]);

  const gelezen = Object.keys(stemmen).length;
  const nietGezien = cardsNotSeen(stemmen, tot);
  return (
    <section
      class="quiz-card-scanner"
      aria-label={stemming === null ? t.cameraControleren : t.scannen}
    >
      {fout ? (
        <div class="quiz-melding quiz-card-scanner__fout" role="alert">
          <p>{t.fout[fout]}</p>
          {fout !== 'onveilig' && (
            <button type="button" class="button" onClick={() => setPoging((n) => n + 1)}>
              {t.opnieuw}
            </button>
          )}
        </div>
      ) : (
        <div class="quiz-card-scanner__beeld">
          <video ref={video} muted playsInline aria-label={t.beeld} />
          <canvas ref={overlay} aria-hidden="true" />
          {!loopt && <p class="quiz-card-scanner__start">{t.starten}</p>}
        </div>
      )}
      <div class="quiz-card-scanner__info">
        {stemming !== null ? (
          <p class="quiz-card-scanner__status" data-gelezen={gelezen}>
            <strong>{t.gelezen(gelezen)}</strong>
            {tot > 0 && (
              <span class="quiz-card-scanner__niet-gezien">
                {' · '}
                {nietGezien.length
                  ? `${t.nogNietGezien}: ${nietGezien.join(', ')}`
                  : t.iedereenGezien}
              </span>
            )}
          </p>
        ) : (
          <p class="quiz-card-scanner__status">
            <strong>{t.inBeeld(inBeeld.length)}</strong>
            {inBeeld.length > 0 &&
              `: ${inBeeld.map((k) => t.kaartAntwoord(k.card, k.answer)).join(', ')}`}
          </p>
        )}
        {cameras.length > 1 && (
          <label class="quiz-card-scanner__veld">
            {t.camera}{' '}
            <select
              value={camera ?? ''}
              onChange={(e) =>
                setCamera((gekozen = (e.target as HTMLSelectElement).value || undefined))
              }
            >
              <option value="">{t.cameraStandaard}</option>
              {cameras.map((c, i) => (
                <option key={c.deviceId} value={c.deviceId}>
                  {c.label || t.cameraNaam(i + 1)}
                </option>
              ))}
            </select>
          </label>
        )}
        <label class="quiz-card-scanner__veld">
          {t.hoogsteKaart}{' '}
          <input
            type="number"
            min={0}
            max={CARD_COUNT}
            value={tot || ''}
            onInput={(e) => {
              const n = Math.trunc(Number((e.target as HTMLInputElement).value));
              setTot((hoogste = Number.isFinite(n) ? Math.min(CARD_COUNT, Math.max(0, n)) : 0));
            }}
          />
        </label>
        {stemming === null && (
          <div class="quiz-card-scanner__hulp">
            <p>
              <strong>{t.opstellingKop}</strong>
            </p>
            <ul>
              {t.opstelling.map((regel) => (
                <li key={regel}>{regel}</li>
              ))}
            </ul>
          </div>
        )}
        <p class="quiz-card-scanner__privacy">{t.privacy}</p>
      </div>
    </section>
  );
}
