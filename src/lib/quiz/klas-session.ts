// A classroom session as it is stored: its shape, a fresh one, and the check of a
// stored one. What the island needs before the presenter shows (the store, the set
// builder's settings); the state machine that steps through it is in ./presenter.
import { isIsoDate, isRecord } from '../storage/versioned';
import { isStellingId, SET_MAX } from './ids';
import { EMPTY_TALLY, isTally, type Tally } from './tally-shape';

/** Phases of one statement on the projector. */
export type Phase = 'stelling' | 'aftellen' | 'stemmen' | 'herstemmen' | 'oordeel' | 'verschuiving';
export const PHASES: readonly Phase[] = [
  'stelling',
  'aftellen',
  'stemmen',
  'herstemmen',
  'oordeel',
  'verschuiving',
];

/** When a second vote happens: never by default, after the verdict (the order), or before it (peer instruction). */
export type SecondVote = 'uit' | 'na-oordeel' | 'voor-oordeel';
export const SECOND_VOTE: readonly SecondVote[] = ['uit', 'na-oordeel', 'voor-oordeel'];

/** Countdown lengths in seconds; 0 is off. */
export const TIMERS = [0, 30, 60, 90] as const;
export type Timer = (typeof TIMERS)[number];

/** What happened with one statement. */
export interface Round {
  /** The phase this statement is in (or was in when the trainer moved on). */
  fase: Phase;
  eerste: Tally;
  /** Present once a second vote has started. */
  tweede?: Tally;
  /** True once the verdict has been shown. */
  onthuld: boolean;
}

export interface KlasSession {
  /** Statement ids in the order shown. */
  ids: string[];
  /** Index into `ids` of the statement on screen. */
  index: number;
  /** True on the end screen. */
  einde: boolean;
  /** Rounds of the statements visited so far, by id. */
  rondes: Record<string, Round>;
  timer: Timer;
  tweedeStemming: SecondVote;
  /** When the running countdown ends (epoch ms), or null. */
  aftellenTot: number | null;
  /** When the session started (ISO date-time). */
  gestart: string;
}

export interface KlasOptions {
  timer: Timer;
  tweedeStemming: SecondVote;
}

/** A statement that has just come on screen. */
export const NEW_ROUND: Round = { fase: 'stelling', eerste: EMPTY_TALLY, onthuld: false };

/** A fresh session over `ids` (which must not be empty). */
export function startKlasSession(
  ids: readonly string[],
  options: KlasOptions,
  now: Date,
): KlasSession {
  const first = ids[0];
  return {
    ids: [...ids],
    index: 0,
    einde: false,
    rondes: first === undefined ? {} : { [first]: { ...NEW_ROUND } },
    timer: options.timer,
    tweedeStemming: options.tweedeStemming,
    aftellenTot: null,
    gestart: now.toISOString(),
  };
}

function validateRound(value: unknown): Round | undefined {
  if (!isRecord(value)) return undefined;
  const { fase, eerste, tweede, onthuld } = value;
  if (!PHASES.includes(fase as Phase) || !isTally(eerste) || typeof onthuld !== 'boolean')
    return undefined;
  if (tweede !== undefined && !isTally(tweede)) return undefined;
  const ronde: Round = { fase: fase as Phase, eerste: { ...eerste }, onthuld };
  if (tweede) ronde.tweede = { ...tweede };
  return ronde;
}

/** Checks a stored session; returns a clean copy, or undefined when anything is off. */
export function validateKlasSession(value: unknown): KlasSession | undefined {
  if (!isRecord(value)) return undefined;
  const { ids, index, einde, rondes, timer, tweedeStemming, aftellenTot, gestart } = value;
  if (!Array.isArray(ids) || ids.length === 0 || ids.length > SET_MAX || !ids.every(isStellingId))
    return undefined;
  if (new Set(ids).size !== ids.length) return undefined;
  if (!Number.isInteger(index) || (index as number) < 0 || (index as number) >= ids.length)
    return undefined;
  if (typeof einde !== 'boolean' || !isRecord(rondes)) return undefined;
  if (!TIMERS.includes(timer as Timer) || !SECOND_VOTE.includes(tweedeStemming as SecondVote))
    return undefined;
  if (aftellenTot !== null && !(typeof aftellenTot === 'number' && Number.isFinite(aftellenTot)))
    return undefined;
  if (!isIsoDate(gestart)) return undefined;
  const clean: Record<string, Round> = {};
  for (const [id, raw] of Object.entries(rondes)) {
    const ronde = validateRound(raw);
    if (!ronde || !ids.includes(id)) return undefined;
    clean[id] = ronde;
  }
  return {
    ids: [...(ids as string[])],
    index: index as number,
    einde,
    rondes: clean,
    timer: timer as Timer,
    tweedeStemming: tweedeStemming as SecondVote,
    aftellenTot: aftellenTot as number | null,
    gestart,
  };
}
