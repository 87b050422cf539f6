/**
 * DedupStore on Redis for the distributed mode (same contract as the memory and
 * SQLite stores: test/dedup-contract.test.ts); key layout in docs/architecture.md,
 * "The Redis layout". Invariant: every key expires at the end of its day + window
 * + 1 day (relative EXPIRE from the injected clock), so memory is bounded by
 * rate × window; the term statistics (`docs`, `df`: over the whole stream, as the
 * memory and SQLite stores count them, so every store makes the same story
 * decisions) expire only after their last write.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Redis } from 'ioredis';
import { DEFAULT_DEDUP_OPTIONS, type DedupStore, type StoredArticle, type StoryInfo, type StoryState, type TermStats } from '../../pipeline/dedup/index.js';
import { claimKeys, DEFAULT_ARTICLES_PER_DAY, DEFAULT_SHARD_BITS, filterLayout, ttlSecsOf, type ClaimOptions } from './claims.js';
import { packArticle, unpackArticle } from './codec.js';
import { DedupLock } from './lock.js';
import { TermStatsCache } from './term-stats-cache.js';
import { parseStoryRecord, storyRecord, StoryStateReader } from './story-states.js';
import { addStoryPostings as addStoryPostingsScript, addTermCounts, findStories as findStoriesScript, termStats as termStatsScript } from './stories.js';

/**
 * A claim's owner may still be writing its record (claims come first): poll for it
 * from this delay, doubling, for at most this long in total.
 */
const RECORD_WAIT_FIRST_MS = 5;
const RECORD_WAIT_MAX_MS = 1_000;

export interface RedisDedupStoreOptions {
  prefix: string;
  /** Clock for partition days and expiries (tests move it). */
  now?: () => number;
  /** Days claims and records stay visible beyond their own, minus one; the story window by default. */
  windowDays?: number;
  /** log2 of the shards per claim day (1–16); size it so a shard holds < ~500 claims a day. */
  shardBits?: number;
  /**
   * Articles a day the claim filters are sized for (about 39 bytes an article a
   * day, for each of the window + 2 live days). A busier stream stays correct;
   * its claims cost more as the filters' false positives rise.
   */
  articlesPerDay?: number;
}

/**
 * Article records kept parsed (about 1 KB each with their bytes). Every decision
 * reads the records of its candidate stories' members and band owners to verify
 * duplicates, mostly the same ones as the decision before.
 */
const KEPT_RECORDS = 5000;

/**
 * Parsed article records by id, each with the bytes it was parsed from. Exact
 * across workers: a record is handed out again only when Redis returned the very
 * same bytes (a revision rewrites them). Dedup only reads records, so the objects
 * are frozen and shared, as the embedded store's cache does (local/dedup-store-cache.ts).
 */
class ParsedRecords {
  readonly #byId = new Map<string, { bytes: Buffer; article: StoredArticle }>();

