/**
 * Watching the distributed mode's queues from the API process: job counts per
 * queue and state for `/metrics`, and Bull Board (a web UI over the same
 * queues) as a Fastify plugin for `/queues`. Opens its own producer
 * connection: a scrape or a page view while Redis is down answers at once
 * with an error instead of hanging.
 */
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import { Queue } from 'bullmq';
import type { FastifyPluginCallback } from 'fastify';
import type { AlertTotals } from '../runtime/alerts/totals.js';
import { QUEUE_DEPTH_STATES, type JobRequeues, type QueueDepth } from '../runtime/metrics-prom.js';
import { readRequeueCounters } from './requeue.js';
import { createProducerConnection } from './connection.js';
import { ALERT_QUEUE, DEFAULT_PREFIX, QUEUE } from './queues.js';

export interface QueueMonitor {
  /** Counts of every wirewatch queue in each of QUEUE_DEPTH_STATES. */
  depths(): Promise<QueueDepth[]>;
  /** Failed page jobs the reconciler put back, and those it left failed, per queue and reason (workers/requeue.ts). */
  requeued(): Promise<JobRequeues[]>;
  /** Alert delivery of the distributed mode, counts only (`/health`): jobs of the alert queue waiting or under way, those failed for good, and the latest failure's code. */
  alertTotals(): Promise<AlertTotals>;
  /** Bull Board over the queues, to register under `basePath`. */
  boardPlugin(basePath: string): FastifyPluginCallback;
  close(): Promise<void>;
}

export function openQueueMonitor(redisUrl: string, options: { prefix?: string } = {}): QueueMonitor {
  const prefix = options.prefix ?? DEFAULT_PREFIX;
  const connection = createProducerConnection(redisUrl);
  const queues = [...Object.values(QUEUE), ALERT_QUEUE].map((name) => new Queue(name, { connection, prefix }));
  return {
    async depths() {
      const all = await Promise.all(queues.map(async (queue) => ({ queue: queue.name, counts: await queue.getJobCounts(...QUEUE_DEPTH_STATES) })));
      return all.flatMap(({ queue, counts }) => QUEUE_DEPTH_STATES.map((state) => ({ queue, state, count: counts[state] ?? 0 })));
    },
    async alertTotals() {
      const alerts = queues.find((queue) => queue.name === ALERT_QUEUE) as Queue;
      const counts = await alerts.getJobCounts('waiting', 'prioritized', 'delayed', 'active', 'failed');
      const [latest] = await alerts.getFailed(0, 0);
      // A failed job's reason is "CODE: message" (workers/error-mapping.ts).
      const code = latest?.failedReason ? /^([A-Z][A-Z0-9_]+):/.exec(latest.failedReason)?.[1] : undefined;
      return {
        pending: (counts.waiting ?? 0) + (counts.prioritized ?? 0) + (counts.delayed ?? 0) + (counts.active ?? 0),
        failed: counts.failed ?? 0,
        lastErrorCode: code ?? null,
      };
    },
    requeued() {
      return readRequeueCounters(connection, prefix);
    },
    boardPlugin(basePath) {
      const serverAdapter = new FastifyAdapter();
      serverAdapter.setBasePath(basePath);
      createBullBoard({ queues: queues.map((queue) => new BullMQAdapter(queue)), serverAdapter, options: { uiConfig: { boardTitle: 'wirewatch queues' } } });
      return serverAdapter.registerPlugin();
    },
    async close() {
      for (const queue of queues) await queue.close().catch(() => undefined);
      await connection.quit().catch(() => connection.disconnect());
    },
  };
}
