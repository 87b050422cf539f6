/**
 * Insert-or-get claims on Redis: hashes per UTC day and shard, and a filter per
 * day that spares reads of partitions without the key (docs/architecture.md, "The
 * Redis layout"). Invariant: all claims of one call and their filter bits are
 * written by one Lua script, so they are atomic together (no split ownership) and
 * a filter never says "absent" for a claim that exists. A claim stays visible for
 * the window + 1 day. Not cluster-safe: the script computes its keys
 * (docs/architecture.md, "Redis Cluster and managed Redis").
 */
import type { Redis } from 'ioredis';
import { LuaScript } from '../lua-script.js';
import { claimAddress, decodeId, encodeId } from './codec.js';

export const DAY_MS = 86_400_000;
/** 2^16 shards: up to ~30M claims (~600k articles) a day keep every partition under the 512-entry listpack limit. */
export const DEFAULT_SHARD_BITS = 16;

/**
 * Filter bits a claim is sized for. With 3 bits set in a 32-bit block, 7 bits a
 * claim give about 5.5% false positives at the sizing's load (8 bits: 4.3%, 6:
 * 7.6%): each false positive costs one HGET scan of a partition, each bit a
 * claim 1/8 byte a day, about 39 bytes an article a day at 7.
 */
export const FILTER_BITS_PER_CLAIM = 7;
/** Claims an article makes: 41 bands, the text hash, 1–3 URL forms. Sizes the filters from an article rate. */
export const CLAIMS_PER_ARTICLE = 44;
/** Articles a day the day filters are sized for by default (3.9 MB a day); a busier stream raises its false positives, not its misses. */
export const DEFAULT_ARTICLES_PER_DAY = 100_000;

/** Bit layout of a day filter: shard bits first (a shard's bit offset is its number), then the blocks. */
export interface FilterLayout {
  /** Bits before block 0: one per shard, at least one 32-bit word. */
  shardBitsLength: number;
  blocks: number;
}

export function filterLayout(shardBits: number, articlesPerDay: number): FilterLayout {
  return {
    shardBitsLength: Math.max(2 ** shardBits, 32),
    blocks: Math.max(1, Math.ceil((articlesPerDay * CLAIMS_PER_ARTICLE * FILTER_BITS_PER_CLAIM) / 32)),
  };
}

export function filterBytes(layout: FilterLayout): number {
  return (layout.shardBitsLength + layout.blocks * 32) / 8;
}

/**
 * A day filter is named by its layout, `<base>f:<day>:<shard bits>.<blocks>`: the
 * client places bits by its own layout, so a store sized otherwise must never read
 * them. To it that filter is missing, and the day's partitions are read in full.
 */
export function filterSuffix(options: Pick<ClaimOptions, 'shardBits' | 'filter'>): string {
  return `:${options.shardBits}.${options.filter.blocks}`;
}

/** Partitions sampled to tell whether a day without a filter has claims (written before the filters). */
const LEGACY_SAMPLES = 16;

/**
 * ARGV: today's partition prefix, base, today, live days, ttl, owner, readOnly,
 * filter bytes, bytes of the shard bits, shard count, the filter layout's name
 * suffix (filterSuffix), the field length F, then the keys packed into one
 * string, 10 + F bytes each (packKeys): shard (u16), the bit offset of its
 * filter word (u32), the mask of its 3 bits in that word (i32), all big-endian,
 * then its field. The client computes all of it: building strings in Lua costs
 * more than the lookups. Packed rather than 4 arguments a key: a 41-key claim
 * was 175 arguments, which the client spent more time writing out (ioredis
 * builds a buffer part by part for each) than Redis spent on the claim, and
 * which Redis made into 175 strings before the script ran. A past day's
 * filter is read only if it exists: the EXISTS costs about a microsecond, a
 * BITFIELD_RO over all the keys tens (measured: a 41-key claim on a stream
 * younger than the window went from ~550 to ~410 µs). Replies the owner of
 * each key in order, '' for "none" (read-only).
 */
