/**
 * Starts BullMQ Workers for the chosen stages in this process. Every worker
 * listens to 'error' (an unhandled one would crash the process) and logs
 * failures with their code. `close()` lets in-flight jobs finish.
 *
 * A process that runs a stage and the one after it hands its results to that
 * stage in-process instead of through its queue: fetch → extract → dedup →
 * claims, as far as the chain of stages run here goes. Each hop saved is a job
 * written to Redis, moved and read back (measured in BENCHMARKS.md, Pipeline).
 * Its workers of the later stages still take the jobs that processes running
 * fewer stages queue (a dedup job still queues its claims: dedup jobs run one
 * at a time over all workers). Exactly-once output does not depend on the hops: a job
 * run again re-runs dedup, which finds the same URL and text and publishes
 * only if that version is not out yet (processors/dedup.ts). A stage's recorded
 * duration includes the stages it ran here.
 */
import { Worker, type Processor, type WorkerOptions } from 'bullmq';
import type { Logger } from 'pino';
import { createWorkerConnection } from './connection.js';
import type { WorkerContext } from './context.js';
import { CpuPool, defaultCpuThreads } from '../runtime/cpu-pool.js';
import type { MetricsRecorder, MetricStage } from '../runtime/metrics.js';
import { instrumentProcessor, recordStage } from './metrics-stage.js';
import { claimAndPublish, createClaimsProcessor } from './processors/claims.js';
import { createDedupProcessor, dedupAndForward, type ClaimsHere } from './processors/dedup.js';
import { createExtractProcessor, extractAndForward, type DedupHere } from './processors/extract.js';
import { createFetchProcessor, type ExtractHere } from './processors/fetch.js';
import { createPollProcessor } from './processors/poll.js';
import { QUEUE, type StageName } from './queues.js';

export interface StageWorkerOptions {
  stages: StageName[];
  concurrency: number;
  /** Shrunk in tests to make stalled-job recovery fast; BullMQ defaults otherwise. */
  lockDurationMs?: number;
  stalledIntervalMs?: number;
  logger: Logger;
  /** Receives each job's outcome, duration, error code and host throttling; default: none. */
  metrics?: MetricsRecorder;
  /** Threads for extraction and claim tagging; default: one per core, at most `concurrency`. */
  cpuThreads?: number;
}

export interface StageWorkers {
  workers: Worker[];
  /** Threads of the CPU pool (0: no CPU stage runs here). */
  cpuThreads: number;
  close(): Promise<void>;
}

interface LocalStages {
  extractHere?: ExtractHere;
  dedupHere?: DedupHere;
}

/**
 * The stages this process calls directly from the stage before them. Each is
 * recorded under its own stage name, items and durations, as if it had been a
 * job of its own.
 */
function localStages(ctx: WorkerContext, pool: CpuPool | null, stages: StageName[], metrics: MetricsRecorder | undefined): LocalStages {
  const record = <R>(stage: MetricStage, run: () => Promise<R>): Promise<R> => (metrics ? recordStage(metrics, stage, run) : run());
  const runs = (stage: StageName): boolean => stages.includes(stage);
  const claimsHere: ClaimsHere | undefined =
    runs('claims') && pool ? (next, tagged) => record('claims', () => claimAndPublish(ctx, pool, next, tagged)) : undefined;
  const dedupHere: DedupHere | undefined = runs('dedup') ? (next, ahead) => record('dedup', () => dedupAndForward(ctx, next, ahead, claimsHere)) : undefined;
  const extractHere: ExtractHere | undefined =
    runs('extract') && pool ? (origin, page, source) => record('extract', () => extractAndForward(ctx, pool, origin, page, source, dedupHere)) : undefined;
  return { ...(extractHere ? { extractHere } : {}), ...(dedupHere ? { dedupHere } : {}) };
}

/** Starts the CPU pool (when a CPU stage runs here) and waits until its threads are loaded, then the workers. */
export async function startStageWorkers(ctx: WorkerContext, options: StageWorkerOptions): Promise<StageWorkers> {
  const needsPool = options.stages.includes('extract') || options.stages.includes('claims');
  const pool = needsPool ? new CpuPool({ threads: options.cpuThreads ?? Math.min(options.concurrency, defaultCpuThreads()) }) : null;
  // Loading the pipeline in each thread takes seconds: pay it before taking jobs, not while holding their locks.
  await pool?.warm();
  const here = localStages(ctx, pool, options.stages, options.metrics);
  const processors: Record<StageName, () => Processor> = {
    poll: () => createPollProcessor(ctx) as Processor,
    fetch: () => createFetchProcessor(ctx, here.extractHere) as Processor,
    extract: () => createExtractProcessor(ctx, pool as CpuPool, here.dedupHere) as Processor,
    // Jobs of the dedup queue run one at a time (queues.ts): tagging their claims here would serialize that too.
    dedup: () => createDedupProcessor(ctx) as Processor,
    claims: () => createClaimsProcessor(ctx, pool as CpuPool) as Processor,
  };
  const connections = options.stages.map(() => createWorkerConnection(ctx.redisUrl));
  const workerOpts: Omit<WorkerOptions, 'connection'> = {
    prefix: ctx.prefix,
    concurrency: options.concurrency,
    ...(options.lockDurationMs !== undefined ? { lockDuration: options.lockDurationMs } : {}),
    ...(options.stalledIntervalMs !== undefined ? { stalledInterval: options.stalledIntervalMs } : {}),
  };
  const workers = options.stages.map((stage, i) => {
    const processor = options.metrics ? instrumentProcessor(stage, processors[stage](), options.metrics) : processors[stage]();
    const worker = new Worker(QUEUE[stage], processor, { ...workerOpts, connection: connections[i] as NonNullable<(typeof connections)[number]> });
    worker.on('error', (err) => options.logger.error({ stage, err: err.message }, 'worker error'));
    worker.on('failed', (job, err) => options.logger.warn({ stage, jobId: job?.id, reason: err.message }, 'job failed'));
    return worker;
  });
  return {
    workers,
    cpuThreads: pool?.threads ?? 0,
    async close() {
      // The stage workers are independent: closing them together lets each finish its in-flight jobs at once.
      await Promise.all(workers.map((worker) => worker.close().catch((err: Error) => options.logger.error({ err: err.message }, 'worker close failed'))));
      await pool?.close().catch(() => undefined);
      for (const connection of connections) connection.disconnect();
    },
  };
}
