/**
 * The story side of the Redis dedup store as server-side scripts: term statistics
 * (read; written by term-buffer.ts), story postings, the story candidate query and
 * the reads of story records. One script call per step sends the terms once and
 * gets back only the answer: a command per term cost more client CPU and garbage
 * than the decision itself.
 */
import type { Redis } from 'ioredis';
import { LuaScript } from '../lua-script.js';

/**
 * KEYS: docs counter and df hash of this epoch, then of the previous one. ARGV:
 * terms. Returns the document count, then each term's count, both epochs summed.
 */
const TERM_STATS_SCRIPT = new LuaScript(`
local out = { (tonumber(redis.call('GET', KEYS[1])) or 0) + (tonumber(redis.call('GET', KEYS[3])) or 0) }
-- In slices: unpack() of a very long article's terms would overflow Lua's stack.
for first = 1, #ARGV, 1000 do
  local last = math.min(first + 999, #ARGV)
  local now = redis.call('HMGET', KEYS[2], unpack(ARGV, first, last))
  local before = redis.call('HMGET', KEYS[4], unpack(ARGV, first, last))
  for i = first, last do out[i + 1] = (tonumber(now[i - first + 1]) or 0) + (tonumber(before[i - first + 1]) or 0) end
end
return out
`);

/**
 * KEYS: sequence counter, then one posting set per term. ARGV: story id, cap per
 * term, ttl secs. A set grows only when the story is new to it (ZADD replies 1):
 * only then can it pass the cap, so only then is it trimmed (a story re-posted
 * under its usual terms, the common case, just moves up).
 */
const ADD_POSTINGS_SCRIPT = new LuaScript(`
local seq = redis.call('INCR', KEYS[1])
local cap = tonumber(ARGV[2])
for i = 2, #KEYS do
  if redis.call('ZADD', KEYS[i], seq, ARGV[1]) == 1 then
    redis.call('ZREMRANGEBYRANK', KEYS[i], 0, -(cap + 1))
  end
  redis.call('EXPIRE', KEYS[i], ARGV[3])
end
return seq
`);

/**
 * KEYS: one posting set per term. ARGV: limit. The `limit` stories with the
 * most recent posting on any of the terms, most recent first.
 */
const FIND_STORIES_SCRIPT = new LuaScript(`
local limit = tonumber(ARGV[1])
local latest = {}
local ids = {}
for i = 1, #KEYS do
  local flat = redis.call('ZREVRANGE', KEYS[i], 0, limit - 1, 'WITHSCORES')
  for j = 1, #flat, 2 do
    local id, seq = flat[j], tonumber(flat[j + 1])
    local seen = latest[id]
    if seen == nil then ids[#ids + 1] = id end
    if seen == nil or seq > seen then latest[id] = seq end
  end
end
table.sort(ids, function(a, b) if latest[a] ~= latest[b] then return latest[a] > latest[b] end return a < b end)
local out = {}
for i = 1, math.min(limit, #ids) do out[i] = ids[i] end
return out
`);

/**
 * KEYS: story records. ARGV: for each, the nonce of the copy the client holds
 * ('' for none). Replies per key: 1 when the record still starts with that
 * nonce (the client's copy is current), else the record, nil when missing.
 * A story is read for every candidate story of every article (up to 20) and
 * most have not changed since this worker last read them: a nonce check moves
 * 16 bytes instead of the whole record.
 */
const STORY_STATES_SCRIPT = new LuaScript(`
local out = {}
for i = 1, #KEYS do
  local known = ARGV[i]
  if known ~= '' and redis.call('GETRANGE', KEYS[i], 0, #known - 1) == known then
    out[i] = 1
  else
    out[i] = redis.call('GET', KEYS[i])
  end
end
return out
`);

/** Documents counted and each term's document frequency over two epochs (keys: docs and df of each). */
export async function termStats(
  redis: Redis,
  epochKeys: [docs: string, df: string, previousDocs: string, previousDf: string],
  terms: string[],
): Promise<{ documents: number; df: number[] }> {
  const [documents = 0, ...df] = (await TERM_STATS_SCRIPT.run(redis, epochKeys, terms)) as number[];
  return { documents, df };
}

/** Posts a story under each term; a term keeps its `perTermCap` most recent stories. */
export async function addStoryPostings(
  redis: Redis,
  seqKey: string,
  postingKeys: string[],
  storyId: string,
  perTermCap: number,
  ttlSecs: number,
): Promise<void> {
  const keys = [seqKey, ...new Set(postingKeys)];
  await ADD_POSTINGS_SCRIPT.run(redis, keys, [storyId, perTermCap, ttlSecs]);
}

/** Stories posted under any of the terms, most recently posted first, at most `limit`. */
export async function findStories(redis: Redis, postingKeys: string[], limit: number): Promise<string[]> {
  if (postingKeys.length === 0 || limit <= 0) return [];
  return (await FIND_STORIES_SCRIPT.run(redis, postingKeys, [limit])) as string[];
}

/** Per key: 1 when it still starts with the nonce given for it, else the record (null: none). */
export async function storyStates(redis: Redis, keys: string[], knownNonces: string[]): Promise<Array<string | 1 | null>> {
  return (await STORY_STATES_SCRIPT.run(redis, keys, knownNonces)) as Array<string | 1 | null>;
}
