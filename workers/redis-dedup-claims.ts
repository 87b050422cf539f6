/**
 * Insert-or-get claims on Redis (layout B2 of the dedup design): hashes
 * partitioned by UTC day and by shard, `<base>c:<day>:<shard>`, field = 3–6 more
 * bytes of the key's hash, value = 8-byte owner id. Invariant: all claims of one call
 * run in one Lua script, so they are atomic together: of two workers claiming
 * overlapping buckets, one sees none of the other's claims and the other sees
 * all of them (no split ownership, hence no two stories for one report).
 * A claim is visible for at least the window + 1 day: a partition is read while
 * it is among the last window + 2 days and expires at the end of its day +
 * window + 1 day. Not cluster-safe: one script touches many partitions.
 */
import type { Redis } from 'ioredis';
import { claimAddress, decodeId, encodeId } from './redis-dedup-codec.js';

export const DAY_MS = 86_400_000;
/** 2^16 shards: up to ~30M claims (~600k articles) a day keep every partition under the 512-entry listpack limit. */
export const DEFAULT_SHARD_BITS = 16;

/** Reads the live partitions newest first; writes today's when no owner exists. Replies '' for "none" (read-only). */
const CLAIM_SCRIPT = `
local base, today, live, ttl, owner, readOnly = ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[3]), ARGV[4], ARGV[5], ARGV[6]
local days = {}
for d = 0, live - 1 do days[d + 1] = base .. (today - d) .. ':' end
local out = {}
for i = 7, #ARGV, 2 do
  local shard, field = ARGV[i], ARGV[i + 1]
  local found = false
  for d = 1, live do
    local v = redis.call('HGET', days[d] .. shard, field)
    if v then found = v break end
  end
  if not found then
    if readOnly == '1' then
      found = ''
    else
      local key = days[1] .. shard
      redis.call('HSET', key, field, owner)
      redis.call('EXPIRE', key, ttl, 'NX')
      found = owner
    end
  end
  out[#out + 1] = found
end
return out
`;

interface ClaimCommand {
  wwDedupClaimBuffer(...args: Array<string | number | Buffer>): Promise<Buffer[]>;
}

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
  shardBits: number;
}

export function defineClaimCommand(redis: Redis): void {
  if (!('wwDedupClaim' in redis)) redis.defineCommand('wwDedupClaim', { numberOfKeys: 0, lua: CLAIM_SCRIPT });
}

/**
 * Insert-or-get of every key for `ownerId` in one atomic step; the owner of each
 * key in order. With `readOnly`, nothing is written and "" means no owner.
 */
export async function claimKeys(redis: Redis, options: ClaimOptions, kind: string, keys: string[], ownerId: string, readOnly: boolean): Promise<string[]> {
  if (keys.length === 0) return [];
  const args: Array<string | number | Buffer> = [
    `${options.base}c:`,
    dayOf(options),
    options.windowDays + 2,
    ttlSecsOf(options),
    readOnly ? '' : encodeId(ownerId),
    readOnly ? '1' : '0',
  ];
  for (const key of keys) {
    const { shard, field } = claimAddress(kind, key, options.shardBits);
    args.push(shard, field);
  }
  const replies = await (redis as unknown as ClaimCommand).wwDedupClaimBuffer(...args);
  return replies.map((b) => (b.length === 0 ? '' : decodeId(b)));
}
