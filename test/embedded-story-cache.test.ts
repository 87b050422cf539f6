import { describe, expect, it } from 'vitest';
import { withDedupCaches } from '../local/dedup-store-cache.js';
import { createMemoryDedupStore, type DedupStore, type StoryState } from '../pipeline/dedup/index.js';
import { openStory } from '../pipeline/dedup/story.js';

function countingStore(): { store: DedupStore; reads: () => number } {
  const inner = createMemoryDedupStore();
  let reads = 0;
  return {
    store: { ...inner, getStoryState: (id) => ((reads += 1), inner.getStoryState(id)) },
    reads: () => reads,
  };
}

const story = (id: string, members: number): StoryState => ({ ...openStory(id, '2026-11-23T00:00:00Z'), memberCount: members });

describe('story cache of the embedded dedup store', () => {
  it('answers a story it wrote without reading the store, with the latest state', async () => {
    const { store, reads } = countingStore();
    const cached = withDedupCaches(store);
    await cached.putStory(story('s1', 1));
    await cached.putStory(story('s1', 2));
    expect((await cached.getStoryState('s1'))?.memberCount).toBe(2);
    expect(reads()).toBe(0);
    // Written through: the store itself holds the latest state too.
    expect((await store.getStoryState('s1'))?.memberCount).toBe(2);
  });

  it('reads an unknown story once, and remembers that it is missing', async () => {
    const { store, reads } = countingStore();
    const cached = withDedupCaches(store);
    expect(await cached.getStoryState('nope')).toBeNull();
    expect(await cached.getStoryState('nope')).toBeNull();
    expect(reads()).toBe(1);
  });

  it('drops the least recently used story past its size and reads it again', async () => {
    const { store, reads } = countingStore();
    const cached = withDedupCaches(store, 2);
    await cached.putStory(story('a', 1));
    await cached.putStory(story('b', 1));
    await cached.getStoryState('a'); // a is now the most recent
    await cached.putStory(story('c', 1)); // evicts b
    expect(reads()).toBe(0);
    expect((await cached.getStoryState('b'))?.storyId).toBe('b');
    expect(reads()).toBe(1);
    expect((await cached.getStoryState('c'))?.storyId).toBe('c');
    expect(reads()).toBe(1);
  });
});

describe('term statistics cache of the embedded dedup store', () => {
  it('answers as the store does while documents are added, reading each term once', async () => {
    const inner = createMemoryDedupStore();
    let asked = 0;
    const counted: DedupStore = { ...inner, termStats: (terms) => ((asked += terms.length), inner.termStats(terms)) };
    const cached = withDedupCaches(counted, 10, 3);
    await inner.addDocumentTerms(['a', 'b']);
    expect(await cached.termStats(['a', 'b', 'c'])).toEqual({ documents: 1, df: [1, 1, 0] });
    await cached.addDocumentTerms(['a', 'c', 'c']);
    expect(await cached.termStats(['a', 'b', 'c'])).toEqual(await inner.termStats(['a', 'b', 'c']));
    expect(await cached.termStats(['c', 'a'])).toEqual({ documents: 2, df: [1, 2] });
    expect(asked).toBe(3); // a, b and c were each read from the store once
    // Past its size the cache drops the oldest terms and reads them again, still exact.
    await cached.termStats(['d', 'e']);
    expect(await cached.termStats(['a', 'b', 'c', 'd', 'e'])).toEqual(await inner.termStats(['a', 'b', 'c', 'd', 'e']));
  });
});
