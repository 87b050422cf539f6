/**
 * Starts BullMQ Workers for the chosen stages in this process. Every worker
 * listens to 'error' (an unhandled one would crash the process) and logs
 * failures with their code. `close()` lets in-flight jobs finish.
 */
import { Worker, type Processor, type WorkerOptions } from 'bullmq';
import type { Logger } from 'pino';
import { createWorkerConnection } from './connection.js';
import type { WorkerContext } from './context.js';
import { ExtractPool } from './extract-pool.js';
import type { MetricsRecorder } from '../embedded/metrics.js';
import { instrumentProcessor } from './metrics-stage.js';
import { createClaimsProcessor } from './processors/claims.js';
import { createDedupProcessor } from './processors/dedup.js';
import { createExtractProcessor } from './processors/extract.js';
import { createFetchProcessor } from './processors/fetch.js';
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
}

export interface StageWorkers {
  workers: Worker[];
  close(): Promise<void>;
}

export function startStageWorkers(ctx: WorkerContext, options: StageWorkerOptions): StageWorkers {
  const pool = options.stages.includes('extract') ? new ExtractPool({ threads: options.concurrency }) : null;
  const processors: Record<StageName, () => Processor> = {
    poll: () => createPollProcessor(ctx) as Processor,
    fetch: () => createFetchProcessor(ctx) as Processor,
    extract: () => createExtractProcessor(ctx, pool as ExtractPool) as Processor,
    dedup: () => createDedupProcessor(ctx) as Processor,
    claims: () => createClaimsProcessor(ctx) as Processor,
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
    async close() {
      // The stage workers are independent: closing them together lets each finish its in-flight jobs at once.
      await Promise.all(workers.map((worker) => worker.close().catch((err: Error) => options.logger.error({ err: err.message }, 'worker close failed'))));
      await pool?.close().catch(() => undefined);
      for (const connection of connections) connection.disconnect();
    },
  };
}
