/**
 * DedupStore on Redis for the distributed mode (same contract as the memory and
 * SQLite stores: test/dedup-contract.test.ts).
 *
 * Layout, all under `<prefix>:d:`:
 * - claims (URL keys, text hashes, LSH bands): hashes partitioned by UTC day and
 *   by shard, `c:<kind>:<day>:<shard>`, field = 8-byte hash of the key, value = owner
 *   id. A claim reads the live days newest first and writes today's partition only
 *   when no owner exists, inside one Lua script: insert-or-get, first writer wins,
 *   so two workers racing on near-duplicates agree on one representative.
 *   Partitions expire a day after the window, which bounds memory to rate × window.
 * - articles `a:<id>` and stories `s:<id>`: strings with the same expiry.
 * - story postings `p:<term>`: sorted sets by posting sequence, capped per term.
 * - term statistics: one hash of document frequencies plus a document counter.
 * Not cluster-safe as is: a claim script touches keys of several slots.
 */
import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { DedupStore, StoredArticle, StoryInfo, StoryState, TermStats } from '../pipeline/dedup/index.js';

const DAY_MS = 24 * 3600 * 1000;
/** Days of claims kept and read: the dedup window (7 days) plus today. */
export const LIVE_DAYS = 8;
/** 2^12 shards keep each partition hash small enough for Redis' compact encoding. */
const SHARD_BITS = 12;

const CLAIM_SCRIPT = `
for i = 1, #KEYS do
  local owner = redis.call('HGET', KEYS[i], ARGV[1])
  if owner then return owner end
end
if ARGV[3] == '1' then return false end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
redis.call('EXPIRE', KEYS[1], ARGV[4], 'NX')
return ARGV[2]
`;

type ClaimKind = 'u' | 't' | 'b';

interface ClaimCommands {
  wwClaim(...args: Array<string | number | Buffer>): Promise<string | null>;
}

function keyHash(key: string): Buffer {
  return createHash('sha1').update(key).digest().subarray(0, 8);
}

function packArticle(a: StoredArticle): Buffer {
  const { signature, ledeShingles, ...rest } = a;
  const json = Buffer.from(JSON.stringify(rest));
  const head = Buffer.alloc(8);
  head.writeUInt32LE(json.length, 0);
  head.writeUInt32LE(signature.length, 4);
  return Buffer.concat([head, json, Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength), Buffer.from(ledeShingles.buffer, ledeShingles.byteOffset, ledeShingles.byteLength)]);
}

function toUint32(bytes: Buffer): Uint32Array {
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return new Uint32Array(copy.buffer);
}

function unpackArticle(b: Buffer): StoredArticle {
  const jsonLength = b.readUInt32LE(0);
  const sigLength = b.readUInt32LE(4);
  const rest = JSON.parse(b.subarray(8, 8 + jsonLength).toString('utf8')) as Omit<StoredArticle, 'signature' | 'ledeShingles'>;
  const sigEnd = 8 + jsonLength + sigLength * 4;
  return { ...rest, signature: toUint32(b.subarray(8 + jsonLength, sigEnd)), ledeShingles: toUint32(b.subarray(sigEnd)) };
}

function storyInfo(s: StoryState): StoryInfo {
  return { storyId: s.storyId, representativeId: s.representativeId, memberCount: s.memberCount, outlets: [...s.outlets], firstSeen: s.firstSeen, lastSeen: s.lastSeen };
}

