/**
 * Pages are not lost to stalls. In Redis the jobs themselves are the pending
 * state of a page: a fetch or extract job that ended failed for a reason that
 * may pass (it stalled: its worker died or hung holding it more than
 * MAX_STALLED_COUNT times; or it spent all its attempts on transient errors) is
 * put back to wait by the reconciler (`wirewatch scheduler`), at most
 * MAX_REQUEUES times. Its deterministic job id cannot block it, because the
 * same job is retried (Job.retry, atomic in Redis), not added again. Permanent
 * failures (UnrecoverableError, failed on an early attempt) stay failed.
 *
 * Operators see each requeue and each page given up in `<prefix>:requeued`
 * (per queue and reason), exported by the API's /metrics as
 * wirewatch_jobs_requeued, and the pages still failed in wirewatch_queue_jobs.
 */
import type { Job, Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { STAGE_JOB_OPTIONS } from './queues.js';

/**
 * Stalls a job survives before BullMQ fails it (BullMQ's default, set explicitly).
 * A stall is a worker that died or blocked its event loop past the lock; a job
 * that stalls twice in a row is most likely what kills its workers, so it fails
 * and waits for the reconciler, which gives it MAX_REQUEUES more runs (each ends
 * failed at its first stall, since Job.retry keeps the stall count). A poison
 * page thus costs at most MAX_STALLED_COUNT + 1 + MAX_REQUEUES worker deaths.
 */
export const MAX_STALLED_COUNT = 1;
/** Times the reconciler puts one failed job back. */
export const MAX_REQUEUES = 3;
/** Failed jobs of a queue looked at per reconcile (the oldest beyond wait for the next ones). */
export const REQUEUE_SCAN_JOBS = 1000;
/** BullMQ's failed reason for a job that stalled more than maxStalledCount times. */
export const STALLED_REASON = 'job stalled more than allowable limit';

export type RequeueReason = 'stalled' | 'retries_exhausted';

interface RequeueCounted {
  requeues?: number;
  /** Set once the job has spent its requeues, so it is counted as given up once. */
  requeueGaveUp?: boolean;
}

/** Why a failed job may pass on another run; null for a permanent failure. */
export function requeueReason(job: Pick<Job, 'failedReason' | 'attemptsMade' | 'opts'>): RequeueReason | null {
  if (job.failedReason === STALLED_REASON) return 'stalled';
  const attempts = job.opts.attempts ?? STAGE_JOB_OPTIONS.attempts ?? 1;
  // A permanent error fails at once (UnrecoverableError), before the attempts run out.
  return job.attemptsMade >= attempts ? 'retries_exhausted' : null;
}

export interface RequeueResult {
  requeued: number;
  gaveUp: number;
}

/** The Redis hash counting requeues and pages given up, per `<queue>|<reason>` and `<queue>|gave_up`. */
export function requeueCounterKey(prefix: string): string {
  return `${prefix}:requeued`;
}

export async function requeueFailedJobs(queues: Queue[], redis: Redis, prefix: string): Promise<RequeueResult> {
  const result: RequeueResult = { requeued: 0, gaveUp: 0 };
  const counters = requeueCounterKey(prefix);
  for (const queue of queues) {
    for (const job of await queue.getFailed(0, REQUEUE_SCAN_JOBS - 1)) {
      const reason = requeueReason(job);
      if (reason === null) continue;
      const data = job.data as RequeueCounted;
      const requeues = data.requeues ?? 0;
      if (requeues >= MAX_REQUEUES) {
        if (!data.requeueGaveUp) {
          await job.updateData({ ...(job.data as object), requeueGaveUp: true });
          await redis.hincrby(counters, `${queue.name}|gave_up`, 1);
          result.gaveUp += 1;
        }
        continue;
      }
      await job.updateData({ ...(job.data as object), requeues: requeues + 1 });
      try {
        await job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
      } catch {
        // Removed or retried meanwhile (another reconciler, removeOnFail): nothing to put back.
        continue;
      }
      await redis.hincrby(counters, `${queue.name}|${reason}`, 1);
      result.requeued += 1;
    }
  }
  return result;
}

/** The counters of `requeueFailedJobs`, for /metrics. */
export async function readRequeueCounters(redis: Redis, prefix: string): Promise<Array<{ queue: string; reason: string; count: number }>> {
  const hash = await redis.hgetall(requeueCounterKey(prefix));
  return Object.entries(hash).map(([field, value]) => {
    const [queue = '', reason = ''] = field.split('|');
    return { queue, reason, count: Number(value) };
  });
}
