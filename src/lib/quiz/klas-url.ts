// The classroom link: the set plus the trainer's settings, so a prepared link opens
// exactly as it was made: `?set=a,b,c&timer=60&tweede=na-oordeel`.
import { TIMERS, SECOND_VOTE, type KlasOptions, type Timer, type SecondVote } from './klas-session';
import { encodeQuizSet } from './ids';

export const DEFAULT_OPTIONS: KlasOptions = { timer: 0, tweedeStemming: 'uit' };

/** Query string for a set with its settings; defaults are left out to keep the link short. */
export function encodeKlasLink(ids: readonly string[], options: KlasOptions): string {
  let query = encodeQuizSet(ids);
  if (options.timer !== DEFAULT_OPTIONS.timer) query += `&timer=${options.timer}`;
  if (options.tweedeStemming !== DEFAULT_OPTIONS.tweedeStemming)
    query += `&tweede=${options.tweedeStemming}`;
  return query;
}

/** Settings from a query string; unknown values fall back to the defaults. */
export function decodeKlasOptions(search: string): KlasOptions {
  const params = new URLSearchParams(search);
  const timer = Number(params.get('timer'));
  const tweede = params.get('tweede');
  return {
    timer: TIMERS.includes(timer as Timer) ? (timer as Timer) : DEFAULT_OPTIONS.timer,
    tweedeStemming: SECOND_VOTE.includes(tweede as SecondVote)
      ? (tweede as SecondVote)
      : DEFAULT_OPTIONS.tweedeStemming,
  };
}
