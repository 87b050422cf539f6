/**
 * A watch's own claim timeline: the figure claims of every document that
 * matched the watch, in any story, compared as one storyline. A new
 * document's figure that updates (same source, a new figure later) or
 * contradicts (another source, incompatible) an earlier one there is a
 * `timeline` alert: "the NIS now says 600, after 100" even when the two
 * reports are different stories.
 */
import { buildClaimTimeline, timelineClaims, type TimelineInput } from '../claims/index.js';
import type { ClaimFlag } from '../output-flags.js';
import { flagMatches, type WatchedDocument } from './match.js';
import type { ClaimFilter } from './schema.js';

/** A watch's timeline is compared over at most this many of its latest documents. */
export const MAX_WATCH_TIMELINE_MEMBERS = 50;

/**
 * What a matching document adds to the watch's timeline: all its figure
 * claims (the timeline places each by subject, source and date from the whole
 * article, so a filter applies to the flags, not here), or null when none has
 * a measured figure.
 */
export function watchTimelineMember(doc: WatchedDocument): TimelineInput | null {
  const claims = timelineClaims(doc.claims);
  if (claims.length === 0) return null;
  return {
    articleId: doc.article.id,
    outlet: doc.article.siteName,
    published: doc.article.publishedAt,
    storyId: doc.story.id,
    duplicateOf: doc.dedup.duplicateOf,
    claims,
  };
}

/**
 * The updates and conflicts `member` makes against the watch's earlier
 * members, those the watch's claim filters accept (all when it has none).
 */
export function watchTimelineFlags(member: TimelineInput, earlier: readonly TimelineInput[], filters: readonly ClaimFilter[]): ClaimFlag[] {
  const others = earlier.filter((m) => m.articleId !== member.articleId).slice(-MAX_WATCH_TIMELINE_MEMBERS);
  return buildClaimTimeline([...others, member]).flags.filter(
    (flag) =>
      ((flag.type === 'update' && (flag.to.articleIds.includes(member.articleId) || flag.from.articleIds.includes(member.articleId))) ||
        (flag.type === 'conflict' && (flag.a.articleIds.includes(member.articleId) || flag.b.articleIds.includes(member.articleId)))) &&
      (filters.length === 0 || filters.some((f) => flagMatches(flag, f))),
  );
}
