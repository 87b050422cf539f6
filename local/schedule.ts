/**
 * When a feed is polled next. Failures back off exponentially (capped), so a
 * broken feed is retried but never hammered.
 */

/** A failing feed waits at most this many intervals before its next try. */
const MAX_FAILURE_BACKOFF_FACTOR = 16;
/** ... and never longer than a day. */
const MAX_BACKOFF_SECS = 24 * 3600;

export function nextPollAt(from: Date, pollIntervalSecs: number, consecutiveFailures: number): string {
  const factor = consecutiveFailures <= 0 ? 1 : Math.min(2 ** consecutiveFailures, MAX_FAILURE_BACKOFF_FACTOR);
  const delaySecs = Math.min(pollIntervalSecs * factor, Math.max(pollIntervalSecs, MAX_BACKOFF_SECS));
  return new Date(from.getTime() + delaySecs * 1000).toISOString();
}
