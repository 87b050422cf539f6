/**
 * Level 3, same story: streaming grouping of articles into news events.
 * Invariant: an article joins at most one story, the best one scoring at least
 * the join threshold inside the sliding window; a story id never changes (it is
 * its first article's id). Scores mix TF-IDF cosine to the story centroid (words,
 * entities and figures), a time decay, and a penalty when headline figures
 * disagree: one storyline (the same war, the same election) holds many events.
 */
import {
  ARTICLE_VECTOR_TERMS,
  ENTITY_TERM_WEIGHT,
  FIGURE_CONFLICT_FACTOR,
  FIGURE_TERM_WEIGHT,
  STORY_CENTROID_TERMS,
  STORY_HALF_LIFE_HOURS,
  STORY_RECENT_MEMBERS,
} from './constants.js';
import type { ArticleFeatures } from './features.js';
import { headlineFiguresConflict } from './rewrite.js';
import type { StoryState, TermStats } from './store.js';

/** A unit-length sparse term vector, heaviest terms first. */
export type TermVector = [term: string, weight: number][];

const HOUR_MS = 3_600_000;
const MAX_HEADLINE_FIGURES = 16;

function termTypeWeight(term: string): number {
  if (term.startsWith('e:')) return ENTITY_TERM_WEIGHT;
  if (term.startsWith('n:')) return FIGURE_TERM_WEIGHT;
  return 1;
}

/** Sublinear TF × smoothed IDF × type weight, top terms, unit length. `stats.df` is in the order of `counts`. */
export function termVector(counts: ArticleFeatures['storyTerms'], stats: TermStats): TermVector {
  const weighted: TermVector = counts.map(([term, count], i) => {
    const tf = 1 + Math.log(count);
    const idf = Math.log(1 + (stats.documents + 1) / ((stats.df[i] ?? 0) + 1));
    return [term, tf * idf * termTypeWeight(term)];
  });
  weighted.sort((a, b) => b[1] - a[1]);
  const top = weighted.slice(0, ARTICLE_VECTOR_TERMS);
  const norm = Math.sqrt(top.reduce((s, [, w]) => s + w * w, 0)) || 1;
  return top.map(([t, w]) => [t, w / norm]);
}

interface CentroidIndex {
  weights: Map<string, number>;
  norm: number;
}

/**
 * Term lookup of each centroid seen lately, by the centroid array itself. An
 * article is scored against up to 20 candidate stories, and most are the same
 * objects as for the last article (stores hand out unchanged states again), so
 * rebuilding each one's map every time was most of the scoring's cost. A
 * centroid is never changed in place (addMember builds a new one): the entry
 * stays right, and goes with its array.
 */
const centroidIndexes = new WeakMap<StoryState['centroid'], CentroidIndex>();

function centroidIndex(centroid: StoryState['centroid']): CentroidIndex {
  let index = centroidIndexes.get(centroid);
  if (index === undefined) {
    let norm = 0;
    const weights = new Map<string, number>();
    for (const [t, w] of centroid) {
      weights.set(t, w);
      norm += w * w;
    }
    index = { weights, norm };
    centroidIndexes.set(centroid, index);
  }
  return index;
}

/** Cosine of a unit vector and a centroid (normalised here). */
export function cosineToCentroid(vector: TermVector, centroid: StoryState['centroid']): number {
  const { weights, norm } = centroidIndex(centroid);
  if (norm === 0) return 0;
  let dot = 0;
  for (const [t, w] of vector) dot += w * (weights.get(t) ?? 0);
  return dot / Math.sqrt(norm);
}

/** Hours from a time to a story's [firstSeen, lastSeen] span (0 inside it). */
export function hoursToStory(timeMs: number, story: StoryState): number {
  const first = Date.parse(story.firstSeen);
  const last = Date.parse(story.lastSeen);
  if (timeMs < first) return (first - timeMs) / HOUR_MS;
  if (timeMs > last) return (timeMs - last) / HOUR_MS;
  return 0;
}

/** How well an article fits a story: 0..1. */
export function storyScore(vector: TermVector, headlineFigures: number[], timeMs: number, story: StoryState): number {
  const decay = 0.5 ** (hoursToStory(timeMs, story) / STORY_HALF_LIFE_HOURS);
  const conflict = headlineFiguresConflict(headlineFigures, story.headlineFigures) ? FIGURE_CONFLICT_FACTOR : 1;
  return cosineToCentroid(vector, story.centroid) * decay * conflict;
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
    firstSeen: time < Date.parse(story.firstSeen) ? member.eventTime : story.firstSeen,
    lastSeen: time > Date.parse(story.lastSeen) ? member.eventTime : story.lastSeen,
    centroid,
    headlineFigures: [...new Set([...story.headlineFigures, ...member.headlineFigures])].slice(0, MAX_HEADLINE_FIGURES),
    recentMembers: [...story.recentMembers.filter((id) => id !== member.articleId), member.articleId].slice(-STORY_RECENT_MEMBERS),
  };
}
