/**
 * The memory store's stories, kept compact. A story's centroid and headline
 * figures live outside the garbage-collected heap (centroid-slab.ts: term
 * numbers and weights); a
 * one-item list (outlets, recent members) is its item, an empty one the shared
 * empty list, and times are epoch milliseconds. As arrays and strings of each
 * story, they were about 1.5 KB a story, so that the heap (and every major
 * garbage collection) grew by that much per article of the stream. Reads hand
 * out whole frozen states, rebuilt from the compact form when a story is not
 * among the ones read or written lately (kept first in, first out): most reads
 * are of the same recent candidates, and a state rebuilt from the slab is an
 * array per centroid term of garbage (measured: with 256 kept instead of 4096,
 * the garbage collector's time on 100k articles doubled).
 */
import { CentroidSlab } from './centroid-slab.js';
import { compactTime, Interner, isoTime, storedList, TermNumbers } from './compact.js';
import type { StoryInfo, StoryState } from './store.js';

/** Whole states kept for reads. */
const RECENT_STATES = 4096;

/** A list of one item stored as the item itself. */
type OneOrList = string | readonly string[];

interface CompactStory {
  representativeId: string;
  memberCount: number;
  outlets: OneOrList;
  firstSeen: number | string;
  lastSeen: number | string;
  /** Where the centroid's terms and weights are in the slab, and how many; the headline figures follow them there (as weights). */
  centroidHandle: number;
  centroidLength: number;
  headlineFigureCount: number;
  recentMembers: OneOrList;
}

const oneOrList = (a: readonly string[]): OneOrList => (a.length === 1 ? (a[0] as string) : storedList(a));
const listOf = (a: OneOrList): string[] => (typeof a === 'string' ? [a] : [...a]);
const frozenList = <T>(a: readonly T[]): T[] => Object.freeze([...a]) as T[];

/** The story's summary fields, as `info` returns them and `get` starts from. */
function infoOf(storyId: string, s: CompactStory): StoryInfo {
  return {
    storyId,
    representativeId: s.representativeId,
    memberCount: s.memberCount,
    outlets: listOf(s.outlets),
    firstSeen: isoTime(s.firstSeen),
    lastSeen: isoTime(s.lastSeen),
  };
}

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
  readonly #slab = new CentroidSlab();
  readonly #terms = new TermNumbers();
  readonly #outlets = new Interner();
  /** Scratch of put: a centroid's term numbers and weights. */
  #termScratch = new Uint32Array(256);
  #weightScratch = new Float64Array(256);
  /** Scratch of get: the slab entries read. */
  #readTerms: number[] = [];
  #readWeights: number[] = [];

  info(storyId: string): StoryInfo | null {
    const s = this.#stories.get(storyId);
    return s === undefined ? null : infoOf(storyId, s);
  }

  get(storyId: string): StoryState | null {
    const kept = this.#recent.get(storyId);
    if (kept !== undefined) return kept;
    const s = this.#stories.get(storyId);
    if (s === undefined) return null;
    const terms = this.#readTerms;
    const weights = this.#readWeights;
    terms.length = 0;
    weights.length = 0;
    this.#slab.read(s.centroidHandle, s.centroidLength + s.headlineFigureCount, (term, weight) => {
      terms.push(term);
      weights.push(weight);
    });
    const centroid: StoryState['centroid'] = [];
    for (let i = 0; i < s.centroidLength; i++) centroid.push([this.#terms.term(terms[i] as number), weights[i] as number]);
    const state = frozenState({
      ...infoOf(storyId, s),
      centroid,
      headlineFigures: weights.slice(s.centroidLength),
      recentMembers: listOf(s.recentMembers),
    });
    this.#remember(state);
    return state;
  }

  put(story: StoryState): void {
    const centroidLength = story.centroid.length;
    const length = centroidLength + story.headlineFigures.length;
    if (length > this.#termScratch.length) {
      this.#termScratch = new Uint32Array(length);
      this.#weightScratch = new Float64Array(length);
    }
    for (let i = 0; i < centroidLength; i++) {
      const [t, w] = story.centroid[i] as [string, number];
      this.#termScratch[i] = this.#terms.of(t);
      this.#weightScratch[i] = w;
    }
    for (let i = centroidLength; i < length; i++) {
      this.#termScratch[i] = 0;
      this.#weightScratch[i] = story.headlineFigures[i - centroidLength] as number;
    }
    const old = this.#stories.get(story.storyId);
    if (old !== undefined) this.#slab.free(old.centroidHandle, old.centroidLength + old.headlineFigureCount);
    this.#stories.set(story.storyId, {
      representativeId: story.representativeId,
      memberCount: story.memberCount,
      outlets: oneOrList(story.outlets.map((o) => this.#outlets.get(o))),
      firstSeen: compactTime(story.firstSeen),
      lastSeen: compactTime(story.lastSeen),
      centroidHandle: this.#slab.put(this.#termScratch, this.#weightScratch, length),
      centroidLength,
      headlineFigureCount: story.headlineFigures.length,
      recentMembers: oneOrList(story.recentMembers),
    });
    this.#recent.delete(story.storyId);
    this.#remember(frozenState(story));
  }

  #remember(state: StoryState): void {
    if (this.#recent.size >= RECENT_STATES) this.#recent.delete(this.#recent.keys().next().value as string);
    this.#recent.set(state.storyId, state);
  }
}
