/**
 * What the runtimes report about their work, as a small port: the embedded
 * runner and the distributed stage workers call it, and whoever assembles the
 * process decides where the numbers go (Prometheus in `metrics-prom.ts`, or
 * nowhere). Nothing here holds state, so the pipeline stays free of globals.
 *
 * Stage names are one vocabulary for both modes: the distributed `poll` queue
 * is the `discover` stage, as in the embedded progress counters.
 */
export const METRIC_STAGES = ['discover', 'fetch', 'extract', 'dedup', 'claims', 'output'] as const;
export type MetricStage = (typeof METRIC_STAGES)[number];

/** done: passed on; skipped: left early by design (seen before, not an article); failed: an error with a code. */
export const STAGE_OUTCOMES = ['done', 'skipped', 'failed'] as const;
export type StageOutcome = (typeof STAGE_OUTCOMES)[number];

/**
 * wait: a request held back by the per-host limits (in flight, minimum delay);
 * rate_limit_pause: the host asked us to back off (429/503 Retry-After).
 */
export type ThrottleKind = 'wait' | 'rate_limit_pause';

export interface MetricsRecorder {
  /** One work item left `stage` with `outcome`. */
  stageItem(stage: MetricStage, outcome: StageOutcome): void;
  /** Wall time one item spent in `stage`. */
  stageDuration(stage: MetricStage, seconds: number): void;
  /** A failure with its stable code (`FETCH_TIMEOUT`, `SSRF_BLOCKED_ADDRESS`, ...). */
  error(stage: MetricStage, code: string): void;
  /** A request to `host` was throttled. */
  hostThrottled(host: string, kind: ThrottleKind): void;
  /** One delivery attempt of a watch alert (runtime/alerts): `code` is the failure's, absent when delivered. */
  alertDelivery?(channel: string, outcome: AlertOutcome, code?: string): void;
}

/** delivered: the receiver took it; retry: failed, tried again later; failed: failed for good. */
export const ALERT_OUTCOMES = ['delivered', 'retry', 'failed'] as const;
export type AlertOutcome = (typeof ALERT_OUTCOMES)[number];

/** Records nothing: the default when no recorder is injected. */
export const NOOP_METRICS: MetricsRecorder = {
  stageItem: () => undefined,
  stageDuration: () => undefined,
  error: () => undefined,
  hostThrottled: () => undefined,
};

/** Seconds since `startMs` (a `performance.now()` reading). */
export function secondsSince(startMs: number): number {
  return (performance.now() - startMs) / 1000;
}

/** The host of a URL for the throttle label, or "unknown" when it does not parse. */
export function hostOf(url: string | undefined): string {
  if (url === undefined) return 'unknown';
  try {
    return new URL(url).host.toLowerCase() || 'unknown';
  } catch {
    return 'unknown';
  }
}
