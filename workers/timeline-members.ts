/**
 * Claim timeline members as the distributed mode keeps them in Redis: a story's
 * members (redis-dedup/story-claims.ts) and a watch's (watches.ts), one JSON
 * list item each. A story's list is read back whole for every article that joins
 * the story, so the bytes of a member are paid again at each of those reads.
 */
import { timelineClaimOf, type TimelineInput } from '../pipeline/claims/index.js';

/** The JSON a member is stored as: its claims, each cut to the fields the timeline reads (timelineClaimOf). */
export function storedMemberJson(member: TimelineInput): string {
  return JSON.stringify({ ...member, claims: member.claims.map(timelineClaimOf) });
}

/** Characters of member JSON kept parsed per store (about 2 bytes each). */
const PARSED_MEMBERS_MAX_CHARS = 8 * 1024 * 1024;

/**
 * Members parsed from their stored JSON, by that JSON, least recently read first. A story's
 * timeline is built again for every article that joins it, over the same members: handing out
 * the same objects saves parsing them again, and lets the timeline reuse what it placed for each
 * (it keeps that by member object, pipeline/claims/timeline.ts). Members are only ever read, so
 * one object per JSON text stands for every read of it. Their claims may hold only
 * the fields the timeline reads (TIMELINE_CLAIM_FIELDS): the cast below is as wide as that.
 */
export class ParsedMembers {
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
