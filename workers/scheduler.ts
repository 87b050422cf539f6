/**
 * One BullMQ job scheduler per feed (`upsertJobScheduler`, the only scheduling
 * API in BullMQ 6). A reconciler makes the set of schedulers equal the feed
 * registry: at start (no duplicates after restarts, none missing after a Redis
 * flush) and then periodically, which also applies adaptive intervals and
 * removes the schedulers of paused or deleted feeds.
 */
import type { Queue } from 'bullmq';
import type { FeedConfig } from '../config/schema.js';
import type { FeedStateRedis } from './feed-state-redis.js';
import type { PollJob } from './queues.js';

/** Scheduler ids are derived from feed ids; never containing ':'. */
export function schedulerIdFor(feedId: string): string {
  return `feed-${feedId}`;
}

export interface ReconcileResult {
  created: string[];
  updated: string[];
  removed: string[];
  unchanged: number;
}

export async function reconcileSchedulers(queue: Queue<PollJob>, feeds: FeedConfig[], feedState: FeedStateRedis): Promise<ReconcileResult> {
  const wanted = new Map(feeds.filter((f) => !f.paused).map((f) => [schedulerIdFor(f.id), f]));
  const existing = await queue.getJobSchedulers(0, -1, true);
  const result: ReconcileResult = { created: [], updated: [], removed: [], unchanged: 0 };
  const existingEvery = new Map<string, number | undefined>();
  /** The feed definition each scheduler's jobs carry, to notice edited feeds. */
  const existingTemplate = new Map<string, string>();
  for (const s of existing) {
    const id = s.id ?? s.key;
    if (!wanted.has(id)) {
      await queue.removeJobScheduler(id);
      result.removed.push(id);
    } else {
      existingEvery.set(id, s.every ?? undefined);
      existingTemplate.set(id, JSON.stringify(s.template?.data?.feed ?? null));
    }
  }
  for (const [id, feed] of wanted) {
    const state = await feedState.get(feed.id);
    const everyMs = (state.intervalSecs ?? feed.pollIntervalSecs) * 1000;
    const existingData = existingTemplate.get(id);
    if (existingEvery.has(id) && Number(existingEvery.get(id)) === everyMs && existingData === JSON.stringify(feed)) {
      result.unchanged += 1;
      continue;
    }
    await queue.upsertJobScheduler(id, { every: everyMs }, { name: 'poll', data: { feedId: feed.id, feed }, opts: {} });
    (existingEvery.has(id) ? result.updated : result.created).push(id);
  }
  return result;
}

/** Runs the reconciler now and every `intervalMs` until closed. */
export class SchedulerLoop {
  readonly #run: () => Promise<ReconcileResult>;
  readonly #intervalMs: number;
  readonly #onResult: (r: ReconcileResult) => void;
  readonly #onError: (err: Error) => void;
  #timer: NodeJS.Timeout | null = null;
  #running: Promise<unknown> = Promise.resolve();

  constructor(run: () => Promise<ReconcileResult>, options: { intervalMs: number; onResult: (r: ReconcileResult) => void; onError: (err: Error) => void }) {
    this.#run = run;
    this.#intervalMs = options.intervalMs;
    this.#onResult = options.onResult;
    this.#onError = options.onError;
  }

  async start(): Promise<ReconcileResult> {
    const first = await this.#run();
    this.#onResult(first);
    this.#timer = setInterval(() => {
      this.#running = this.#run().then(this.#onResult, this.#onError);
    }, this.#intervalMs);
    return first;
  }

  async close(): Promise<void> {
    if (this.#timer) clearInterval(this.#timer);
    await this.#running;
  }
}
