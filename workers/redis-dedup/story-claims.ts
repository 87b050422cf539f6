/**
 * Claims of each story's articles on Redis, for the story's claim timeline in
 * the distributed mode: one capped list per story, expiring with the dedup window.
 */
import type { Redis } from 'ioredis';
import { MAX_STORY_TIMELINE_MEMBERS, type StoryClaimsStore } from '../../pipeline/chain/index.js';
import type { TimelineInput } from '../../pipeline/claims/index.js';

/** As long as stories stay open for new members (dedup window + a day). */
const STORY_CLAIMS_TTL_SECS = 8 * 24 * 3600;
/** Characters of member JSON kept parsed per process (about 2 bytes each): a story's members are read again by each article that joins it. */
const PARSED_MEMBERS_MAX_CHARS = 8 * 1024 * 1024;

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

export function createRedisStoryClaims(redis: Redis, prefix: string): StoryClaimsStore {
  const key = (storyId: string): string => `${prefix}:sc:${storyId}`;
  const parsed = new ParsedMembers();
  return {
    async membersOf(storyId) {
      const items = await redis.lrange(key(storyId), 0, -1);
      return items.map((item) => parsed.get(item));
    },
    async add(storyId, member) {
      // Only claims with a figure make timeline points: keep the list small.
      const compact: TimelineInput = { ...member, claims: member.claims.filter((c) => c.value !== null || c.bound === 'range') };
      await redis
        .multi()
        .rpush(key(storyId), JSON.stringify(compact))
        .ltrim(key(storyId), -MAX_STORY_TIMELINE_MEMBERS, -1)
        .expire(key(storyId), STORY_CLAIMS_TTL_SECS)
        .exec();
    },
  };
}