const CLAIM_SCRIPT = new LuaScript(`
local todayPrefix, base, today, live, ttl, owner, readOnly = ARGV[1], ARGV[2], tonumber(ARGV[3]), tonumber(ARGV[4]), ARGV[5], ARGV[6], ARGV[7] == '1'
local filterSize, shardBytes, shardCount, layout = tonumber(ARGV[8]), tonumber(ARGV[9]), tonumber(ARGV[10]), ARGV[11]
local fieldBytes, packed = tonumber(ARGV[12]), ARGV[13]
local stride = 10 + fieldBytes
local n = #packed / stride
local shards, fields, words, masks, found = {}, {}, {}, {}, {}
local blockArgs, todayArgs = {}, {}
for i = 1, n do
  local at = (i - 1) * stride + 1
  -- string.byte and arithmetic: cheaper here than struct.unpack, which parses its format every call.
  local s1, s2, w1, w2, w3, w4, m1, m2, m3, m4 = string.byte(packed, at, at + 9)
  -- As strings once: every redis.call argument and key name that is a number is formatted anew.
  shards[i], words[i] = tostring(s1 * 256 + s2), tostring(((w1 * 256 + w2) * 256 + w3) * 256 + w4)
  local mask = ((m1 * 256 + m2) * 256 + m3) * 256 + m4
  masks[i] = mask >= 2147483648 and mask - 4294967296 or mask
  fields[i] = string.sub(packed, at + 10, at + 9 + fieldBytes)
  found[i] = false
  blockArgs[3 * i - 2], blockArgs[3 * i - 1], blockArgs[3 * i] = 'GET', 'i32', words[i]
  todayArgs[3 * i - 2], todayArgs[3 * i - 1], todayArgs[3 * i] = 'GET', 'i32', words[i]
  -- Today's read also takes the shard bits: a fresh claim in an unmarked shard makes a new partition.
  todayArgs[3 * (n + i) - 2], todayArgs[3 * (n + i) - 1], todayArgs[3 * (n + i)] = 'GET', 'u1', shards[i]
end
local todayFilter = base .. 'f:' .. today .. layout
-- Once a day, before anything is read: live days that have partitions but no filter of
-- this layout were written before the filters existed, or by a store sized otherwise.
-- Their filter gets every block bit set, so each of their keys is read from its
-- partition, as before; they age out within the window.
if redis.call('EXISTS', todayFilter) == 0 then
  for d = 0, live - 1 do
    local filter = base .. 'f:' .. (today - d) .. layout
    if redis.call('EXISTS', filter) == 0 then
      local prefix = base .. 'c:' .. (today - d) .. ':'
      for k = 0, ${LEGACY_SAMPLES} - 1 do
        local pttl = redis.call('PTTL', prefix .. math.floor(k * shardCount / ${LEGACY_SAMPLES}))
        if pttl > 0 then
          redis.call('SETRANGE', filter, shardBytes, string.rep('\\255', filterSize - shardBytes))
          redis.call('PEXPIRE', filter, pttl)
          break
        end
      end
    end
  end
  if not readOnly and redis.call('EXISTS', todayFilter) == 0 then
    -- Allocated at full size once, rather than grown by BITFIELD in steps.
    redis.call('SETRANGE', todayFilter, filterSize - 1, '\\0')
    redis.call('EXPIRE', todayFilter, ttl)
  end
end
-- Newest day first: the first partition holding a key has its owner. A past day without a
-- filter has no claims (claims and their bits are written together, and a day of partitions
-- without a filter got an all-set one above), so it is not read: a young stream has few days.
local todayWords
for d = 0, live - 1 do
  local day = today - d
  local filter = d == 0 and todayFilter or base .. 'f:' .. day .. layout
  local got = (d == 0 or redis.call('EXISTS', filter) == 1) and redis.call('BITFIELD_RO', filter, unpack(d == 0 and todayArgs or blockArgs)) or nil
  if d == 0 then todayWords = got end
  local prefix
  for i = 1, got and n or 0 do
    if not found[i] and bit.band(got[i], masks[i]) == masks[i] then
      prefix = prefix or base .. 'c:' .. day .. ':'
      local v = redis.call('HGET', prefix .. shards[i], fields[i])
      if v then found[i] = v end
    end
  end
end
if readOnly then
  for i = 1, n do found[i] = found[i] or '' end
  return found
end
local setArgs, newWord, order, newShards = {}, {}, {}, {}
for i = 1, n do
  if not found[i] then
    redis.call('HSET', todayPrefix .. shards[i], fields[i], owner)
    found[i] = owner
    -- Keys of this call may share a word: OR them together from the word as read.
    local w = words[i]
    if newWord[w] == nil then order[#order + 1] = w end
    newWord[w] = bit.bor(newWord[w] or todayWords[i], masks[i])
    if todayWords[n + i] == 0 and newShards[shards[i]] == nil then
      newShards[shards[i]] = true
      setArgs[#setArgs + 1], setArgs[#setArgs + 2], setArgs[#setArgs + 3], setArgs[#setArgs + 4] = 'SET', 'u1', shards[i], 1
      redis.call('EXPIRE', todayPrefix .. shards[i], ttl, 'NX')
    end
  end
end
if #order > 0 then
  for _, w in ipairs(order) do
    setArgs[#setArgs + 1], setArgs[#setArgs + 2], setArgs[#setArgs + 3], setArgs[#setArgs + 4] = 'SET', 'i32', w, newWord[w]
  end
  redis.call('BITFIELD', todayFilter, unpack(setArgs))
end
return found
`);

