/**
 * Everything a distributed worker process shares between its stage processors:
 * queues, the Redis-backed ports, the crawler, the feed registry. Built once per
 * process; `close()` undoes in reverse order and keeps going after an error.
 */
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { FeedConfig, WirewatchConfig } from '../config/schema.js';
import { createHttpFetcher, type CrawlFetcher, type HttpFetcherOptions } from '../crawlers/crawl-fetcher.js';
import type { DedupStore } from '../pipeline/dedup/index.js';
import { createStateConnection, createWorkerConnection } from './connection.js';
import { FeedStateRedis } from './feed-state-redis.js';
import { RedisHostGate } from './host-gate.js';
import { OutputPublisher } from './output.js';
import {
  DEFAULT_PREFIX,
  OUTPUT_JOB_OPTIONS,
  QUEUE,
  STAGE_JOB_OPTIONS,
  type ClaimsJob,
  type DedupJob,
  type ExtractJob,
  type FetchJob,
  type OutputJob,
  type PollJob,
} from './queues.js';
import { createRedisDedupStore } from './redis-dedup/store.js';
import { createRedisStoryClaims } from './redis-dedup/story-claims.js';
import type { StoryClaimsStore } from '../pipeline/chain/index.js';
import { AlertQueue } from './alerts.js';
import { RedisWatches } from './watches.js';

/** The feeds a process knows: from the config file, the durable registry. */
export class FeedRegistry {
  readonly #feeds: Map<string, FeedConfig>;

  constructor(feeds: FeedConfig[]) {
    this.#feeds = new Map(feeds.map((f) => [f.id, f]));
  }

  get(id: string): FeedConfig | undefined {
    return this.#feeds.get(id);
  }

  active(): FeedConfig[] {
    return [...this.#feeds.values()].filter((f) => !f.paused);
  }
}

export interface WorkerQueues {
  poll: Queue<PollJob>;
  fetch: Queue<FetchJob>;
  extract: Queue<ExtractJob>;
  dedup: Queue<DedupJob>;
  claims: Queue<ClaimsJob>;
  output: Queue<OutputJob>;
}

export interface WorkerContext {
  config: WirewatchConfig;
  prefix: string;
  redisUrl: string;
  redis: Redis;
  registry: FeedRegistry;
  fetcher: CrawlFetcher;
  dedupStore: DedupStore;
  storyClaims: StoryClaimsStore;
  feedState: FeedStateRedis;
  gate: RedisHostGate;
  queues: WorkerQueues;
  output: OutputPublisher;
  /** The watches (config file and Redis) and the stories they follow. */
  watches: RedisWatches;
  /** Where published documents' alerts go (workers/alerts.ts). */
  alerts: AlertQueue;
  /** The ports' shared auto-pipelined connection (small commands: markers, sets). */
  stateRedis: Redis;
  now: () => Date;
  close(): Promise<void>;
}

export function createWorkerContext(
  config: WirewatchConfig,
  redisUrl: string,
  options: { prefix?: string; fetcher?: CrawlFetcher; onBrowserRefused?: HttpFetcherOptions['onBrowserRefused'] } = {},
): WorkerContext {
  const prefix = options.prefix ?? DEFAULT_PREFIX;
  const redis = createWorkerConnection(redisUrl);
  const queueOpts = { connection: redis, prefix, defaultJobOptions: STAGE_JOB_OPTIONS };
  const queues: WorkerQueues = {
    poll: new Queue<PollJob>(QUEUE.poll, queueOpts),
    fetch: new Queue<FetchJob>(QUEUE.fetch, queueOpts),
    extract: new Queue<ExtractJob>(QUEUE.extract, queueOpts),
    dedup: new Queue<DedupJob>(QUEUE.dedup, queueOpts),
    claims: new Queue<ClaimsJob>(QUEUE.claims, queueOpts),
    output: new Queue<OutputJob>(QUEUE.output, { connection: redis, prefix, defaultJobOptions: OUTPUT_JOB_OPTIONS }),
  };
  // Politeness is shared through Redis; the in-process throttle must not add its own delay.
  const crawler = { ...config.crawler, perHost: { ...config.crawler.perHost, minDelayMs: 0, maxInFlight: 64 } };
  const fetcher = options.fetcher ?? createHttpFetcher(crawler, options.onBrowserRefused ? { onBrowserRefused: options.onBrowserRefused } : {});
  // The ports' small commands share one auto-pipelined connection: what a tick sends leaves in one write.
  const stateRedis = createStateConnection(redisUrl);
  const dedupStore = createRedisDedupStore(stateRedis, { prefix, articlesPerDay: config.dedup.articlesPerDay });
  const watches = new RedisWatches(stateRedis, prefix, config.watches);
  const alerts = new AlertQueue(redis, prefix, watches, config.alerts);
  return {
    config,
    prefix,
    redisUrl,
    redis,
    registry: new FeedRegistry(config.feeds),
    fetcher,
    dedupStore,
    storyClaims: createRedisStoryClaims(stateRedis, prefix),
    feedState: new FeedStateRedis(stateRedis, prefix),
    gate: new RedisHostGate(stateRedis, {
      prefix,
      maxInFlight: config.crawler.perHost.maxInFlight,
      minDelayMs: config.crawler.perHost.minDelayMs,
      leaseMs: config.crawler.fetchDeadlineMs + 5000,
    }),
    queues,
    output: new OutputPublisher(queues.output, stateRedis, prefix),
    watches,
    alerts,
    stateRedis,
    now: () => new Date(),
    async close() {
      await fetcher.close().catch(() => undefined);
      await alerts.queue.close().catch(() => undefined);
      for (const queue of Object.values(queues).reverse()) await queue.close().catch(() => undefined);
      await dedupStore.flush().catch(() => undefined);
      await stateRedis.quit().catch(() => stateRedis.disconnect());
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
