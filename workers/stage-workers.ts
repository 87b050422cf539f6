/**
 * Starts BullMQ Workers for the chosen stages in this process. Every worker
 * listens to 'error' (an unhandled one would crash the process) and logs
 * failures with their code. `close()` lets in-flight jobs finish.
 *
 * A process that runs a stage and the one after it hands its results on
 * in-process instead of through the queue (workers/chain.ts): each hop saved is
 * a job written to Redis, moved and read back. Its workers of the later stages
 * still take the jobs that processes running fewer stages queue. A stage's
 * recorded duration includes the stages it ran here.
 */
import { Worker, type Processor, type WorkerOptions } from 'bullmq';
import type { Logger } from 'pino';
import { createWorkerConnection } from './connection.js';
import type { WorkerContext } from './context.js';
import { CpuPool, defaultCpuThreads } from '../runtime/cpu-pool.js';
import type { MetricsRecorder } from '../runtime/metrics.js';
import { instrumentProcessor, recordStage } from './metrics-stage.js';
import { tagOptionsFrom } from '../config/packs.js';
import { createChain, type ChainOutcome, type ChainStage } from '../pipeline/chain/index.js';
import { workerChainDeps, workerHop } from './chain.js';
import { createClaimsProcessor } from './processors/claims.js';
import { createDedupProcessor } from './processors/dedup.js';
import { createExtractProcessor } from './processors/extract.js';
import { createFetchProcessor } from './processors/fetch.js';
import { createPollProcessor } from './processors/poll.js';
import { QUEUE, type StageName } from './queues.js';
import { startAlertWorker } from './alerts.js';
import { digestDirOf } from '../runtime/alerts/digest.js';
import { MAX_STALLED_COUNT } from './requeue.js';

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

/** Starts the CPU pool (when a CPU stage runs here) and waits until its threads are loaded, then the workers. */
export async function startStageWorkers(ctx: WorkerContext, options: StageWorkerOptions): Promise<StageWorkers> {
  const runs = (stage: StageName): boolean => options.stages.includes(stage);
  const needsPool = runs('extract') || runs('claims');
  const pool = needsPool
    ? new CpuPool({
        threads: options.cpuThreads ?? Math.min(options.concurrency, defaultCpuThreads()),
        tagger: tagOptionsFrom(ctx.config),
        taskDeadlineMs: ctx.config.crawler.extractDeadlineMs,
        // Features and claims computed beside the parse serve only a dedup (and claims) run in this process.
        ahead: { features: runs('dedup'), claims: runs('dedup') && runs('claims') },
      })
    : null;
  // Loading the pipeline in each thread takes seconds: pay it before taking jobs, not while holding their locks.
  await pool?.warm();
  const { metrics } = options;
  const record = <R>(stage: ChainStage, run: () => Promise<R>): Promise<R> =>
    metrics && stage !== 'document' ? recordStage(metrics, stage, run, undefined, (outcome) => endedAt(stage, outcome as ChainOutcome)) : run();
  const here = (stage: ChainStage): boolean => (stage === 'dedup' ? runs('dedup') : stage === 'document' || (runs(stage) && pool !== null));
  const chain = createChain(workerChainDeps(ctx, pool), { hop: workerHop(ctx, here, record) });
  const processors: Record<StageName, () => Processor> = {
    poll: () => createPollProcessor(ctx) as Processor,
    fetch: () => createFetchProcessor(ctx, here('extract') ? (input) => record('extract', () => chain.extract(input)) : undefined) as Processor,
    extract: () => createExtractProcessor(chain) as Processor,
    dedup: () => createDedupProcessor(ctx) as Processor,
    claims: () => createClaimsProcessor(chain) as Processor,
  };
  const connections = options.stages.map(() => createWorkerConnection(ctx.redisUrl));
  const workerOpts: Omit<WorkerOptions, 'connection'> = {
    prefix: ctx.prefix,
    concurrency: options.concurrency,
    maxStalledCount: MAX_STALLED_COUNT,
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
  // Alerts are delivered where documents are published: beside the claims stage.
  const alertWorker = runs('claims')
    ? startAlertWorker({
        redisUrl: ctx.redisUrl,
        prefix: ctx.prefix,
        state: ctx.stateRedis,
        watches: ctx.watches,
        config: ctx.config.alerts,
        digestDir: digestDirOf(ctx.config),
        logger: options.logger,
        ...(options.metrics ? { metrics: options.metrics } : {}),
        ...(options.lockDurationMs !== undefined ? { lockDurationMs: options.lockDurationMs } : {}),
        ...(options.stalledIntervalMs !== undefined ? { stalledIntervalMs: options.stalledIntervalMs } : {}),
      })
    : null;
  return {
    workers,
    cpuThreads: pool?.threads ?? 0,
    async close() {
      // The stage workers are independent: closing them together lets each finish its in-flight jobs at once.
      await Promise.all([
        ...workers.map((worker) => worker.close().catch((err: Error) => options.logger.error({ err: err.message }, 'worker close failed'))),
        alertWorker?.close(),
      ]);
      await pool?.close().catch(() => undefined);
      for (const connection of connections) connection.disconnect();
    },
  };
}

/** True when the chain ended at `stage` itself (a page that is not an article, a URL variant already out): a skipped item of that stage. */
function endedAt(stage: ChainStage, outcome: ChainOutcome): boolean {
  return (stage === 'extract' && outcome.kind === 'skipped') || (stage === 'dedup' && outcome.kind === 'same_url');
}
