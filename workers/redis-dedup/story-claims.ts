/**
 * Claims of each story's articles on Redis, for the story's claim timeline in
 * the distributed mode: one capped list per story, expiring with the dedup window,
 * and beside it the story's append count under an epoch drawn when the count
 * starts. Invariant: the list holds the last LLEN members of that epoch's appends,
 * in order, so a worker that holds a story's members as of count `c` needs only
 * the members appended after `c`. Every append goes through ADD_MEMBER_SCRIPT
 * (a list written by an older version, without a count, is read whole and counted
 * from its length at the next append).
 */
import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { MAX_STORY_TIMELINE_MEMBERS, type StoryClaimsStore } from '../../pipeline/chain/index.js';
import type { TimelineInput } from '../../pipeline/claims/index.js';
import { LuaScript } from '../lua-script.js';

/** As long as stories stay open for new members (dedup window + a day). */
const STORY_CLAIMS_TTL_SECS = 8 * 24 * 3600;
/** Characters of member JSON kept parsed per process (about 2 bytes each): a story's members are read again by each article that joins it. */
const PARSED_MEMBERS_MAX_CHARS = 8 * 1024 * 1024;
const EPOCH_BYTES = 8;

/** Lua: `epoch`, `count` of the count key's "<epoch>:<count>", or nil, nil. */
const READ_COUNT_LUA = `
local function readCount(key)
  local meta = redis.call('GET', key)
  if not meta then return nil, nil end
  local at = string.find(meta, ':', 1, true)
  return string.sub(meta, 1, at - 1), tonumber(string.sub(meta, at + 1))
end
`;

/**
 * KEYS: the story's list, its count. ARGV: member JSON, members kept, ttl secs,
 * an epoch for a count that starts now. One script, so the list and its count
 * never disagree, also when the worker dies mid-way.
 */
const ADD_MEMBER_SCRIPT = new LuaScript(`${READ_COUNT_LUA}
local epoch, count = readCount(KEYS[2])
if not epoch then epoch, count = ARGV[4], redis.call('LLEN', KEYS[1]) end
redis.call('RPUSH', KEYS[1], ARGV[1])
redis.call('LTRIM', KEYS[1], -tonumber(ARGV[2]), -1)
redis.call('EXPIRE', KEYS[1], ARGV[3])
redis.call('SET', KEYS[2], epoch .. ':' .. (count + 1), 'EX', ARGV[3])
return 1
`);

/**
 * KEYS: the story's list, its count. ARGV: the epoch and count the caller holds
 * the members of ('' and 0 for none). Replies 'tail', epoch, count, list length,
 * then the members appended since the caller's count; or 'whole', epoch ('' when
 * the list has no count), count, list length, then the whole list.
 */
const READ_MEMBERS_SCRIPT = new LuaScript(`${READ_COUNT_LUA}
local epoch, count = readCount(KEYS[2])
local length = redis.call('LLEN', KEYS[1])
local known = tonumber(ARGV[2])
if epoch and epoch == ARGV[1] and count >= known and count - known <= length then
  local out = { 'tail', epoch, count, length }
  if count > known then
    for _, m in ipairs(redis.call('LRANGE', KEYS[1], known - count, -1)) do out[#out + 1] = m end
  end
  return out
end
local out = { 'whole', epoch or '', count or length, length }
for _, m in ipairs(redis.call('LRANGE', KEYS[1], 0, -1)) do out[#out + 1] = m end
return out
`);

/**
 * Members parsed from their stored JSON, by that JSON, least recently read first. A story's
 * timeline is built again for every article that joins it, over the same members: handing out
 * the same objects saves parsing them again, and lets the timeline reuse what it placed for each
 * (it keeps that by member object, pipeline/claims/timeline.ts). Members are only ever read, so
 * one object per JSON text stands for every read of it.
 */
class ParsedMembers {
  readonly #byJson = new Map<string, TimelineInput>();
  #chars = 0;

