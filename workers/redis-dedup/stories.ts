/**
 * The story side of the Redis dedup store as server-side scripts: term statistics
 * (over the whole stream, as the other stores count them), story postings, the
 * story candidate query and the reads of story records. One script call per step
 * sends the terms once and gets back only the answer: a command per term cost
 * more client CPU and garbage than the decision itself.
 */
import type { Redis } from 'ioredis';
import { LuaScript } from '../lua-script.js';

/**
 * Lua that reads `n` terms joined by the one-byte separator `sep` into `into`
 * (appended). Terms travel as one joined argument rather than one argument each:
 * ioredis spends about half a microsecond a command argument on the client,
 * and a document has some 300 terms (tools: bench/pipeline-redis.ts).
 */
const SPLIT_TERMS_LUA = `
local function splitTerms(s, sep, n, into)
  local from = 1
  for _ = 1, n - 1 do
    local at = string.find(s, sep, from, true)
    into[#into + 1] = string.sub(s, from, at - 1)
    from = at + 1
  end
  if n > 0 then into[#into + 1] = string.sub(s, from) end
  return into
end
`;

/**
 * KEYS: docs counter, df hash. ARGV: the document count the caller expects, the
 * separator, the missing terms joined and their number, the known terms joined
 * and their number. Returns the document count, 1 when it is the expected one
 * (then the counts of the missing terms) else 0 (then the counts of every term,
 * missing first). The known terms are read only in the second case.
 */
const TERM_STATS_SCRIPT = new LuaScript(`${SPLIT_TERMS_LUA}
local documents = tonumber(redis.call('GET', KEYS[1])) or 0
local same = documents == tonumber(ARGV[1])
local asked = splitTerms(ARGV[3], ARGV[2], tonumber(ARGV[4]), {})
if not same then splitTerms(ARGV[5], ARGV[2], tonumber(ARGV[6]), asked) end
local out = { documents, same and 1 or 0 }
-- In slices: unpack() of a very long article's terms would overflow Lua's stack.
for first = 1, #asked, 1000 do
  local upto = math.min(first + 999, #asked)
  local counts = redis.call('HMGET', KEYS[2], unpack(asked, first, upto))
  for i = first, upto do out[#out + 1] = tonumber(counts[i - first + 1]) or 0 end
end
return out
`);

/** KEYS: docs counter, df hash. ARGV: ttl secs, the separator, the document's distinct terms joined, their number. */
const ADD_TERM_COUNTS_SCRIPT = new LuaScript(`${SPLIT_TERMS_LUA}
redis.call('INCR', KEYS[1])
redis.call('EXPIRE', KEYS[1], ARGV[1])
local terms = splitTerms(ARGV[3], ARGV[2], tonumber(ARGV[4]), {})
for i = 1, #terms do redis.call('HINCRBY', KEYS[2], terms[i], 1) end
redis.call('EXPIRE', KEYS[2], ARGV[1])
return 1
`);

/** One-byte separators the term scripts can split on, tried in order; terms are words, names and figures, so the first does. */
const TERM_SEPARATORS = ['\n', '\u0000', '\u0001', '\u0002', '\u0003'];

/** The separator no term of the lists contains (the scripts split on it). */
function separatorFor(...lists: ReadonlyArray<readonly string[]>): string {
  for (const sep of TERM_SEPARATORS) if (!lists.some((terms) => terms.some((t) => t.includes(sep)))) return sep;
  throw new Error('every term separator occurs inside a term');
}

/**
 * KEYS: one posting set per term. ARGV: story id, cap per term, ttl secs, the
 * posting time (event time, ms). A posting never moves back in time. A set
 * grows only when the story is new to it (ZADD replies 1): only then can it
 * pass the cap, so only then is it trimmed (the earliest postings go, of equal
 * times the smaller ids: sorted-set order).
 */
