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
import { QUEUE_DEPTH_STATES, type JobRequeues, type QueueDepth } from '../runtime/metrics-prom.js';
import { readRequeueCounters } from './requeue.js';
import { createProducerConnection } from './connection.js';
import { ALERT_QUEUE, DEFAULT_PREFIX, QUEUE } from './queues.js';

export interface QueueMonitor {
  /** Counts of every wirewatch queue in each of QUEUE_DEPTH_STATES. */
  depths(): Promise<QueueDepth[]>;
  /** Failed page jobs the reconciler put back, and those it left failed, per queue and reason (workers/requeue.ts). */
  requeued(): Promise<JobRequeues[]>;
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
