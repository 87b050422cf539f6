/**
 * Process entry points of the distributed mode, used by the CLI:
 * `runWorkers` (stage workers), `runScheduler` (feed schedulers reconciler) and
 * `tailOutput` (a consumer of the output queue that prints each document).
 * Each checks Redis' eviction policy at start and closes in order on SIGTERM/SIGINT.
 */
import { Queue, Worker } from 'bullmq';
import type { Logger } from 'pino';
import type { WirewatchConfig } from '../config/schema.js';
import type { ArticleDocument } from '../pipeline/output.js';
import { openDb } from '../runtime/db.js';
import { SqliteFeedRegistry } from '../feeds/registry.js';
import { SqliteWatchStore } from '../runtime/alerts/watch-store.js';
import { publishOperatorWatches } from './watches.js';
import { checkRedisRequirements, createWorkerConnection } from './connection.js';
import { createWorkerContext } from './context.js';
import { DEDUP_GLOBAL_CONCURRENCY, DEFAULT_PREFIX, QUEUE, type StageName } from './queues.js';
import { reconcileSchedulers, SchedulerLoop, type ReconcileResult } from './scheduler.js';
import { requeueFailedJobs } from './requeue.js';
import { PromMetrics } from '../runtime/metrics-prom.js';
import { LivenessWatch } from './liveness.js';
import { startMetricsServer } from './metrics-server.js';
import { startStageWorkers } from './stage-workers.js';
import { untilSignal } from '../runtime/signals.js';

/** Worker metrics are for a local scraper or a sidecar; expose them further with a proxy. */
const METRICS_HOST = '127.0.0.1';

/** Work waiting and nothing completed for this long means a stuck worker. */
const DEFAULT_LIVENESS_TIMEOUT_MS = 10 * 60_000;
const LIVENESS_CHECK_EVERY_MS = 30_000;

/** How often the scheduler re-checks that every feed has exactly one scheduler. */
const RECONCILE_EVERY_MS = 60_000;

export interface WorkerProcessOptions {
  stages: StageName[];
  concurrency: number;
  /** Exit (for the supervisor to restart us) when work waits and nothing completed this long. */
  livenessTimeoutMs?: number;
  /** Serve this process's Prometheus metrics on 127.0.0.1 at this port (0: a free one). */
  metricsPort?: number;
  lockDurationMs?: number;
  stalledIntervalMs?: number;
}

export async function runWorkers(config: WirewatchConfig, redisUrl: string, options: WorkerProcessOptions, logger: Logger): Promise<void> {
  // What a rendered page tried to reach around the policy: the pages and the refusal's code.
  const ctx = createWorkerContext(config, redisUrl, {
    onBrowserRefused: (refusal) => logger.warn({ target: refusal.target, code: refusal.code, pages: refusal.pages }, 'browser connection refused'),
  });
  try {
    const aof = await checkRedisRequirements(ctx.redis);
    if (aof.appendonly !== 'yes') logger.warn('Redis runs without AOF: a crash may lose queued jobs (recommended: appendonly yes, appendfsync everysec)');
    await ctx.queues.dedup.setGlobalConcurrency(DEDUP_GLOBAL_CONCURRENCY);
    const metrics = options.metricsPort !== undefined ? new PromMetrics() : null;
    const metricsServer = metrics ? await startMetricsServer(metrics, { port: options.metricsPort ?? 0, host: METRICS_HOST }) : null;
    if (metricsServer) logger.info({ port: metricsServer.port }, 'metrics on /metrics');
    const cpuThreads = config.crawler.cpuThreads;
    const workers = await startStageWorkers(ctx, { ...options, logger, ...(cpuThreads ? { cpuThreads } : {}), ...(metrics ? { metrics } : {}) });
    const liveness = new LivenessWatch(
      workers.workers,
      options.stages.map((stage) => ctx.queues[stage]),
      {
        timeoutMs: options.livenessTimeoutMs ?? DEFAULT_LIVENESS_TIMEOUT_MS,
        checkEveryMs: LIVENESS_CHECK_EVERY_MS,
        onStuck: (idleMs) => {
          logger.fatal({ idleMs }, 'no job completed while work is waiting: exiting so the supervisor restarts this worker');
          process.exit(1);
        },
      },
    );
    liveness.start();
    logger.info({ stages: options.stages, concurrency: options.concurrency, cpuThreads: workers.cpuThreads }, 'workers started');
    process.send?.({ type: 'ready', ...(metricsServer ? { metricsPort: metricsServer.port } : {}) });
    const signal = await untilSignal();
    logger.info({ signal }, 'closing workers: finishing in-flight jobs');
    liveness.stop();
    await workers.close();
    await metricsServer?.close();
  } finally {
    await ctx.close();
  }
}

