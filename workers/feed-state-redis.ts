/**
 * The FeedState port (feeds/state.ts) in Redis, for the distributed mode: one
 * hash per feed. Feed definitions live outside Redis (the config file, the
 * registry), so a Redis loss delays polls but loses no feed.
 */
import type { Redis } from 'ioredis';
import { emptyFeedState, type FeedState, type FeedStateStore, type PollFailure, type PollSuccess } from '../feeds/state.js';

export class FeedStateRedis implements FeedStateStore {
  readonly #redis: Redis;
  readonly #prefix: string;

  constructor(redis: Redis, prefix: string) {
    this.#redis = redis;
    this.#prefix = prefix;
  }

  #key(feedId: string): string {
    return `${this.#prefix}:feed:${feedId}`;
  }

  async get(feedId: string): Promise<FeedState> {
    const h = await this.#redis.hgetall(this.#key(feedId));
    const str = (k: string): string | null => (h[k] === undefined || h[k] === '' ? null : (h[k] as string));
    return {
      ...emptyFeedState(feedId),
      etag: str('etag'),
      lastModified: str('lastModified'),
      contentHash: str('contentHash'),
      lastPolledAt: str('lastPolledAt'),
      lastSuccessAt: str('lastSuccessAt'),
      nextPollAt: str('nextPollAt'),
      consecutiveFailures: Number(h.consecutiveFailures ?? 0),
      lastErrorCode: str('lastErrorCode'),
      lastErrorMessage: str('lastErrorMessage'),
      intervalSecs: h.intervalSecs ? Number(h.intervalSecs) : null,
      resumeOffset: Number(h.resumeOffset ?? 0),
    };
  }

  async recordSuccess(feedId: string, success: PollSuccess): Promise<void> {
    await this.#redis.hset(this.#key(feedId), {
      etag: success.etag ?? '',
      lastModified: success.lastModified ?? '',
      contentHash: success.contentHash ?? '',
      lastPolledAt: success.at,
      lastSuccessAt: success.at,
      nextPollAt: success.nextPollAt,
      consecutiveFailures: 0,
      lastErrorCode: '',
      lastErrorMessage: '',
      intervalSecs: success.intervalSecs,
      resumeOffset: success.resumeOffset ?? 0,
    });
  }

  async recordFailure(feedId: string, failure: PollFailure): Promise<void> {
    const key = this.#key(feedId);
    const fields = {
      lastPolledAt: failure.at,
      nextPollAt: failure.nextPollAt,
      lastErrorCode: failure.code,
      lastErrorMessage: failure.message,
      intervalSecs: failure.intervalSecs,
    };
    await this.#redis.multi().hset(key, fields).hincrby(key, 'consecutiveFailures', 1).exec();
  }
}