const ADD_POSTINGS_SCRIPT = new LuaScript(`
local cap = tonumber(ARGV[2])
local t = tonumber(ARGV[4])
for i = 1, #KEYS do
  local before = redis.call('ZSCORE', KEYS[i], ARGV[1])
  if before == false then
    redis.call('ZADD', KEYS[i], t, ARGV[1])
    redis.call('ZREMRANGEBYRANK', KEYS[i], 0, -(cap + 1))
  elseif tonumber(before) < t then
    redis.call('ZADD', KEYS[i], t, ARGV[1])
  end
  redis.call('EXPIRE', KEYS[i], ARGV[3])
end
return 1
`);

/**
 * KEYS: one posting set per term. ARGV: limit, earliest posting time. The
 * `limit` stories posted under the most of the terms since then, ties by the
 * latest posting, then by id (the order of the memory and SQLite stores).
 * Reads whole posting sets: each holds at most the per-term cap.
 */
const FIND_STORIES_SCRIPT = new LuaScript(`
local limit = tonumber(ARGV[1])
local since = ARGV[2]
local latest = {}
local shared = {}
local ids = {}
for i = 1, #KEYS do
  local flat = redis.call('ZREVRANGEBYSCORE', KEYS[i], '+inf', since, 'WITHSCORES')
  for j = 1, #flat, 2 do
    local id, seq = flat[j], tonumber(flat[j + 1])
    local seen = latest[id]
    if seen == nil then
      ids[#ids + 1] = id
      latest[id] = seq
      shared[id] = 1
    else
      shared[id] = shared[id] + 1
      if seq > seen then latest[id] = seq end
    end
  end
end
table.sort(ids, function(a, b)
  if shared[a] ~= shared[b] then return shared[a] > shared[b] end
  if latest[a] ~= latest[b] then return latest[a] > latest[b] end
  return a < b
end)
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

/**
 * The document count, and each missing term's document frequency; the known
 * terms' too (else null) when the count is not the expected one.
 */
export async function termStats(
  redis: Redis,
  keys: [docs: string, df: string],
  expected: number,
  missing: string[],
  known: string[],
): Promise<{ documents: number; missing: number[]; known: number[] | null }> {
  const sep = separatorFor(missing, known);
  const args = [expected, sep, missing.join(sep), missing.length, known.join(sep), known.length];
  const [documents = 0, same = 0, ...counts] = (await TERM_STATS_SCRIPT.run(redis, keys, args)) as number[];
  return { documents, missing: counts.slice(0, missing.length), known: same === 1 ? null : counts.slice(missing.length) };
}

/** Counts one document with its distinct terms. */
export async function addTermCounts(redis: Redis, keys: [docs: string, df: string], terms: string[], ttlSecs: number): Promise<void> {
  const sep = separatorFor(terms);
  await ADD_TERM_COUNTS_SCRIPT.run(redis, keys, [ttlSecs, sep, terms.join(sep), terms.length]);
}

/** Posts a story under each term at `timeMs`; a term keeps its `perTermCap` latest stories. */
export async function addStoryPostings(
  redis: Redis,
  postingKeys: string[],
  storyId: string,
  perTermCap: number,
  ttlSecs: number,
  timeMs: number,
): Promise<void> {
  if (postingKeys.length === 0) return;
  await ADD_POSTINGS_SCRIPT.run(redis, [...new Set(postingKeys)], [storyId, perTermCap, ttlSecs, timeMs]);
}

/** Stories posted under the most of the terms since `sinceMs` (ties: latest posting, then id), at most `limit`. */
export async function findStories(redis: Redis, postingKeys: string[], limit: number, sinceMs: number): Promise<string[]> {
  if (postingKeys.length === 0 || limit <= 0) return [];
  return (await FIND_STORIES_SCRIPT.run(redis, [...new Set(postingKeys)], [limit, sinceMs])) as string[];
}

/** Per key: 1 when it still starts with the nonce given for it, else the record (null: none). */
export async function storyStates(redis: Redis, keys: string[], knownNonces: string[]): Promise<Array<string | 1 | null>> {
  return (await STORY_STATES_SCRIPT.run(redis, keys, knownNonces)) as Array<string | 1 | null>;
}
