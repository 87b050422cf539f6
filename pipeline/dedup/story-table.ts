/**
 * The memory store's stories, kept compact. A story's centroid is its terms
 * (each term string shared by every story that has it) and its weights (one
 * array of unboxed doubles), instead of a frozen [term, weight] pair per term:
 * the pairs, each weight a boxed number, and each story's own copy of every
 * term string took about 9 KB a story, so that the heap (and every garbage
 * collection) grew by that much per article of the stream. Reads hand out
 * whole frozen states, rebuilt from the compact form when a story is not among
 * the ones read or written lately (kept first in, first out): most reads are of
 * the same recent candidates, and handing out the same object lets scoring
 * keep its per-centroid index (story-vector.ts).
 */
import type { StoryInfo, StoryState } from './store.js';

/** Whole states kept for reads. */
const RECENT_STATES = 4096;

interface CompactStory extends StoryInfo {
  terms: string[];
  weights: number[];
  headlineFigures: readonly number[];
  recentMembers: readonly string[];
}

const frozenList = <T>(a: readonly T[]): T[] => Object.freeze([...a]) as T[];

/** A state frozen through and through: nobody can change the store through what a read hands out. */
function frozenState(s: StoryState): StoryState {
  return Object.freeze({
    ...s,
    outlets: frozenList(s.outlets),
    centroid: Object.freeze(s.centroid.map(([t, w]) => Object.freeze([t, w]))) as unknown as StoryState['centroid'],
    headlineFigures: frozenList(s.headlineFigures),
    recentMembers: frozenList(s.recentMembers),
  });
}

export class StoryTable {
  readonly #stories = new Map<string, CompactStory>();
  readonly #recent = new Map<string, StoryState>();
  /** One string per term: the centroids share them. */
  readonly #terms = new Map<string, string>();

  info(storyId: string): StoryInfo | null {
    const s = this.#stories.get(storyId);
    if (s === undefined) return null;
    const { representativeId, memberCount, outlets, firstSeen, lastSeen } = s;
    return { storyId, representativeId, memberCount, outlets: [...outlets], firstSeen, lastSeen };
  }

  get(storyId: string): StoryState | null {
    const kept = this.#recent.get(storyId);
    if (kept !== undefined) return kept;
    const s = this.#stories.get(storyId);
    if (s === undefined) return null;
    const { terms, weights, ...rest } = s;
    const state = frozenState({
      ...rest,
      outlets: [...rest.outlets],
      headlineFigures: [...rest.headlineFigures],
      recentMembers: [...rest.recentMembers],
      centroid: terms.map((t, i) => [t, weights[i] as number]),
    });
    this.#remember(state);
    return state;
  }

  put(story: StoryState): void {
    const terms: string[] = [];
    const weights: number[] = [];
    for (const [t, w] of story.centroid) {
      let shared = this.#terms.get(t);
      if (shared === undefined) this.#terms.set(t, (shared = t));
      terms.push(shared);
      weights.push(w);
    }
    const { storyId, representativeId, memberCount, outlets, firstSeen, lastSeen } = story;
    this.#stories.set(storyId, {
      storyId,
      representativeId,
      memberCount,
      outlets: [...outlets],
      firstSeen,
      lastSeen,
      terms,
      weights,
      headlineFigures: [...story.headlineFigures],
      recentMembers: [...story.recentMembers],
    });
    this.#recent.delete(storyId);
    this.#remember(frozenState(story));
  }

  #remember(state: StoryState): void {
    if (this.#recent.size >= RECENT_STATES) this.#recent.delete(this.#recent.keys().next().value as string);
    this.#recent.set(state.storyId, state);
  }
}
