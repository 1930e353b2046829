// The classroom session as a small state machine. Per statement the trainer steps
// through phases: statement → (countdown) → first vote → verdict → (second vote → shift),
// or, in peer-instruction order, the second vote before the verdict. Every function
// returns a new session; the store persists it, so a reload resumes where it was.
// The session's shape, a fresh session and the check of a stored one are in
// ./klas-sessie (re-exported here), so the page can load them without the machine.
import { EMPTY_TALLY, type Tally } from './tally';
import type { Oordeel } from './types';
import { NIEUWE_RONDE, TIMERS, type Fase, type KlasSessie, type Ronde } from './klas-sessie';

export * from './klas-sessie';

/** The id of the statement on screen. */
export function huidigeId(s: KlasSessie): string {
  return s.ids[s.index] ?? '';
}

/** The round of the statement on screen (a fresh one if it was never shown). */
export function huidigeRonde(s: KlasSessie): Ronde {
  return s.rondes[huidigeId(s)] ?? NIEUWE_RONDE;
}

/** The phase on screen, or "einde" for the end screen. */
export function huidigeFase(s: KlasSessie): Fase | 'einde' {
  return s.einde ? 'einde' : huidigeRonde(s).fase;
}

/** The phases this statement goes through, given the session's options and what happened. */
export function fasePad(s: KlasSessie, ronde: Ronde = huidigeRonde(s)): Fase[] {
  const pad: Fase[] = ['stelling'];
  if (s.timer > 0) pad.push('aftellen');
  pad.push('stemmen');
  if (s.tweedeStemming === 'voor-oordeel') {
    pad.push('herstemmen', 'oordeel');
  } else {
    pad.push('oordeel');
    if (s.tweedeStemming === 'na-oordeel' || ronde.tweede) pad.push('herstemmen', 'verschuiving');
  }
  return pad;
}

function metRonde(s: KlasSessie, ronde: Ronde, extra: Partial<KlasSessie> = {}): KlasSessie {
  return { ...s, ...extra, rondes: { ...s.rondes, [huidigeId(s)]: ronde } };
}

/** Enters a phase of the current statement, with what that phase sets up. */
function naarFase(s: KlasSessie, fase: Fase, now: number): KlasSessie {
  const ronde = huidigeRonde(s);
  const next: Ronde = { ...ronde, fase };
  if (fase === 'oordeel' || fase === 'verschuiving')
    next.onthuld = ronde.onthuld || fase === 'oordeel';
  if (fase === 'herstemmen' && !next.tweede) next.tweede = { ...EMPTY_TALLY };
  return metRonde(s, next, { aftellenTot: fase === 'aftellen' ? now + s.timer * 1000 : null });
}

/** Shows statement `index`; past the last one is the end screen. A countdown left running starts over. */
export function goToStelling(s: KlasSessie, index: number, now: number): KlasSessie {
  if (index >= s.ids.length) return { ...s, einde: true, aftellenTot: null };
  const target = Math.max(0, Math.trunc(index));
  const moved: KlasSessie = { ...s, index: target, einde: false, aftellenTot: null };
  const ronde = moved.rondes[huidigeId(moved)];
  if (!ronde) return metRonde(moved, { ...NIEUWE_RONDE });
  if (ronde.fase === 'aftellen') return naarFase(moved, s.timer > 0 ? 'aftellen' : 'stemmen', now);
  return moved;
}

/** Space, Enter, PageDown: the next phase, or the next statement after the last phase. */
export function nextFase(s: KlasSessie, now: number): KlasSessie {
  if (s.einde) return s;
  const pad = fasePad(s);
  const at = pad.indexOf(huidigeRonde(s).fase);
  const next = at === -1 ? 'stemmen' : pad[at + 1];
  return next ? naarFase(s, next, now) : goToStelling(s, s.index + 1, now);
}

/** PageUp: one phase back (skipping the countdown), or the previous statement from its first phase. */
export function previousFase(s: KlasSessie, now: number): KlasSessie {
  if (s.einde) return { ...s, einde: false };
  const fase = huidigeRonde(s).fase;
  if (fase === 'aftellen') return naarFase(s, 'stelling', now);
  const pad = fasePad(s).filter((f) => f !== 'aftellen');
  const at = pad.indexOf(fase);
  if (at > 0) return naarFase(s, pad[at - 1]!, now);
  return s.index > 0 ? goToStelling(s, s.index - 1, now) : s;
}

/** H: start a second vote on the spot (after the verdict, or before it in peer-instruction order). */
export function startRevote(s: KlasSessie, now: number): KlasSessie {
  const fase = huidigeFase(s);
  const mag = s.tweedeStemming === 'voor-oordeel' ? fase === 'stemmen' : fase === 'oordeel';
  return mag ? naarFase(s, 'herstemmen', now) : s;
}

/** Which tally the keys and buttons change in this phase, if any. */
export function activeTally(s: KlasSessie): 'eerste' | 'tweede' | undefined {
  const fase = huidigeFase(s);
  if (fase === 'stemmen') return 'eerste';
  if (fase === 'herstemmen') return 'tweede';
  return undefined;
}

/** Changes the tally of the current vote; outside a voting phase nothing changes. */
export function changeTally(s: KlasSessie, change: (t: Tally) => Tally): KlasSessie {
  const welke = activeTally(s);
  if (!welke) return s;
  const ronde = huidigeRonde(s);
  return metRonde(s, { ...ronde, [welke]: change(ronde[welke] ?? EMPTY_TALLY) });
}

/** T: the next countdown length (off → 30 → 60 → 90 → off); a running countdown follows. */
export function toggleTimer(s: KlasSessie, now: number): KlasSessie {
  const timer = TIMERS[(TIMERS.indexOf(s.timer) + 1) % TIMERS.length]!;
  const next = { ...s, timer };
  if (huidigeFase(s) !== 'aftellen') return next;
  return naarFase(next, timer > 0 ? 'aftellen' : 'stemmen', now);
}

/** Whole seconds left on the countdown (0 when it has run out or none runs). */
export function secondsLeft(s: KlasSessie, now: number): number {
  return s.aftellenTot === null ? 0 : Math.max(0, Math.ceil((s.aftellenTot - now) / 1000));
}

/** One line of the end screen and the CSV export. */
export interface KlasResultaat {
  nummer: number;
  id: string;
  oordeel: Oordeel | undefined;
  eerste: Tally | undefined;
  tweede: Tally | undefined;
}

/** Every statement of the session with its votes (undefined when it was never voted on). */
export function klasResultaten(
  s: KlasSessie,
  oordeelVan: (id: string) => Oordeel | undefined,
): KlasResultaat[] {
  return s.ids.map((id, i) => {
    const ronde = s.rondes[id];
    const voorbijStemmen =
      ronde !== undefined && ronde.fase !== 'stelling' && ronde.fase !== 'aftellen';
    const gestemd =
      voorbijStemmen || (ronde !== undefined && ronde.eerste.waar + ronde.eerste.misvatting > 0);
    return {
      nummer: i + 1,
      id,
      oordeel: oordeelVan(id),
      eerste: gestemd ? ronde?.eerste : undefined,
      tweede: ronde?.tweede,
    };
  });
}
