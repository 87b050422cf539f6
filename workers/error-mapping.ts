/**
 * The one place where our error kinds become BullMQ outcomes:
 * - RateLimitedError → the job is moved to delayed and `DelayedError` thrown, so
 *   no attempt is spent (after MAX_RATE_LIMIT_DELAYS it fails: RATE_LIMITED_EXHAUSTED);
 * - PermanentError → `UnrecoverableError`: failed at once, visible to operators;
 * - anything else → rethrown: BullMQ retries with backoff until attempts run out.
 * The failed reason always starts with the stable code, so operators can count it.
 */
import { DelayedError, UnrecoverableError, type Job } from 'bullmq';
import { errorCode, errorKind } from '../pipeline/errors.js';

/** A job delayed this often by rate limits fails instead of waiting forever. */
export const MAX_RATE_LIMIT_DELAYS = 20;

interface DelayCounted {
  rateLimitDelays?: number;
}

export async function rethrowForQueue(err: unknown, job: Job, token: string | undefined): Promise<never> {
  const code = errorCode(err);
  const message = err instanceof Error ? err.message : String(err);
  const kind = errorKind(err);
  if (kind === 'rate_limited') {
    const delays = ((job.data as DelayCounted).rateLimitDelays ?? 0) + 1;
    if (delays > MAX_RATE_LIMIT_DELAYS) throw new UnrecoverableError(`RATE_LIMITED_EXHAUSTED: ${message}`);
    const retryAfterMs = (err as { retryAfterMs?: number }).retryAfterMs ?? 1000;
    await job.updateData({ ...(job.data as object), rateLimitDelays: delays });
    await job.moveToDelayed(Date.now() + retryAfterMs, token);
    throw new DelayedError(`${code}: delayed ${retryAfterMs} ms`);
  }
  if (kind === 'permanent') throw new UnrecoverableError(`${code}: ${message}`);
  const wrapped = new Error(`${code}: ${message}`, { cause: err });
  throw wrapped;
}

/** Wraps a stage function as a BullMQ processor with the mapping above. */
export function stageProcessor<D, R>(run: (job: Job<D, R>) => Promise<R>): (job: Job<D, R>, token?: string) => Promise<R> {
  return async (job, token) => {
    try {
      return await run(job);
    } catch (err) {
      return rethrowForQueue(err, job as Job, token);
    }
  };
}

/** Puts a job back to wait `ms` (a busy host): no attempt is spent. */
export async function delayJob(job: Job, token: string | undefined, ms: number): Promise<never> {
  await job.moveToDelayed(Date.now() + ms, token);
  throw new DelayedError(`delayed ${ms} ms`);
}
