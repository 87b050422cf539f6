/**
 * How well an article fits a story: the probability, under a logistic model,
 * that the article reports the story's event. Its inputs are the per-channel
 * cosines of the article to the story centroid (words, entities, figures), the
 * time between the article and the story's span, and the story's size (a
 * centroid of many members is broader, so each member's cosine to it is lower).
 *
 * How the weights were fitted (bench/stories-fit.ts prints them again): stories
 * built from the gold labels of the even-numbered articles of
 * gva-incidents.jsonl and basil-triplets.jsonl (stories-dev), replayed in
 * publication order; for every article, every candidate story the inverted
 * index returns (as dedup does) is one example, labelled by whether it is the
 * article's own event; logistic regression by Newton's method with a small L2
 * penalty. The odd-numbered articles are the check (bench:stories prints both
 * halves). Six numbers, so little room to overfit.
 */
import { STORY_MODEL, type StoryModel } from './constants.js';
import { hoursToStory } from './story.js';
import { channelCosines, type TermVector } from './story-vector.js';
import type { StoryState } from './store.js';

const DAY_HOURS = 24;

/** The model's inputs for one article and one story, in the order of StoryModel's weights. */
export function storyFeatures(vector: TermVector, timeMs: number, story: StoryState): number[] {
  const [word, entity, figure] = channelCosines(vector, story.centroid);
  const gapDays = hoursToStory(timeMs, story) / DAY_HOURS;
  return [word, entity, figure, Math.log1p(gapDays), Math.log(Math.max(1, story.memberCount))];
}

export function modelProbability(features: readonly number[], model: StoryModel = STORY_MODEL): number {
  let z = model.bias;
  for (const [i, x] of features.entries()) z += x * (model.weights[i] ?? 0);
  return 1 / (1 + Math.exp(-z));
}

/** How well an article fits a story: 0..1, the join decision compares it with `storyJoinThreshold`. */
export function storyScore(vector: TermVector, timeMs: number, story: StoryState): number {
  return modelProbability(storyFeatures(vector, timeMs, story));
}
