/**
 * Starts BullMQ Workers for the chosen stages in this process. Every worker
 * listens to 'error' (an unhandled one would crash the process) and logs
 * failures with their code. `close()` lets in-flight jobs finish.
 *
 * A process that runs both fetch and extract extracts its own fetched pages
 * (one queue hop less per page: measured in BENCHMARKS.md, Pipeline); its
 * extract worker still takes pages that fetch-only processes queue.
 */
import { Worker, type Processor, type WorkerOptions } from 'bullmq';
import type { Logger } from 'pino';
import { createWorkerConnection } from './connection.js';
import type { WorkerContext } from './context.js';
import { CpuPool, defaultCpuThreads } from '../embedded/cpu-pool.js';
import type { MetricsRecorder } from '../embedded/metrics.js';
import { instrumentProcessor, recordStage } from './metrics-stage.js';
import { createClaimsProcessor } from './processors/claims.js';
import { createDedupProcessor } from './processors/dedup.js';
import { createExtractProcessor, extractAndForward } from './processors/extract.js';
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

/**
 * The extract stage called from this process's fetch jobs. Its items and
 * durations are recorded under `extract` as if it had been a job of its own.
 */
function extractHere(ctx: WorkerContext, pool: CpuPool, metrics: MetricsRecorder | undefined): ExtractHere {
  return (origin, page, html) => {
    const run = () => extractAndForward(ctx, pool, origin, page, { html });
    return metrics ? recordStage(metrics, 'extract', run) : run();
  };
}

/** Starts the CPU pool (when a CPU stage runs here) and waits until its threads are loaded, then the workers. */
export async function startStageWorkers(ctx: WorkerContext, options: StageWorkerOptions): Promise<StageWorkers> {
  const needsPool = options.stages.includes('extract') || options.stages.includes('claims');
  const pool = needsPool ? new CpuPool({ threads: options.cpuThreads ?? Math.min(options.concurrency, defaultCpuThreads()) }) : null;
  // Loading the pipeline in each thread takes seconds: pay it before taking jobs, not while holding their locks.
  await pool?.warm();
  const processors: Record<StageName, () => Processor> = {
    poll: () => createPollProcessor(ctx) as Processor,
    fetch: () => createFetchProcessor(ctx, options.stages.includes('extract') ? extractHere(ctx, pool as CpuPool, options.metrics) : undefined) as Processor,
    extract: () => createExtractProcessor(ctx, pool as CpuPool) as Processor,
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
