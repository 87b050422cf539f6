/**
 * Read-through caches of story states and term statistics in front of the
 * embedded dedup store: reading and parsing them again for every article was the
 * largest share of the embedded main thread's dedup time. Invariant: exact, because
 * the embedded crawl is the only writer of its database (the distributed mode, with
 * several writers, does not use this). Cached states are shared objects, which is
 * safe because dedup treats StoryState as immutable (`addMember` returns a new one).
 */
import type { DedupStore, StoryState } from '../pipeline/dedup/index.js';

/** Stories kept parsed; a story untouched for this many reads of others is re-read from disk. */
export const STORY_CACHE_ENTRIES = 20_000;
/** Terms whose document frequency is kept (about 100 bytes each). */
export const TERM_CACHE_ENTRIES = 200_000;

export function withDedupCaches(store: DedupStore, maxEntries = STORY_CACHE_ENTRIES, maxTerms = TERM_CACHE_ENTRIES): DedupStore {
  const df = new Map<string, number>();
  let documents: number | null = null;
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
    async termStats(terms) {
      const missing = [...new Set(terms.filter((t) => !df.has(t)))];
      if (missing.length === 0 && documents !== null) return { documents, df: terms.map((t) => df.get(t) ?? 0) };
      const read = await store.termStats(missing);
      documents = read.documents;
      for (const [i, t] of missing.entries()) df.set(t, read.df[i] ?? 0);
      const answer = { documents, df: terms.map((t) => df.get(t) ?? 0) };
      // Dropping the oldest reads keeps the map bounded; a dropped term is read again.
      for (const t of df.keys()) {
        if (df.size <= maxTerms) break;
        df.delete(t);
      }
      return answer;
    },
    async addDocumentTerms(terms) {
      await store.addDocumentTerms(terms);
      if (documents !== null) documents += 1;
      for (const t of new Set(terms)) {
        const known = df.get(t);
        if (known !== undefined) df.set(t, known + 1);
      }
    },
  };
}
