/**
 * A read-through cache of story states in front of the embedded dedup store.
 *
 * Each article scores up to MAX_STORY_CANDIDATES stories, and each story state
 * (a centroid of up to 128 weighted terms) is a JSON record: read and parsed
 * again for every article was the largest share of the embedded main thread's
 * dedup time (measured with `bench:pipeline --workers 0 --cpu-prof`). The
 * embedded mode is the only writer of its database (one crawl process per data
 * directory), so a write-through cache stays exact. Only the distributed mode
 * has several writers, and it does not use this.
 *
 * Cached states are shared objects: the dedup code treats StoryState as
 * immutable (`addMember` returns a new state), which is what makes sharing safe.
 */
import type { DedupStore, StoryState } from '../pipeline/dedup/index.js';

/** Stories kept parsed; a story untouched for this many reads of others is re-read from disk. */
export const STORY_CACHE_ENTRIES = 20_000;

export function withStoryCache(store: DedupStore, maxEntries = STORY_CACHE_ENTRIES): DedupStore {
  // Map keeps insertion order: re-inserting on use makes the first key the least recently used.
  const states = new Map<string, StoryState | null>();
  const remember = (storyId: string, state: StoryState | null): void => {
    states.delete(storyId);
    states.set(storyId, state);
    if (states.size > maxEntries) states.delete(states.keys().next().value as string);
  };
  return {
    ...store,
    async getStoryState(storyId) {
      if (states.has(storyId)) {
        const state = states.get(storyId) ?? null;
        remember(storyId, state);
        return state;
      }
      const state = await store.getStoryState(storyId);
      remember(storyId, state);
      return state;
    },
    async putStory(story) {
      await store.putStory(story);
      remember(story.storyId, story);
    },
  };
}
