/**
 * Per-feed polling state in Redis for the distributed mode: validators for
 * conditional GET, what the last polls yielded (for adaptive intervals), and
 * health. Feed definitions themselves live outside Redis (the config file), so a
 * Redis loss delays polls but loses no feed.
 */
import type { Redis } from 'ioredis';

export interface RedisFeedState {
  etag: string | null;
  lastModified: string | null;
  contentHash: string | null;
  lastPolledAt: string | null;
  lastSuccessAt: string | null;
  consecutiveFailures: number;
  lastErrorCode: string | null;
  /** Current adaptive interval; null until the first poll. */
  intervalSecs: number | null;
}

export class FeedStateRedis {
  readonly #redis: Redis;
  readonly #prefix: string;

  constructor(redis: Redis, prefix: string) {
    this.#redis = redis;
    this.#prefix = prefix;
  }

  #key(feedId: string): string {
    return `${this.#prefix}:feed:${feedId}`;
  }

  async get(feedId: string): Promise<RedisFeedState> {
    const h = await this.#redis.hgetall(this.#key(feedId));
    const str = (k: string): string | null => (h[k] === undefined || h[k] === '' ? null : (h[k] as string));
    return {
      etag: str('etag'),
      lastModified: str('lastModified'),
      contentHash: str('contentHash'),
      lastPolledAt: str('lastPolledAt'),
      lastSuccessAt: str('lastSuccessAt'),
      consecutiveFailures: Number(h.consecutiveFailures ?? 0),
      lastErrorCode: str('lastErrorCode'),
      intervalSecs: h.intervalSecs ? Number(h.intervalSecs) : null,
    };
  }

  async recordSuccess(
    feedId: string,
    update: { etag: string | null; lastModified: string | null; contentHash: string | null; at: string; intervalSecs: number },
  ): Promise<void> {
    await this.#redis.hset(this.#key(feedId), {
      etag: update.etag ?? '',
      lastModified: update.lastModified ?? '',
      contentHash: update.contentHash ?? '',
      lastPolledAt: update.at,
      lastSuccessAt: update.at,
      consecutiveFailures: 0,
      lastErrorCode: '',
      intervalSecs: update.intervalSecs,
    });
  }

  /** `intervalSecs`, when given, replaces the polling interval (a Retry-After longer than it). */
  async recordFailure(feedId: string, code: string, at: string, intervalSecs: number | null = null): Promise<void> {
    const key = this.#key(feedId);
    const fields: Record<string, string | number> = { lastPolledAt: at, lastErrorCode: code };
    if (intervalSecs !== null) fields.intervalSecs = intervalSecs;
    await this.#redis.multi().hset(key, fields).hincrby(key, 'consecutiveFailures', 1).exec();
  }
}
