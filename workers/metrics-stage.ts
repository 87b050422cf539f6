/**
 * Records each stage job into the metrics port: outcome, duration, error code,
 * and per-host throttling. Wraps a processor without changing what it returns
 * or throws, so BullMQ sees exactly the same outcomes.
 *
 * Outcomes are read from what the processors already say: a result with
 * `skipped` (extract) or `status: 'same_url'` (dedup) is a skip; a
 * `DelayedError` is no outcome at all (the job comes back), but on the fetch
 * and poll stages it is a throttled request: "delayed N ms" is a busy host,
 * "<CODE>: delayed N ms" a host's Retry-After (see error-mapping.ts).
 */
import { DelayedError, type Job, type Processor } from 'bullmq';
import { hostOf, secondsSince, type MetricsRecorder, type MetricStage } from '../runtime/metrics.js';
import { errorCode } from '../pipeline/errors.js';
import type { StageName } from './queues.js';

/** The distributed poll queue is the discover stage of the embedded vocabulary. */
export const METRIC_STAGE_OF: Record<StageName, MetricStage> = { poll: 'discover', fetch: 'fetch', extract: 'extract', dedup: 'dedup', claims: 'claims' };

/** Failed reasons start with the stable code ("FETCH_TIMEOUT: ..."), as error-mapping.ts writes them. */
const CODE_PREFIX_RE = /^([A-Z][A-Z0-9_]+):/;

function codeOf(err: unknown): string {
  const code = errorCode(err);
  if (code !== 'INTERNAL') return code;
  const match = err instanceof Error ? CODE_PREFIX_RE.exec(err.message) : null;
  return match?.[1] ?? 'INTERNAL';
}

function skipped(result: unknown): boolean {
  if (typeof result !== 'object' || result === null) return false;
  return 'skipped' in result || (result as { status?: unknown }).status === 'same_url';
}

/** The URL a job is about, for the throttle's host label. */
function jobUrl(job: Job): string | undefined {
  const data = job.data as { entry?: { url?: string }; feed?: { url?: string } } | undefined;
  return data?.entry?.url ?? data?.feed?.url;
}

/**
 * Runs one item of a stage and records its outcome, duration and error code.
 * A DelayedError is no outcome (the job comes back): it goes to `onDelayed`.
 */
export async function recordStage<R>(
  metrics: MetricsRecorder,
  stage: MetricStage,
  run: () => Promise<R>,
  onDelayed: (err: Error) => void = () => undefined,
  isSkipped: (result: R) => boolean = skipped,
): Promise<R> {
  const startMs = performance.now();
  try {
    const result = await run();
    metrics.stageItem(stage, isSkipped(result) ? 'skipped' : 'done');
    metrics.stageDuration(stage, secondsSince(startMs));
    return result;
  } catch (err) {
    if (err instanceof DelayedError || (err as Error | undefined)?.name === 'DelayedError') {
      onDelayed(err as Error);
    } else {
      metrics.stageItem(stage, 'failed');
      metrics.stageDuration(stage, secondsSince(startMs));
      metrics.error(stage, codeOf(err));
    }
    throw err;
  }
}

export function instrumentProcessor(stageName: StageName, processor: Processor, metrics: MetricsRecorder): Processor {
  const stage = METRIC_STAGE_OF[stageName];
  return (job, token, signal) =>
    recordStage(
      metrics,
      stage,
      () => processor(job, token, signal) as Promise<unknown>,
      (err) => {
        const kind = CODE_PREFIX_RE.test(err.message) ? 'rate_limit_pause' : 'wait';
        metrics.hostThrottled(hostOf(jobUrl(job)), kind);
      },
    );
}
