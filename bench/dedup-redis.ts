/**
 * The Redis side of the dedup benchmark: a private redis-server (no AOF, so
 * rewrites don't share the cores with the run), memory, CPU and partition reads
 * read from INFO. The store's claim filters are sized for this stream's rate
 * (articlesPerDay), as a deployment sizes them for its own.
 */
import { Redis } from 'ioredis';
import { startTestRedis, type TestRedis } from '../test/helpers/redis-server.js';
import { createRedisDedupStore } from '../workers/redis-dedup/store.js';
import { DOCS_PER_DAY, runIndex, runWholeStage, timeOf, type RunResult } from './dedup-run.js';

/** Articles in flight on one connection: a worker's concurrency, overlapping round trips. */
const IN_FLIGHT = 8;

export interface RedisRun extends RunResult {
  /** used_memory after the run minus before it, per stored article. */
  bytesPerArticle: number;
  /** CPU seconds the Redis server spent, per article, in ms. */
  serverCpuMsPerDoc: number;
  /** Encoding of one claim partition (listpack is the compact one). */
  partitionEncoding: string;
  /** HGETs of claim partitions per article: the lookups the day filters let through (hits and false positives). */
  partitionReadsPerDoc: number;
}

async function info(redis: Redis): Promise<{ usedMemory: number; cpuSecs: number }> {
  const text = (await redis.info('memory')) + (await redis.info('cpu'));
  const field = (name: string): number => Number(new RegExp(`^${name}:(\\S+)`, 'm').exec(text)?.[1] ?? 0);
  return { usedMemory: field('used_memory'), cpuSecs: field('used_cpu_user') + field('used_cpu_sys') };
}

export async function withRedis<T>(fn: (redis: Redis) => Promise<T>): Promise<T> {
  const server: TestRedis = await startTestRedis({ extraArgs: ['--appendonly', 'no'] });
  const redis = new Redis({ path: server.socketPath });
  // An interrupted run must not leave its redis-server behind.
  const onSignal = (): void => {
    void server.stop().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
  try {
    return await fn(redis);
  } finally {
    process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
    redis.disconnect();
    await server.stop();
  }
}

/** Index (or whole stage) runs of `n` articles on a flushed server. */
export async function redisRun(redis: Redis, n: number, mode: 'index' | 'stage'): Promise<RedisRun> {
  await redis.flushall();
  await new Promise((r) => setTimeout(r, 200));
  await redis.config('RESETSTAT');
  const before = await info(redis);
  let article = 0;
  // The store's clock follows the synthetic publication times (DOCS_PER_DAY a day).
  const store = createRedisDedupStore(redis, { prefix: 'bench', now: () => timeOf(article), articlesPerDay: DOCS_PER_DAY });
  const onArticle = (i: number): void => {
    article = i;
  };
  const result = mode === 'index' ? await runIndex(store, n, IN_FLIGHT, onArticle) : await runWholeStage(store, n, onArticle);
  const after = await info(redis);
  const hgets = Number(/^cmdstat_hget:calls=(\d+)/m.exec(await redis.info('commandstats'))?.[1] ?? 0);
  const sample = (await redis.scan('0', 'MATCH', 'bench:d:c:*', 'COUNT', 1000))[1][0];
  return {
    ...result,
    bytesPerArticle: (after.usedMemory - before.usedMemory) / n,
    serverCpuMsPerDoc: ((after.cpuSecs - before.cpuSecs) * 1000) / n,
    partitionEncoding: sample === undefined ? 'none' : String(await redis.object('ENCODING', sample)),
    partitionReadsPerDoc: hgets / n,
  };
}
