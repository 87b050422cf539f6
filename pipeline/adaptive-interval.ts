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