/** Time partitioning of every dedup key: partition days and the expiry that goes with them. */
export interface DedupClock {
  now: () => number;
  /** Days a claim must stay visible beyond its own day, minus one (the dedup window). */
  windowDays: number;
}

export function dayOf(clock: DedupClock): number {
  return Math.floor(clock.now() / DAY_MS);
}

/** Seconds until the end of today + window + 1 day: the expiry of everything written now. */
export function ttlSecsOf(clock: DedupClock): number {
  const expireAtMs = (dayOf(clock) + 1 + clock.windowDays + 1) * DAY_MS;
  return Math.ceil((expireAtMs - clock.now()) / 1000);
}

export interface ClaimOptions extends DedupClock {
  /** Key prefix of the partitions, ending in ':'. */
  base: string;
  /** Fixed for a prefix, as the filter layout: they name the partitions and place the filter bits. */
  shardBits: number;
  filter: FilterLayout;
}

/** The keys of one claim as CLAIM_SCRIPT reads them (all of one kind, so of one field length). */
function packKeys(kind: string, keys: string[], options: Pick<ClaimOptions, 'shardBits' | 'filter'>): { fieldBytes: number; bytes: Buffer } {
  const { shardBitsLength, blocks } = options.filter;
  const addresses = keys.map((key) => claimAddress(kind, key, options.shardBits));
  const fieldBytes = addresses[0]?.field.length ?? 0;
  const stride = 10 + fieldBytes;
  const bytes = Buffer.allocUnsafe(addresses.length * stride);
  addresses.forEach(({ shard, field, blockHash, bitMask }, i) => {
    const at = i * stride;
    bytes.writeUInt16BE(shard, at);
    bytes.writeUInt32BE(shardBitsLength + (blockHash % blocks) * 32, at + 2);
    bytes.writeInt32BE(bitMask, at + 6);
    field.copy(bytes, at + 10);
  });
  return { fieldBytes, bytes };
}

/**
 * Insert-or-get of every key for `ownerId` in one atomic step; the owner of each
 * key in order. With `readOnly`, nothing is written and "" means no owner.
 */
export async function claimKeys(redis: Redis, options: ClaimOptions, kind: string, keys: string[], ownerId: string, readOnly: boolean): Promise<string[]> {
  if (keys.length === 0) return [];
  const today = dayOf(options);
  const packed = packKeys(kind, keys, options);
  const args: Array<string | number | Buffer> = [
    `${options.base}c:${today}:`,
    options.base,
    today,
    options.windowDays + 2,
    ttlSecsOf(options),
    readOnly ? '' : encodeId(ownerId),
    readOnly ? '1' : '0',
    filterBytes(options.filter),
    options.filter.shardBitsLength / 8,
    2 ** options.shardBits,
    filterSuffix(options),
    packed.fieldBytes,
    packed.bytes,
  ];
  const replies = (await CLAIM_SCRIPT.runBuffer(redis, [], args)) as Buffer[];
  return replies.map((b) => (b.length === 0 ? '' : decodeId(b)));
}