export function createRedisDedupStore(redis: Redis, options: { prefix: string; now?: () => number }): DedupStore {
  const base = `${options.prefix}:d:`;
  const now = options.now ?? Date.now;
  const ttlSecs = (LIVE_DAYS + 1) * 24 * 3600;
  if (!('wwClaim' in redis)) redis.defineCommand('wwClaim', { numberOfKeys: LIVE_DAYS, lua: CLAIM_SCRIPT });
  const cmd = redis as unknown as Redis & ClaimCommands;

  const partitions = (kind: ClaimKind, field: Buffer): string[] => {
    const shard = field.readUInt16BE(0) >> (16 - SHARD_BITS);
    const today = Math.floor(now() / DAY_MS);
    return Array.from({ length: LIVE_DAYS }, (_, i) => `${base}c:${kind}:${today - i}:${shard}`);
  };
  const claimMany = async (kind: ClaimKind, keys: string[], id: string, readOnly: boolean): Promise<Array<string | null>> => {
    if (keys.length === 0) return [];
    const pipeline = redis.pipeline();
    for (const key of keys) {
      const field = keyHash(key);
      (pipeline as unknown as ClaimCommands).wwClaim(...partitions(kind, field), field, id, readOnly ? '1' : '0', ttlSecs);
    }
    const results = (await pipeline.exec()) ?? [];
    return results.map(([err, value]) => {
      if (err) throw err;
      return (value as string | null) ?? null;
    });
  };

  return {
    async lookupUrl(urlKey) {
      return (await claimMany('u', [urlKey], '', true))[0] ?? null;
    },
    async claimUrlKeys(urlKeys, articleId) {
      return (await claimMany('u', urlKeys, articleId, false)) as string[];
    },
    async claimTextHash(textHash, articleId) {
      return (await claimMany('t', [textHash], articleId, false))[0] as string;
    },
    async claimBands(bandKeys, articleId) {
      return (await claimMany('b', bandKeys, articleId, false)) as string[];
    },
    async getArticle(articleId) {
      const b = await redis.getBuffer(`${base}a:${articleId}`);
      return b ? unpackArticle(b) : null;
    },
    async putArticle(article) {
      await redis.set(`${base}a:${article.articleId}`, packArticle(article), 'EX', ttlSecs);
    },
    async getStory(storyId) {
      const s = await redis.get(`${base}s:${storyId}`);
      return s ? storyInfo(JSON.parse(s) as StoryState) : null;
    },
    async getStoryState(storyId) {
      const s = await redis.get(`${base}s:${storyId}`);
      return s ? (JSON.parse(s) as StoryState) : null;
    },
    async putStory(story) {
      await redis.set(`${base}s:${story.storyId}`, JSON.stringify(story), 'EX', ttlSecs);
    },
    async findStories(terms, limit) {
      if (terms.length === 0) return [];
      const pipeline = redis.pipeline();
      for (const t of terms) pipeline.zrevrange(`${base}p:${t}`, 0, limit - 1, 'WITHSCORES');
      const latest = new Map<string, number>();
      for (const [err, value] of (await pipeline.exec()) ?? []) {
        if (err) throw err;
        const flat = value as string[];
        for (let i = 0; i < flat.length; i += 2) {
          const id = flat[i] as string;
          latest.set(id, Math.max(Number(flat[i + 1]), latest.get(id) ?? 0));
        }
      }
      return [...latest].sort((a, b) => b[1] - a[1]).slice(0, limit).map(([id]) => id);
    },
    async addStoryPostings(storyId, terms, perTermCap) {
      const seq = await redis.incr(`${base}seq`);
      const pipeline = redis.pipeline();
      for (const t of terms) {
        const key = `${base}p:${t}`;
        pipeline.zadd(key, seq, storyId).zremrangebyrank(key, 0, -(perTermCap + 1)).expire(key, ttlSecs);
      }
      await pipeline.exec();
    },
    async termStats(terms): Promise<TermStats> {
      const [docs, df] = await Promise.all([redis.get(`${base}docs`), terms.length > 0 ? redis.hmget(`${base}df`, ...terms) : Promise.resolve([])]);
      return { documents: Number(docs ?? 0), df: df.map((v) => Number(v ?? 0)) };
    },
    async addDocumentTerms(terms) {
      const pipeline = redis.pipeline().incr(`${base}docs`);
      for (const t of new Set(terms)) pipeline.hincrby(`${base}df`, t, 1);
      await pipeline.exec();
    },
  };
}
