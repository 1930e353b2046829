// The classroom session as a small state machine. Per statement the trainer steps
// through phases: statement → (countdown) → first vote → verdict → (second vote → shift),
// or, in peer-instruction order, the second vote before the verdict. Every function
// returns a new session; the store persists it, so a reload resumes where it was.
// The session's shape, a fresh session and the check of a stored one are in
// ./klas-session (re-exported here), so the page can load them without the machine.
import { EMPTY_TALLY, type Tally } from './tally';
import type { Oordeel } from './types';
import { NEW_ROUND, TIMERS, type Phase, type KlasSession, type Round } from './klas-session';

export * from './klas-session';

/** The id of the statement on screen. */
export function currentId(s: KlasSession): string {
  return s.ids[s.index] ?? '';
}

/** The round of the statement on screen (a fresh one if it was never shown). */
export function currentRound(s: KlasSession): Round {
  return s.rondes[currentId(s)] ?? NEW_ROUND;
}

/** The phase on screen, or "einde" for the end screen. */
export function currentPhase(s: KlasSession): Phase | 'einde' {
  return s.einde ? 'einde' : currentRound(s).fase;
}

/** The phases this statement goes through, given the session's options and what happened. */
export function phasePath(s: KlasSession, ronde: Round = currentRound(s)): Phase[] {
  const pad: Phase[] = ['stelling'];
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

function metRonde(s: KlasSession, ronde: Round, extra: Partial<KlasSession> = {}): KlasSession {
  return { ...s, ...extra, rondes: { ...s.rondes, [currentId(s)]: ronde } };
}

/** Enters a phase of the current statement, with what that phase sets up. */
function naarFase(s: KlasSession, fase: Phase, now: number): KlasSession {
  const ronde = currentRound(s);
  const next: Round = { ...ronde, fase };
  if (fase === 'oordeel' || fase === 'verschuiving')
    next.onthuld = ronde.onthuld || fase === 'oordeel';
  if (fase === 'herstemmen' && !next.tweede) next.tweede = { ...EMPTY_TALLY };
  return metRonde(s, next, { aftellenTot: fase === 'aftellen' ? now + s.timer * 1000 : null });
}

/** Shows statement `index`; past the last one is the end screen. A countdown left running starts over. */
export function goToStelling(s: KlasSession, index: number, now: number): KlasSession {
  if (index >= s.ids.length) return { ...s, einde: true, aftellenTot: null };
  const target = Math.max(0, Math.trunc(index));
  const moved: KlasSession = { ...s, index: target, einde: false, aftellenTot: null };
  const ronde = moved.rondes[currentId(moved)];
  if (!ronde) return metRonde(moved, { ...NEW_ROUND });
  if (ronde.fase === 'aftellen') return naarFase(moved, s.timer > 0 ? 'aftellen' : 'stemmen', now);
  return moved;
}

/** Space, Enter, PageDown: the next phase, or the next statement after the last phase. */
export function nextPhase(s: KlasSession, now: number): KlasSession {
  if (s.einde) return s;
  const pad = phasePath(s);
  const at = pad.indexOf(currentRound(s).fase);
  const next = at === -1 ? 'stemmen' : pad[at + 1];
  return next ? naarFase(s, next, now) : goToStelling(s, s.index + 1, now);
}

/** PageUp: one phase back (skipping the countdown), or the previous statement from its first phase. */
export function previousPhase(s: KlasSession, now: number): KlasSession {
  if (s.einde) return { ...s, einde: false };
  const fase = currentRound(s).fase;
  if (fase === 'aftellen') return naarFase(s, 'stelling', now);
  const pad = phasePath(s).filter((f) => f !== 'aftellen');
  const at = pad.indexOf(fase);
  if (at > 0) return naarFase(s, pad[at - 1]!, now);
  return s.index > 0 ? goToStelling(s, s.index - 1, now) : s;
}

/** H: start a second vote on the spot (after the verdict, or before it in peer-instruction order). */
export function startRevote(s: KlasSession, now: number): KlasSession {
  const fase = currentPhase(s);
  const mag = s.tweedeStemming === 'voor-oordeel' ? fase === 'stemmen' : fase === 'oordeel';
  return mag ? naarFase(s, 'herstemmen', now) : s;
}

/** Which tally the keys and buttons change in this phase, if any. */
export function activeTally(s: KlasSession): 'eerste' | 'tweede' | undefined {
  const fase = currentPhase(s);
  if (fase === 'stemmen') return 'eerste';
  if (fase === 'herstemmen') return 'tweede';
  return undefined;
}

/** Changes the tally of the current vote; outside a voting phase nothing changes. */
export function changeTally(s: KlasSession, change: (t: Tally) => Tally): KlasSession {
  const welke = activeTally(s);
  if (!welke) return s;
  const ronde = currentRound(s);
  return metRonde(s, { ...ronde, [welke]: change(ronde[welke] ?? EMPTY_TALLY) });
}

/** T: the next countdown length (off → 30 → 60 → 90 → off); a running countdown follows. */
export function toggleTimer(s: KlasSession, now: number): KlasSession {
  const timer = TIMERS[(TIMERS.indexOf(s.timer) + 1) % TIMERS.length]!;
  const next = { ...s, timer };
  if (currentPhase(s) !== 'aftellen') return next;
  return naarFase(next, timer > 0 ? 'aftellen' : 'stemmen', now);
}

/** Whole seconds left on the countdown (0 when it has run out or none runs). */
export function secondsLeft(s: KlasSession, now: number): number {
  return s.aftellenTot === null ? 0 : Math.max(0, Math.ceil((s.aftellenTot - now) / 1000));
}

/** One line of the end screen and the CSV export. */
export interface KlasResult {
  nummer: number;
  id: string;
  oordeel: Oordeel | undefined;
  eerste: Tally | undefined;
  tweede: Tally | undefined;
}

/** Every statement of the session with its votes (undefined when it was never voted on). */
export function klasResults(
  s: KlasSession,
  oordeelVan: (id: string) => Oordeel | undefined,
): KlasResult[] {
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