export async function runScheduler(
  config: WirewatchConfig,
  redisUrl: string,
  logger: Logger,
  options: { once?: boolean; reconcileEveryMs?: number } = {},
): Promise<void> {
  const ctx = createWorkerContext(config, redisUrl);
  // The feed registry (config-file feeds plus operator-added ones) lives in the data directory of
  // the scheduler's machine; it is read at every reconcile, so adds, pauses and removals apply within a minute.
  const db = openDb(config.dataDir);
  try {
    const registry = new SqliteFeedRegistry(db, config.feeds);
    // Operator watches live beside the operator feeds and reach the workers through Redis at each reconcile.
    const watches = new SqliteWatchStore(db, config.watches);
    const operatorWatches = () =>
      watches
        .entries()
        .filter((e) => e.origin === 'operator' && !e.shadowed)
        .map((e) => e.watch);
    await checkRedisRequirements(ctx.redis);
    await ctx.queues.dedup.setGlobalConcurrency(DEDUP_GLOBAL_CONCURRENCY);
    // Each reconcile also puts back the page jobs that failed for a reason that may pass (workers/requeue.ts).
    const stageQueues = [ctx.queues.fetch, ctx.queues.extract, ctx.queues.dedup, ctx.queues.claims];
    const reconcile = async (): Promise<ReconcileResult> => {
      await publishOperatorWatches(ctx.redis, ctx.prefix, operatorWatches());
      const result = await reconcileSchedulers(ctx.queues.poll, registry.list(), ctx.feedState);
      const requeue = await requeueFailedJobs(stageQueues, ctx.redis, ctx.prefix);
      if (requeue.requeued > 0 || requeue.gaveUp > 0) logger.warn(requeue, 'failed page jobs put back to wait (requeued) or left failed (gaveUp)');
      return result;
    };
    const loop = new SchedulerLoop(reconcile, {
      intervalMs: options.reconcileEveryMs ?? RECONCILE_EVERY_MS,
      onResult: (r) => logger.info(r, 'schedulers reconciled'),
      onError: (err) => logger.error({ err: err.message }, 'reconcile failed'),
    });
    const first = await loop.start();
    process.stdout.write(
      `schedulers: ${first.created.length} created, ${first.updated.length} updated, ${first.removed.length} removed, ${first.unchanged} unchanged\n`,
    );
    if (!options.once) await untilSignal();
    await loop.close();
  } finally {
    await ctx.close();
    db.close();
  }
}

/** Prints each output document as one JSON line; `peek` lists waiting ones without consuming. */
export async function tailOutput(redisUrl: string, options: { peek: boolean; prefix?: string }, write: (doc: ArticleDocument) => void): Promise<void> {
  const prefix = options.prefix ?? DEFAULT_PREFIX;
  const connection = createWorkerConnection(redisUrl);
  try {
    if (options.peek) {
      const queue = new Queue<ArticleDocument>(QUEUE.output, { connection, prefix });
      for (const job of await queue.getJobs(['waiting', 'delayed', 'prioritized'], 0, -1, true)) write(job.data);
      await queue.close();
      return;
    }
    const worker = new Worker<ArticleDocument>(QUEUE.output, async (job) => write(job.data), { connection, prefix });
    worker.on('error', () => undefined);
    await untilSignal();
    await worker.close();
  } finally {
    connection.disconnect();
  }
}
