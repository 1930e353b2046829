// A classroom session as it is stored: its shape, a fresh one, and the check of a
// stored one. What the island needs before the presenter shows (the store, the set
// builder's settings); the state machine that steps through it is in ./presenter.
import { isIsoDate, isRecord } from '../storage/versioned';
import { isStellingId, SET_MAX } from './ids';
import { EMPTY_TALLY, isTally, type Tally } from './tally-shape';

/** Phases of one statement on the projector. */
export type Fase = 'stelling' | 'aftellen' | 'stemmen' | 'herstemmen' | 'oordeel' | 'verschuiving';
export const FASEN: readonly Fase[] = [
  'stelling',
  'aftellen',
  'stemmen',
  'herstemmen',
  'oordeel',
  'verschuiving',
];

/** When a second vote happens: never by default, after the verdict (the order), or before it (peer instruction). */
export type TweedeStemming = 'uit' | 'na-oordeel' | 'voor-oordeel';
export const TWEEDE_STEMMING: readonly TweedeStemming[] = ['uit', 'na-oordeel', 'voor-oordeel'];

/** Countdown lengths in seconds; 0 is off. */
export const TIMERS = [0, 30, 60, 90] as const;
export type Timer = (typeof TIMERS)[number];

/** What happened with one statement. */
export interface Ronde {
  /** The phase this statement is in (or was in when the trainer moved on). */
  fase: Fase;
  eerste: Tally;
  /** Present once a second vote has started. */
  tweede?: Tally;
  /** True once the verdict has been shown. */
  onthuld: boolean;
}

export interface KlasSessie {
  /** Statement ids in the order shown. */
  ids: string[];
  /** Index into `ids` of the statement on screen. */
  index: number;
  /** True on the end screen. */
  einde: boolean;
  /** Rounds of the statements visited so far, by id. */
  rondes: Record<string, Ronde>;
  timer: Timer;
  tweedeStemming: TweedeStemming;
  /** When the running countdown ends (epoch ms), or null. */
  aftellenTot: number | null;
  /** When the session started (ISO date-time). */
  gestart: string;
}

export interface KlasOpties {
  timer: Timer;
  tweedeStemming: TweedeStemming;
}

/** A statement that has just come on screen. */
export const NEW_ROUND: Ronde = { fase: 'stelling', eerste: EMPTY_TALLY, onthuld: false };

/** A fresh session over `ids` (which must not be empty). */
export function startKlasSessie(ids: readonly string[], opties: KlasOpties, now: Date): KlasSessie {
  const first = ids[0];
  return {
    ids: [...ids],
    index: 0,
    einde: false,
    rondes: first === undefined ? {} : { [first]: { ...NEW_ROUND } },
    timer: opties.timer,
    tweedeStemming: opties.tweedeStemming,
    aftellenTot: null,
    gestart: now.toISOString(),
  };
}

function validateRonde(value: unknown): Ronde | undefined {
  if (!isRecord(value)) return undefined;
  const { fase, eerste, tweede, onthuld } = value;
  if (!FASEN.includes(fase as Fase) || !isTally(eerste) || typeof onthuld !== 'boolean')
    return undefined;
  if (tweede !== undefined && !isTally(tweede)) return undefined;
  const ronde: Ronde = { fase: fase as Fase, eerste: { ...eerste }, onthuld };
  if (tweede) ronde.tweede = { ...tweede };
  return ronde;
}

/** Checks a stored session; returns a clean copy, or undefined when anything is off. */
export function validateKlasSessie(value: unknown): KlasSessie | undefined {
  if (!isRecord(value)) return undefined;
  const { ids, index, einde, rondes, timer, tweedeStemming, aftellenTot, gestart } = value;
  if (!Array.isArray(ids) || ids.length === 0 || ids.length > SET_MAX || !ids.every(isStellingId))
    return undefined;
  if (new Set(ids).size !== ids.length) return undefined;
  if (!Number.isInteger(index) || (index as number) < 0 || (index as number) >= ids.length)
    return undefined;
  if (typeof einde !== 'boolean' || !isRecord(rondes)) return undefined;
  if (
    !TIMERS.includes(timer as Timer) ||
    !TWEEDE_STEMMING.includes(tweedeStemming as TweedeStemming)
  )
    return undefined;
  if (aftellenTot !== null && !(typeof aftellenTot === 'number' && Number.isFinite(aftellenTot)))
    return undefined;
  if (!isIsoDate(gestart)) return undefined;
  const clean: Record<string, Ronde> = {};
  for (const [id, raw] of Object.entries(rondes)) {
    const ronde = validateRonde(raw);
    if (!ronde || !ids.includes(id)) return undefined;
    clean[id] = ronde;
  }
  return {
    ids: [...(ids as string[])],
    index: index as number,
    einde,
    rondes: clean,
    timer: timer as Timer,
    tweedeStemming: tweedeStemming as TweedeStemming,
    aftellenTot: aftellenTot as number | null,
    gestart,
  };
}
