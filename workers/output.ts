/**
 * Publication to the output queue, exactly once per article version despite
 * at-least-once delivery: the job id is derived from the idempotency key (BullMQ
 * ignores an add whose id exists) and a marker per key outlives the job, so a
 * stage retried after its output was consumed and removed publishes nothing.
 * Consumers should still drop repeated idempotency keys (documented contract):
 * a crash between the add and the marker leaves a window of one job.
 */
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { ArticleDocument } from '../pipeline/output.js';
import { jobId, type OutputJob } from './queues.js';

/** How long "already published" is remembered: longer than any retry or re-crawl window. */
const PUBLISHED_MARKER_TTL_SECS = 30 * 24 * 3600;

export class OutputPublisher {
  readonly #queue: Queue<OutputJob>;
  readonly #redis: Redis;
  readonly #prefix: string;

  constructor(queue: Queue<OutputJob>, redis: Redis, prefix: string) {
    this.#queue = queue;
    this.#redis = redis;
    this.#prefix = prefix;
  }

  /** True once a document with this idempotency key has been published. */
  async isPublished(idempotencyKey: string): Promise<boolean> {
    return (await this.#redis.exists(this.#marker(idempotencyKey))) === 1;
  }

  #marker(idempotencyKey: string): string {
    return `${this.#prefix}:published:${idempotencyKey}`;
  }

  /** True when this call published the document; false when it was published before. */
  async publish(doc: ArticleDocument): Promise<boolean> {
    const marker = this.#marker(doc.idempotencyKey);
    if ((await this.#redis.exists(marker)) === 1) return false;
    await this.#queue.add('article', doc, { jobId: jobId.output(doc.idempotencyKey) });
    const fresh = await this.#redis.set(marker, '1', 'EX', PUBLISHED_MARKER_TTL_SECS, 'NX');
    return fresh === 'OK';
  }
}