  get(json: string): TimelineInput {
    const known = this.#byJson.get(json);
    if (known !== undefined) {
      // Map order is insertion order: re-inserting marks it read last.
      this.#byJson.delete(json);
      this.#byJson.set(json, known);
      return known;
    }
    const member = JSON.parse(json) as TimelineInput;
    this.#byJson.set(json, member);
    this.#chars += json.length;
    for (const oldest of this.#byJson.keys()) {
      if (this.#chars <= PARSED_MEMBERS_MAX_CHARS) break;
      this.#byJson.delete(oldest);
      this.#chars -= oldest.length;
    }
    return member;
  }
}

/** A story's members as of `count` appends of `epoch`, with each one's JSON length. */
interface KeptStory {
  epoch: string;
  count: number;
  members: TimelineInput[];
  sizes: number[];
  chars: number;
}

/**
 * Each story's members as this worker last read them, least recently read first,
 * bounded like ParsedMembers (the objects are the same ones): a story's next read
 * transfers only the members appended since, not the whole list again.
 */
class KeptStories {
  readonly #byStory = new Map<string, KeptStory>();
  #chars = 0;

  get(storyId: string): KeptStory | undefined {
    return this.#byStory.get(storyId);
  }

  set(storyId: string, story: KeptStory): void {
    this.delete(storyId);
    this.#byStory.set(storyId, story);
    this.#chars += story.chars;
    for (const [oldest, kept] of this.#byStory) {
      if (this.#chars <= PARSED_MEMBERS_MAX_CHARS) break;
      this.#byStory.delete(oldest);
      this.#chars -= kept.chars;
    }
  }

  delete(storyId: string): void {
    const kept = this.#byStory.get(storyId);
    if (kept === undefined) return;
    this.#byStory.delete(storyId);
    this.#chars -= kept.chars;
  }
}

export function createRedisStoryClaims(redis: Redis, prefix: string): StoryClaimsStore {
  const keys = (storyId: string): [list: string, count: string] => [`${prefix}:sc:${storyId}`, `${prefix}:scn:${storyId}`];
  const parsed = new ParsedMembers();
  const stories = new KeptStories();

  const read = async (storyId: string, kept: KeptStory | undefined): Promise<TimelineInput[]> => {
    const [mode, epoch, count, length, ...items] = (await READ_MEMBERS_SCRIPT.run(redis, keys(storyId), [kept?.epoch ?? '', kept?.count ?? 0])) as [
      string,
      string,
      number,
      number,
      ...string[],
    ];
    let members = items.map((item) => parsed.get(item));
    let sizes = items.map((item) => item.length);
    if (mode === 'tail' && kept !== undefined) {
      // The list holds the last `length` members of the epoch: what is held, then what came since, cut to that.
      const from = kept.members.length + members.length - length;
      // Held fewer than the list keeps (cannot happen while every append counts): read it whole.
      if (from < 0) return read(storyId, undefined);
      members = kept.members.concat(members).slice(from);
      sizes = kept.sizes.concat(sizes).slice(from);
    }
    if (epoch === '') stories.delete(storyId);
    else stories.set(storyId, { epoch, count, members, sizes, chars: sizes.reduce((a, b) => a + b, 0) });
    return members;
  };

  return {
    async membersOf(storyId) {
      // A copy: the kept list is the next read's start.
      return (await read(storyId, stories.get(storyId))).slice();
    },
    async add(storyId, member) {
      // Only claims with a figure make timeline points: keep the list small.
      const compact: TimelineInput = { ...member, claims: member.claims.filter((c) => c.value !== null || c.bound === 'range') };
      await ADD_MEMBER_SCRIPT.run(redis, keys(storyId), [
        JSON.stringify(compact),
        MAX_STORY_TIMELINE_MEMBERS,
        STORY_CLAIMS_TTL_SECS,
        randomBytes(EPOCH_BYTES).toString('hex'),
      ]);
    },
  };
}
