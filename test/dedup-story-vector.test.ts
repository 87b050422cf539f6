/**
 * The story vector keeps each channel's heaviest terms by selection, not by
 * sorting every term; these tests hold it to the definition (a stable sort of
 * each channel by weight, cut, unit length, then a stable sort of all) and the
 * channel cosines to a plain dot product, on random vectors full of ties.
 */
import { describe, expect, it } from 'vitest';
import { STORY_ENTITY_TERMS, STORY_FIGURE_TERMS, STORY_WORD_TERMS } from '../pipeline/dedup/constants.js';
import { Channel, channelCosines, channelOf, termVector, type TermVector } from '../pipeline/dedup/story-vector.js';
import type { StoryState, TermStats } from '../pipeline/dedup/store.js';
import { seededRandom } from './helpers/seeded-random.js';

const KEEP = [STORY_WORD_TERMS, STORY_ENTITY_TERMS, STORY_FIGURE_TERMS];

function referenceVector(counts: [string, number][], stats: TermStats): TermVector {
  const byChannel: TermVector[] = [[], [], []];
  for (const [i, [term, count]] of counts.entries()) {
    const weight = (1 + Math.log(count)) * Math.log(1 + (stats.documents + 1) / ((stats.df[i] ?? 0) + 1));
    byChannel[channelOf(term)]?.push([term, weight]);
  }
  const out: TermVector = [];
  for (const [c, terms] of byChannel.entries()) {
    const kept = terms.sort((a, b) => b[1] - a[1]).slice(0, KEEP[c]);
    const norm = Math.sqrt(kept.reduce((s, [, w]) => s + w * w, 0)) || 1;
    for (const [t, w] of kept) out.push([t, w / norm]);
  }
  return out.sort((a, b) => b[1] - a[1]);
}

/** Up to 400 distinct terms of the three channels, counts and document frequencies from a few values (so, many equal weights). */
function randomTerms(random: () => number): { counts: [string, number][]; stats: TermStats } {
  const n = Math.floor(random() * 400);
  const prefixes = ['', '', '', 'e:', 'n:'];
  const counts: [string, number][] = [];
  for (let i = 0; i < n; i++) counts.push([`${prefixes[Math.floor(random() * prefixes.length)]}t${i}`, 1 + Math.floor(random() * 4)]);
  const documents = Math.floor(random() * 1000);
  return { counts, stats: { documents, df: counts.map(() => Math.floor(random() * 5)) } };
}

describe('story vector', () => {
  it('keeps the terms, order and weights of the sort-everything definition, ties included', () => {
    const random = seededRandom(19);
    for (let i = 0; i < 2000; i++) {
      const { counts, stats } = randomTerms(random);
      expect(termVector(counts, stats)).toEqual(referenceVector(counts, stats));
    }
  });

  it('gives each channel the cosine of a plain dot product over the centroid', () => {
    const random = seededRandom(23);
    for (let i = 0; i < 500; i++) {
      const a = randomTerms(random);
      const vector = termVector(a.counts, a.stats);
      const centroid = vector.filter(() => random() < 0.5).map(([t, w]) => [t, w * (1 + random())] as [string, number]);
      centroid.push(['unrelated', 0.5], ['e:somewhere', 0.25]);
      const s = channelCosines(vector, centroid as StoryState['centroid']);
      for (const [channel, got] of [
        [Channel.Word, s.word],
        [Channel.Entity, s.entity],
        [Channel.Figure, s.figure],
      ] as const) {
        const own = vector.filter(([t]) => channelOf(t) === channel);
        const other = centroid.filter(([t]) => channelOf(t) === channel);
        const weights = new Map(other);
        const dot = own.reduce((sum, [t, w]) => sum + w * (weights.get(t) ?? 0), 0);
        const norms = Math.sqrt(own.reduce((sum, [, w]) => sum + w * w, 0) * other.reduce((sum, [, w]) => sum + w * w, 0));
        expect(got).toBeCloseTo(norms === 0 ? 0 : dot / norms, 12);
      }
    }
  });
});
