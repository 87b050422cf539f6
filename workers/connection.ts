/**
 * Redis connections for BullMQ. Workers wait forever for Redis to come back
 * (`maxRetriesPerRequest: null`, as BullMQ requires); producers fail fast so an
 * API or CLI call answers at once when Redis is down.
 */
import { Redis, type RedisOptions } from 'ioredis';
import { PermanentError } from '../pipeline/errors.js';

/** Reconnect quickly at first, then every 2 s at most. */
const MAX_RECONNECT_DELAY_MS = 2000;
/** A hung Redis (SIGSTOP, network partition) is noticed after this long. */
const SOCKET_TIMEOUT_MS = 15_000;

/** `redis://`, `rediss://`, or `unix:///path` / `redis+unix:///path` for a socket. */
export function redisOptionsFromUrl(url: string): RedisOptions {
  const base: RedisOptions = {
    retryStrategy: (times) => Math.min(50 * 2 ** times, MAX_RECONNECT_DELAY_MS),
    socketTimeout: SOCKET_TIMEOUT_MS,
  };
  const unix = /^(?:redis\+)?unix:\/\/(\/[^?]*)/.exec(url);
  if (unix?.[1]) return { ...base, path: unix[1] };
  const parsed = new URL(url);
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') {
    throw new PermanentError('CONFIG_INVALID', `REDIS_URL must be redis://, rediss:// or unix:///path (got ${parsed.protocol})`);
  }
  return {
    ...base,
    host: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : 6379,
    ...(parsed.username ? { username: decodeURIComponent(parsed.username) } : {}),
    ...(parsed.password ? { password: decodeURIComponent(parsed.password) } : {}),
    ...(parsed.pathname.length > 1 ? { db: Number(parsed.pathname.slice(1)) } : {}),
    ...(parsed.protocol === 'rediss:' ? { tls: {} } : {}),
  };
}

/** For BullMQ Workers and anything that must survive a Redis restart. */
export function createWorkerConnection(url: string): Redis {
  return new Redis({ ...redisOptionsFromUrl(url), maxRetriesPerRequest: null });
}

/**
 * For the ports' state (dedup store, story claims, feed state, host gate): a
 * worker connection of its own with auto-pipelining, so the commands sent in
 * one tick (a decision's story states and final writes, a lease released and
 * the next one taken) leave in one write and reach Redis in one read instead
 * of one system call each. Not for BullMQ, which manages its own connections'
 * traffic.
 */
export function createStateConnection(url: string): Redis {
  return new Redis({ ...redisOptionsFromUrl(url), maxRetriesPerRequest: null, enableAutoPipelining: true });
}

/** For producers (adding feeds, the scheduler's upserts): errors surface at once. */
export function createProducerConnection(url: string): Redis {
  return new Redis({ ...redisOptionsFromUrl(url), maxRetriesPerRequest: 1, enableOfflineQueue: false, lazyConnect: true });
}

/**
 * BullMQ loses jobs silently if Redis may evict keys: refuse to start unless
 * `maxmemory-policy` is `noeviction`.
 */
export async function checkRedisRequirements(redis: Redis): Promise<{ appendonly: string; appendfsync: string }> {
  const policy = (await redis.config('GET', 'maxmemory-policy')) as string[];
  if (policy[1] !== 'noeviction') {
    throw new PermanentError(
      'REDIS_EVICTION_POLICY',
      `Redis maxmemory-policy is "${policy[1]}": wirewatch needs "noeviction" so that queued jobs are never evicted ` +
        '(set `maxmemory-policy noeviction` in redis.conf or run `CONFIG SET maxmemory-policy noeviction`)',
    );
  }
  const aof = (await redis.config('GET', 'appendonly')) as string[];
  const fsync = (await redis.config('GET', 'appendfsync')) as string[];
  return { appendonly: aof[1] ?? 'unknown', appendfsync: fsync[1] ?? 'unknown' };
}
