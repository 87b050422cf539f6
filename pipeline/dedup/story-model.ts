/**
 * How well an article fits a story: the probability, under a logistic model,
 * that the article reports the story's event. Its inputs are the per-channel
 * cosines of the article to the story centroid (words, entities, figures), the
 * time between the article and the story's span, the story's size (a centroid
 * of many members is broader, so each member's cosine to it is lower), and
 * whether both sides name people or places, and give figures, at all: with the
 * cosine weight, that weight makes names (figures) present on both sides but
 * disjoint evidence against the join ("a man shot in Millbrook" and "a man shot
 * in Riverton" share every word but their names), where an article without
 * names is only missing evidence.
 *
 * How the weights were fitted (bench/stories-fit.ts prints them again): stories
 * built from the gold labels of the even-numbered articles of
 * gva-incidents.jsonl and basil-triplets.jsonl (stories-dev), replayed in
 * publication order; for an article, a candidate story the inverted index
 * returns (as dedup does) is one example, labelled by whether it is the
 * article's own event. Three rounds of logistic regression (Newton's method,
 * small L2 penalty): the first on each article's candidate with the highest
 * word cosine, the next two on its own story (when a candidate) and the
 * other candidate the previous round's model ranks highest. Those hard
 * negatives set the bias: fitted on the closest story by words alone, a story
 * with nothing in common scored even odds, and articles joined stories that
 * shared only an age. The join threshold (constants.ts) is then chosen on the
 * same half by replaying it through dedup; the odd-numbered articles are the
 * check (bench:stories prints both halves). Eight numbers, so little room to
 * overfit.
 */
import { STORY_MODEL, type StoryModel } from './constants.js';
import { hoursToStory } from './story.js';
import { channelCosines, type TermVector } from './story-vector.js';
import type { StoryState } from './store.js';

const DAY_HOURS = 24;

/** The model's inputs for one article and one story, in the order of StoryModel's weights. */
export function storyFeatures(vector: TermVector, timeMs: number, story: StoryState): number[] {
  const s = channelCosines(vector, story.centroid);
  const gapDays = hoursToStory(timeMs, story) / DAY_HOURS;
  return [
    s.word,
    s.entity,
    s.figure,
    Math.log1p(gapDays),
    Math.log(Math.max(1, story.memberCount)),
    s.bothEntities && s.entity === 0 ? 1 : 0,
    s.bothFigures && s.figure === 0 ? 1 : 0,
  ];
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
