/**
 * The distributed mode's alert outbox: a BullMQ queue with one job per alert
 * key and channel (deterministic job id, so a document step run again adds
 * nothing while the job exists) and a "delivered" marker per key and channel
 * that outlives the job, set right after the receiver accepted it. A worker
 * killed after that mark leaves a stalled job that the next worker completes
 * without sending; one killed before it sends again, with the same
 * Idempotency-Key, as the embedded outbox does after a restart.
 */
import { createHash } from 'node:crypto';
import { Queue, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { AlertsConfig } from '../config/schema.js';
import { errorCode, errorKind } from '../pipeline/errors.js';
import type { ArticleDocument } from '../pipeline/output.js';
import { alertsOf, type Alert } from '../pipeline/watches/index.js';
import { channelsOf, deliverAlert, retryDelayMs, type AlertChannel } from '../runtime/alerts/deliver.js';
import type { MetricsRecorder } from '../runtime/metrics.js';
import { createWorkerConnection } from './connection.js';
import { stageProcessor } from './error-mapping.js';
import { ALERT_QUEUE, type AlertJob } from './queues.js';
import type { RedisWatches } from './watches.js';
import { PermanentError } from '../pipeline/errors.js';

/** How long "delivered" is remembered: longer than any retry or re-crawl window. */
const DELIVERED_MARKER_TTL_SECS = 30 * 24 * 3600;
/** The backoff type of alert jobs: retryDelayMs, the embedded outbox's schedule. */
const ALERT_BACKOFF = 'wirewatch-alert';
const ALERT_CONCURRENCY = 4;

function alertJobId(key: string, channel: AlertChannel): string {
  return `alert-${createHash('sha256').update(`${channel}\n${key}`).digest('hex').slice(0, 32)}`;
}

export class AlertQueue {
  readonly queue: Queue<AlertJob>;
  readonly #watches: RedisWatches;
  readonly #config: AlertsConfig;

  constructor(connection: Redis, prefix: string, watches: RedisWatches, config: AlertsConfig) {
    this.queue = new Queue<AlertJob>(ALERT_QUEUE, {
      connection,
      prefix,
      defaultJobOptions: {
        attempts: config.maxAttempts,
        backoff: { type: ALERT_BACKOFF },
        removeOnComplete: { age: 24 * 3600, count: 10_000 },
        removeOnFail: { age: 30 * 24 * 3600, count: 10_000 },
      },
    });
    this.#watches = watches;
    this.#config = config;
  }

  /** Adds the document's alerts, one job per channel its watch delivers to; safe to call again for the same document. */
  async enqueue(doc: ArticleDocument): Promise<number> {
    let added = 0;
    for (const alert of alertsOf(doc)) {
      const watch = await this.#watches.watch(alert.watchId);
      if (!watch) continue;
      for (const channel of channelsOf(watch)) {
        await this.queue.add('alert', { alert, channel }, { jobId: alertJobId(alert.key, channel) });
        added++;
      }
    }
    return added;
  }

  get config(): AlertsConfig {
    return this.#config;
  }
}

export interface AlertWorkerOptions {
  redisUrl: string;
  prefix: string;
  state: Redis;
  watches: RedisWatches;
  config: AlertsConfig;
  digestDir: string;
  logger: Logger;
  metrics?: MetricsRecorder;
  lockDurationMs?: number;
  stalledIntervalMs?: number;
}

/** Delivers alert jobs; each job sends its alert unless the marker says it was delivered. */
export function startAlertWorker(options: AlertWorkerOptions): { worker: Worker<AlertJob>; close(): Promise<void> } {
  const { state, prefix, config, metrics, logger } = options;
  const marker = (alert: Alert, channel: AlertChannel) => `${prefix}:alert-delivered:${channel}:${alert.key}`;
  const process = stageProcessor<AlertJob, { delivered: boolean }>(async (job: Job<AlertJob>) => {
    const { alert, channel } = job.data;
    if ((await state.exists(marker(alert, channel))) === 1) return { delivered: false };
    const attempt = job.attemptsMade + 1;
    try {
      const watch = await options.watches.watch(alert.watchId);
      if (!watch) throw new PermanentError('WATCH_UNKNOWN', `watch "${alert.watchId}" was removed`);
      await deliverAlert(alert, watch, channel, { config, digestDir: options.digestDir, attempt });
    } catch (err) {
      const final = errorKind(err) === 'permanent' || attempt >= config.maxAttempts;
      metrics?.alertDelivery?.(channel, final ? 'failed' : 'retry', errorCode(err));
      throw err;
    }
    await state.set(marker(alert, channel), '1', 'EX', DELIVERED_MARKER_TTL_SECS);
    metrics?.alertDelivery?.(channel, 'delivered');
    return { delivered: true };
  });
  const connection = createWorkerConnection(options.redisUrl);
  const worker = new Worker<AlertJob>(ALERT_QUEUE, process, {
    connection,
    prefix,
    concurrency: ALERT_CONCURRENCY,
    settings: { backoffStrategy: (attemptsMade: number) => retryDelayMs(attemptsMade, config) },
    ...(options.lockDurationMs !== undefined ? { lockDuration: options.lockDurationMs } : {}),
    ...(options.stalledIntervalMs !== undefined ? { stalledInterval: options.stalledIntervalMs } : {}),
  });
  worker.on('error', (err) => logger.error({ err: err.message }, 'alert worker error'));
  worker.on('failed', (job, err) => logger.warn({ key: job?.data.alert.key, channel: job?.data.channel, reason: err.message }, 'alert delivery failed'));
  return {
    worker,
    async close() {
      await worker.close().catch((err: Error) => logger.error({ err: err.message }, 'alert worker close failed'));
      connection.disconnect();
    },
  };
}
