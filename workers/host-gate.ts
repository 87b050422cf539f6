/**
 * Per-host politeness shared by every worker on every machine, in Redis: at
 * most `maxInFlight` requests in flight per host and one request start per
 * `minDelayMs`; a host paused by a 429/503 Retry-After waits for everyone.
 * BullMQ OSS has no per-group rate limit, so a fetch job that finds its host
 * busy is moved to delayed (no attempt spent) instead of holding a worker.
 *
 * Invariant: a lease is released on completion or expires after `leaseMs`, so
 * a worker killed mid-fetch blocks its host for at most one lease.
 */
import type { Redis } from 'ioredis';
import { LuaScript } from './lua-script.js';

/** Server time is used inside the script, so clock skew between machines does not matter. */
const ACQUIRE_SCRIPT = new LuaScript(`
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local minDelay = tonumber(ARGV[1])
local maxInFlight = tonumber(ARGV[2])
local leaseMs = tonumber(ARGV[3])
local token = ARGV[4]
local paused = tonumber(redis.call('HGET', KEYS[1], 'pausedUntil') or '0')
if paused > now then return paused - now end
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
if redis.call('ZCARD', KEYS[2]) >= maxInFlight then
  local first = redis.call('ZRANGE', KEYS[2], 0, 0, 'WITHSCORES')
  return math.max(50, math.min(tonumber(first[2]) - now, minDelay))
end
local nextAt = tonumber(redis.call('HGET', KEYS[1], 'nextAt') or '0')
if nextAt > now then return nextAt - now end
redis.call('HSET', KEYS[1], 'nextAt', now + minDelay)
redis.call('ZADD', KEYS[2], now + leaseMs, token)
redis.call('PEXPIRE', KEYS[1], math.max(minDelay, leaseMs) + 86400000)
redis.call('PEXPIRE', KEYS[2], leaseMs * 2)
return 0
`);

const PAUSE_SCRIPT = new LuaScript(`
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local untilMs = now + tonumber(ARGV[1])
local current = tonumber(redis.call('HGET', KEYS[1], 'pausedUntil') or '0')
if untilMs > current then redis.call('HSET', KEYS[1], 'pausedUntil', untilMs) end
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[1]) + 86400000)
return untilMs
`);

export interface HostGateOptions {
  prefix: string;
  maxInFlight: number;
  minDelayMs: number;
  /** Longest a fetch may hold its slot; matches the fetch deadline. */
  leaseMs: number;
}

/** The scripts go by SHA (workers/lua-script.ts): Redis does not hash a script body on every request. */
export class RedisHostGate {
  readonly #redis: Redis;
  readonly #options: HostGateOptions;

  constructor(redis: Redis, options: HostGateOptions) {
    this.#redis = redis;
    this.#options = options;
  }

  #keys(host: string): [string, string] {
    return [`${this.#options.prefix}:host:{${host}}`, `${this.#options.prefix}:host:{${host}}:leases`];
  }

  /** 0 when the request may start now (a lease is taken), else the milliseconds to wait. */
  async acquire(host: string, token: string, crawlDelayMs: number | null = null): Promise<number> {
    const minDelayMs = Math.max(this.#options.minDelayMs, crawlDelayMs ?? 0);
    const wait = await ACQUIRE_SCRIPT.run(this.#redis, this.#keys(host), [minDelayMs, this.#options.maxInFlight, this.#options.leaseMs, token]);
    return Number(wait);
  }

  async release(host: string, token: string): Promise<void> {
    await this.#redis.zrem(this.#keys(host)[1], token);
  }

  /** Every worker waits `ms` before the next request to this host (Retry-After). */
  async pause(host: string, ms: number): Promise<void> {
    await PAUSE_SCRIPT.run(this.#redis, [this.#keys(host)[0]], [Math.max(0, Math.round(ms))]);
  }
}
