/**
 * Claims of each story's articles on Redis, for the story's claim timeline in
 * the distributed mode: one capped list per story, expiring with the dedup window.
 */
import type { Redis } from 'ioredis';
import { MAX_STORY_TIMELINE_MEMBERS, type StoryClaimsStore } from '../../pipeline/chain/index.js';
import { ParsedMembers, storedMemberJson } from '../timeline-members.js';

/** As long as stories stay open for new members (dedup window + a day). */
const STORY_CLAIMS_TTL_SECS = 8 * 24 * 3600;

export function createRedisStoryClaims(redis: Redis, prefix: string): StoryClaimsStore {
  const key = (storyId: string): string => `${prefix}:sc:${storyId}`;
  const parsed = new ParsedMembers();
  return {
    async membersOf(storyId) {
      const items = await redis.lrange(key(storyId), 0, -1);
      return items.map((item) => parsed.get(item));
    },
    async add(storyId, member) {
      // The member holds only its timeline claims (the chain's `timelineClaims`, as the embedded store
      // keeps them); only the fields the timeline reads of them are stored, which keeps the list small.
      const json = storedMemberJson(member);
      await redis.multi().rpush(key(storyId), json).ltrim(key(storyId), -MAX_STORY_TIMELINE_MEMBERS, -1).expire(key(storyId), STORY_CLAIMS_TTL_SECS).exec();
    },
  };
}
