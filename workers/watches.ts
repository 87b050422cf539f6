/**
 * Watches in the distributed mode: the config file's plus operator-added ones
 * kept in a Redis hash (one JSON definition per id, which `wirewatch watches`
 * writes when REDIS_URL is set), and the stories each watch follows as a set
 * per story. The config file wins a clash of id, as in the embedded mode.
 */
import type { Redis } from 'ioredis';
import type { WatchPorts } from '../pipeline/chain/index.js';
import type { TimelineInput } from '../pipeline/claims/index.js';
import { MAX_WATCH_TIMELINE_MEMBERS, watchCompiler, storedWatchSchema, type CompiledWatch, type Watch } from '../pipeline/watches/index.js';
import { ParsedMembers, storedMemberJson } from './timeline-members.js';

/** Operator watches are re-read at most this often: an added watch applies within it. */
const WATCH_CACHE_MS = 2000;
/** A story not extended for this long is no longer followed (stories rarely run longer). */
const WATCHED_STORY_TTL_SECS = 60 * 24 * 3600;

export function watchesKey(prefix: string): string {
  return `${prefix}:watches`;
}

/**
 * Replaces the operator watches in Redis with `watches` (the scheduler's data
 * directory holds them, as it holds operator feeds): workers see them within
 * WATCH_CACHE_MS of the next reconcile.
 */
export async function publishOperatorWatches(redis: Redis, prefix: string, watches: readonly Watch[]): Promise<void> {
  const key = watchesKey(prefix);
  const wanted = Object.fromEntries(watches.map((w) => [w.id, JSON.stringify(w)]));
  const current = await redis.hgetall(key);
  const same = Object.keys(current).length === watches.length && Object.entries(wanted).every(([id, json]) => current[id] === json);
  // Written only when changed: a reconcile writes nothing otherwise (and a full Redis then fails on the schedulers, as before).
  if (same) return;
  if (watches.length === 0) await redis.del(key);
  else await redis.multi().del(key).hset(key, wanted).exec();
}

export class RedisWatches implements WatchPorts {
  readonly #redis: Redis;
  readonly #prefix: string;
  readonly #configWatches: Watch[];
  /** Compiled watches by definition: a query is parsed once, not per document. */
  readonly #compile = watchCompiler();
  /** A watch's timeline is read back for each document that matches it: its members parsed once. */
  readonly #members = new ParsedMembers();
  #cached: { atMs: number; watches: Watch[] } | null = null;

  constructor(redis: Redis, prefix: string, configWatches: Watch[]) {
    this.#redis = redis;
    this.#prefix = prefix;
    this.#configWatches = configWatches;
  }

  /** The watches in effect: the config file's, then operator watches with other ids. */
  async definitions(): Promise<Watch[]> {
    const nowMs = Date.now();
    if (this.#cached && nowMs - this.#cached.atMs < WATCH_CACHE_MS) return this.#cached.watches;
    const stored = await this.#redis.hgetall(watchesKey(this.#prefix));
    const configIds = new Set(this.#configWatches.map((w) => w.id));
    const operator = Object.entries(stored)
      .filter(([id]) => !configIds.has(id))
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .flatMap(([, json]) => {
        const parsed = storedWatchSchema.safeParse(JSON.parse(json));
        return parsed.success ? [parsed.data] : [];
      });
    const watches = [...this.#configWatches, ...operator];
    this.#cached = { atMs: nowMs, watches };
    return watches;
  }

  async watch(id: string): Promise<Watch | undefined> {
    return (await this.definitions()).find((w) => w.id === id);
  }

  async list(): Promise<readonly CompiledWatch[]> {
    return this.#compile(await this.definitions());
  }

  async storyWatchers(storyId: string): Promise<string[]> {
    return this.#redis.smembers(this.#storyKey(storyId));
  }

  async watchStory(storyId: string, watchIds: string[]): Promise<void> {
    const key = this.#storyKey(storyId);
    await this.#redis
      .multi()
      .sadd(key, ...watchIds)
      .expire(key, WATCHED_STORY_TTL_SECS)
      .exec();
  }

  async timelineOf(watchId: string): Promise<TimelineInput[]> {
    const items = await this.#redis.lrange(this.#timelineKey(watchId), 0, -1);
    return items.map((item) => this.#members.get(item));
  }

  async addToTimeline(watchId: string, member: TimelineInput): Promise<void> {
    const key = this.#timelineKey(watchId);
    const json = storedMemberJson(member);
    // An earlier version of the same article is replaced: removed by its id, then the new one appended.
    const earlier = (await this.#redis.lrange(key, 0, -1)).filter((item) => this.#members.get(item).articleId === member.articleId);
    const tx = this.#redis.multi();
    for (const item of earlier) tx.lrem(key, 0, item);
    await tx.rpush(key, json).ltrim(key, -MAX_WATCH_TIMELINE_MEMBERS, -1).exec();
  }

  #timelineKey(watchId: string): string {
    return `${this.#prefix}:watch-timeline:${watchId}`;
  }

  #storyKey(storyId: string): string {
    return `${this.#prefix}:watch-story:${storyId}`;
  }
}
