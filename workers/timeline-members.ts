/**
 * Claim timeline members as the distributed mode keeps them in Redis: a story's
 * members (redis-dedup/story-claims.ts) and a watch's (watches.ts), one JSON
 * list item each. A story's list is read back whole for every article that joins
 * the story, so the bytes of a member are paid again at each of those reads.
 */
import type { TimelineInput } from '../pipeline/claims/index.js';
import type { Claim } from '../pipeline/types.js';

/**
 * The fields of a claim that the timeline reads (pipeline/claims/timeline*.ts:
 * the figure, what is counted, the source and its relay, the id for the flags).
 * A stored claim keeps only these: a figure claim of today's tagger is about
 * 650 bytes of JSON, mostly spans and its sentence, and these fields some 150.
 * test/timeline-members.test.ts fails when the timeline reads a field not listed.
 *
 * Rolling upgrades: members written by versions before this list hold every
 * field (a superset, read the same), and those versions read no field outside
 * it. A field added here later is missing from the members stored before (for
 * as long as they live: a story's list expires with the dedup window, a watch's
 * keeps its latest 50), so the timeline must read it as absent when undefined.
 */
export const TIMELINE_CLAIM_FIELDS = ['id', 'measure', 'value', 'bound', 'low', 'high', 'unit', 'counted', 'source', 'via'] as const satisfies ReadonlyArray<
  keyof Claim
>;

export type TimelineClaimField = (typeof TIMELINE_CLAIM_FIELDS)[number];

/** A claim cut to the fields the timeline reads (a field the claim lacks stays out, as JSON leaves out undefined). */
export function timelineClaimOf(claim: Claim): Pick<Claim, TimelineClaimField> {
  const out: Partial<Record<TimelineClaimField, unknown>> = {};
  for (const field of TIMELINE_CLAIM_FIELDS) out[field] = claim[field];
  return out as Pick<Claim, TimelineClaimField>;
}

/** The JSON a member is stored as: its claims, each cut to TIMELINE_CLAIM_FIELDS. */
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
 * TIMELINE_CLAIM_FIELDS: the cast below is as wide as the timeline reads.
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
