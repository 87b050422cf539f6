/**
 * Adaptive polling, after Media Cloud's rule: a poll that finds nothing new
 * stretches the interval, one that finds new items shrinks it, always within
 * [min, max]. A feed's own hint (RSS ttl, sy:updatePeriod) sets the floor.
 */

export const DEFAULT_MIN_INTERVAL_SECS = 10 * 60;
export const DEFAULT_MAX_INTERVAL_SECS = 24 * 3600;
/** Growth after a poll with nothing new; shrink after one with new items. */
const GROW_FACTOR = 1.5;
const SHRINK_FACTOR = 0.5;

export interface IntervalInput {
  currentSecs: number;
  newItems: number;
  /** The feed's ttl / update period, when it states one. */
  feedHintSecs?: number | null;
  minSecs?: number;
  maxSecs?: number;
}

export function nextIntervalSecs(input: IntervalInput): number {
  const minSecs = Math.max(input.minSecs ?? DEFAULT_MIN_INTERVAL_SECS, input.feedHintSecs ?? 0);
  const maxSecs = Math.max(minSecs, input.maxSecs ?? DEFAULT_MAX_INTERVAL_SECS);
  const factor = input.newItems > 0 ? SHRINK_FACTOR : GROW_FACTOR;
  return Math.round(Math.min(maxSecs, Math.max(minSecs, input.currentSecs * factor)));
}

/** A failing feed waits at most this many intervals before its next try. */
const MAX_FAILURE_BACKOFF_FACTOR = 16;
/** ... and never longer than a day (or its interval, when that is longer). */
const MAX_BACKOFF_SECS = 24 * 3600;

/** How a poll went, for the policy. */
export type PollResult =
  | { ok: true; newItems: number; feedHintSecs?: number | null }
  /** `failures`: consecutive failures including this one; `retryAfterSecs`: the feed's own Retry-After. */
  | { ok: false; failures: number; retryAfterSecs?: number | null };

/**
 * The one polling policy of both runtimes: the adaptive interval after a poll
 * that answered; after a failure the interval stays (stretched to a Retry-After
 * when longer) and the next try backs off exponentially, capped.
 * `configuredSecs`: the feed's configured interval, the start and, when shorter
 * than the default floor, the floor.
 */
export function nextPoll(
  at: Date,
  state: { intervalSecs: number | null },
  configuredSecs: number,
  result: PollResult,
): { intervalSecs: number; nextPollAt: string } {
  const currentSecs = state.intervalSecs ?? configuredSecs;
  const minSecs = Math.min(DEFAULT_MIN_INTERVAL_SECS, configuredSecs);
  let intervalSecs: number;
  let delaySecs: number;
  if (result.ok) {
    intervalSecs = nextIntervalSecs({ currentSecs, newItems: result.newItems, feedHintSecs: result.feedHintSecs ?? null, minSecs });
    delaySecs = intervalSecs;
  } else {
    intervalSecs = Math.max(currentSecs, result.retryAfterSecs ?? 0);
    const factor = Math.min(2 ** Math.max(0, result.failures), MAX_FAILURE_BACKOFF_FACTOR);
    delaySecs = Math.min(intervalSecs * factor, Math.max(intervalSecs, MAX_BACKOFF_SECS));
  }
  return { intervalSecs, nextPollAt: new Date(at.getTime() + delaySecs * 1000).toISOString() };
}
