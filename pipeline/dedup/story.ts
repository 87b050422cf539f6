/**
 * Level 3, same story: streaming grouping of articles into news events.
 * Invariant: an article joins at most one story, the best one whose score
 * (story-model.ts) reaches the join threshold inside the sliding window; a story
 * id never changes (it is its first article's id). A story keeps a centroid
 * (the sum of its members' vectors, heaviest terms), which moves as members join.
 */
import { STORY_CENTROID_TERMS, STORY_RECENT_MEMBERS } from './constants.js';
import type { TermVector } from './story-vector.js';
import type { StoryState } from './store.js';

const HOUR_MS = 3_600_000;
const MAX_HEADLINE_FIGURES = 16;

/** Times parsed lately: every article reads the span of each of its ~10 candidate stories twice, mostly the same few. */
const parsedTimes = new Map<string, number>();
const PARSED_TIMES = 8192;

/** `Date.parse` of a story time, remembered (the map is emptied when full: no state grows with the stream). */
export function storyTimeMs(iso: string): number {
  let ms = parsedTimes.get(iso);
  if (ms === undefined) {
    if (parsedTimes.size >= PARSED_TIMES) parsedTimes.clear();
    ms = Date.parse(iso);
    parsedTimes.set(iso, ms);
  }
  return ms;
}

/** Hours from a time to a story's [firstSeen, lastSeen] span (0 inside it). */
export function hoursToStory(timeMs: number, story: StoryState): number {
  const first = storyTimeMs(story.firstSeen);
  const last = storyTimeMs(story.lastSeen);
  if (timeMs < first) return (first - timeMs) / HOUR_MS;
  if (timeMs > last) return (timeMs - last) / HOUR_MS;
  return 0;
}

/** A new story opened by its first article. */
export function openStory(articleId: string, eventTime: string): StoryState {
  return {
    storyId: articleId,
    representativeId: articleId,
    memberCount: 0,
    outlets: [],
    firstSeen: eventTime,
    lastSeen: eventTime,
    centroid: [],
    headlineFigures: [],
    recentMembers: [],
  };
}

/** The story with one more member (a pure update; the caller stores it). */
export function addMember(
  story: StoryState,
  member: { articleId: string; outlet: string; eventTime: string; vector: TermVector; headlineFigures: number[] },
): StoryState {
  const sums = new Map<string, number>(story.centroid);
  for (const [t, w] of member.vector) sums.set(t, (sums.get(t) ?? 0) + w);
  const centroid = [...sums].sort((a, b) => b[1] - a[1]).slice(0, STORY_CENTROID_TERMS);
  const time = Date.parse(member.eventTime);
  return {
    ...story,
    memberCount: story.memberCount + 1,
    outlets: story.outlets.includes(member.outlet) || member.outlet === '' ? story.outlets : [...story.outlets, member.outlet],
    firstSeen: time < storyTimeMs(story.firstSeen) ? member.eventTime : story.firstSeen,
    lastSeen: time > storyTimeMs(story.lastSeen) ? member.eventTime : story.lastSeen,
    centroid,
    headlineFigures: [...new Set([...story.headlineFigures, ...member.headlineFigures])].slice(0, MAX_HEADLINE_FIGURES),
    recentMembers: [...story.recentMembers.filter((id) => id !== member.articleId), member.articleId].slice(-STORY_RECENT_MEMBERS),
  };
}
