// The classroom link: the set plus the trainer's settings, so a prepared link opens
// exactly as it was made: `?set=a,b,c&timer=60&tweede=na-oordeel`.
import {
  TIMERS,
  TWEEDE_STEMMING,
  type KlasOpties,
  type Timer,
  type TweedeStemming,
} from './klas-session';
import { encodeQuizSet } from './ids';

export const STANDAARD_OPTIES: KlasOpties = { timer: 0, tweedeStemming: 'uit' };

/** Query string for a set with its settings; defaults are left out to keep the link short. */
export function encodeKlasLink(ids: readonly string[], opties: KlasOpties): string {
  let query = encodeQuizSet(ids);
  if (opties.timer !== STANDAARD_OPTIES.timer) query += `&timer=${opties.timer}`;
  if (opties.tweedeStemming !== STANDAARD_OPTIES.tweedeStemming)
    query += `&tweede=${opties.tweedeStemming}`;
  return query;
}

/** Settings from a query string; unknown values fall back to the defaults. */
export function decodeKlasOpties(search: string): KlasOpties {
  const params = new URLSearchParams(search);
  const timer = Number(params.get('timer'));
  const tweede = params.get('tweede');
  return {
    timer: TIMERS.includes(timer as Timer) ? (timer as Timer) : STANDAARD_OPTIES.timer,
    tweedeStemming: TWEEDE_STEMMING.includes(tweede as TweedeStemming)
      ? (tweede as TweedeStemming)
      : STANDAARD_OPTIES.tweedeStemming,
  };
}