  parse(articleId: string, bytes: Buffer): StoredArticle {
    const kept = this.#byId.get(articleId);
    this.#byId.delete(articleId);
    if (kept?.bytes.equals(bytes)) {
      this.#byId.set(articleId, kept);
      return kept.article;
    }
    const article = Object.freeze(unpackArticle(articleId, bytes));
    // A copy: the reply may be a view of the connection's read buffer, which it would keep alive.
    this.#byId.set(articleId, { bytes: Buffer.from(bytes), article });
    if (this.#byId.size > KEPT_RECORDS) this.#byId.delete(this.#byId.keys().next().value as string);
    return article;
  }
}

/** Term statistics outlive a year without writes only in an abandoned deployment. */
const TERM_STATS_TTL_SECS = 365 * 86_400;

function storyInfo(s: StoryState): StoryInfo {
  return {
    storyId: s.storyId,
    representativeId: s.representativeId,
    memberCount: s.memberCount,
    outlets: [...s.outlets],
    firstSeen: s.firstSeen,
    lastSeen: s.lastSeen,
  };
}

/** The Redis store; `flush()` is kept for callers that close it (nothing is buffered). */
export interface RedisDedupStore extends DedupStore {
  flush(): Promise<void>;
}

export function createRedisDedupStore(redis: Redis, options: RedisDedupStoreOptions): RedisDedupStore {
  const base = `${options.prefix}:d:`;
  const shardBits = Math.min(Math.max(options.shardBits ?? DEFAULT_SHARD_BITS, 1), 16);
  const claims: ClaimOptions = {
    base,
    now: options.now ?? Date.now,
    windowDays: options.windowDays ?? DEFAULT_DEDUP_OPTIONS.storyWindowDays,
    shardBits,
    filter: filterLayout(shardBits, options.articlesPerDay ?? DEFAULT_ARTICLES_PER_DAY),
  };
  const ttl = (): number => ttlSecsOf(claims);
  const statsKeys: [docs: string, df: string] = [`${base}docs`, `${base}df`];
  const storyKey = (storyId: string): string => `${base}s:${storyId}`;
  const stories = new StoryStateReader(redis, storyKey);
  const claim = (kind: string, keys: string[], id: string): Promise<string[]> => claimKeys(redis, claims, kind, keys, id, false);
  const lock = new DedupLock(redis, `${base}lock`);
  const lookupUrls = async (urlKeys: string[]): Promise<Array<string | null>> => {
    const owners = await claimKeys(redis, claims, 'u', urlKeys, '', true);
    return urlKeys.map((_, i) => (owners[i] === undefined || owners[i] === '' ? null : (owners[i] as string)));
  };
  const statsCache = new TermStatsCache();
  const records = new ParsedRecords();

  const getArticle = async (articleId: string): Promise<StoredArticle | null> => {
    const b = await redis.getBuffer(`${base}a:${articleId}`);
    return b === null ? null : records.parse(articleId, b);
  };
  return {
    async lookupUrl(urlKey) {
      return (await lookupUrls([urlKey]))[0] ?? null;
    },
    lookupUrls,
    async claimUrlKeys(urlKeys, articleId) {
      return claim('u', urlKeys, articleId);
    },
    async claimTextHash(textHash, articleId) {
      return (await claim('t', [textHash], articleId))[0] ?? articleId;
    },
    async claimBands(bandKeys, articleId) {
      return claim('b', bandKeys, articleId);
    },
    getArticle,
    // Another worker may be between its claims and its record: poll from a short delay, doubling.
    async settledArticle(articleId) {
      let delayMs = RECORD_WAIT_FIRST_MS;
      for (let waitedMs = 0; ; waitedMs += delayMs, delayMs *= 2) {
        const found = await getArticle(articleId);
        if (found !== null || waitedMs >= RECORD_WAIT_MAX_MS) return found;
        await sleep(delayMs);
      }
    },
    async putArticle(article) {
      await redis.set(`${base}a:${article.articleId}`, packArticle(article), 'EX', ttl());
    },
    async getStory(storyId) {
      const record = await redis.get(storyKey(storyId));
      return record === null ? null : storyInfo(parseStoryRecord(record).state);
    },
    getStoryState(storyId) {
      return stories.read(storyId);
    },
    async putStory(story) {
      const record = storyRecord(story);
      await redis.set(storyKey(story.storyId), record, 'EX', ttl());
      stories.wrote(story.storyId, record);
    },
    async findStories(terms, limit, sinceMs) {
      return findStoriesScript(
        redis,
        [...new Set(terms)].map((t) => `${base}p:${t}`),
        limit,
        sinceMs,
      );
    },
    async addStoryPostings(storyId, terms, perTermCap, timeMs) {
      await addStoryPostingsScript(
        redis,
        terms.map((t) => `${base}p:${t}`),
        storyId,
        perTermCap,
        ttl(),
        timeMs,
      );
    },
    termStats(terms): Promise<TermStats> {
      return statsCache.read(terms, (expected, missing, known) => termStatsScript(redis, statsKeys, expected, missing, known));
    },
    exclusive(decide) {
      return lock.run(decide);
    },
    async addDocumentTerms(terms) {
      // Written with the decision (inside the story lock), so the next decision, on any
      // worker, reads them: exact statistics, the same as the embedded stores'.
      const distinct = [...new Set(terms)];
      statsCache.wrote(distinct);
      await addTermCounts(redis, statsKeys, distinct, TERM_STATS_TTL_SECS);
    },
    async flush() {
      // Nothing buffered: term counts are written with each decision.
    },
  };
}
