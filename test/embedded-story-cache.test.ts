import { describe, expect, it } from 'vitest';
import { withDedupCaches } from '../local/dedup-store-cache.js';
import { createMemoryDedupStore, type DedupStore, type StoredArticle, type StoryState } from '../pipeline/dedup/index.js';
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

describe('article record cache of the embedded dedup store', () => {
  const record = (id: string, storyId: string): StoredArticle => ({
    articleId: id,
    urlKey: `https://example.com/${id}`,
    outlet: 'example.com',
    textHash: `hash-${id}`,
    eventTime: '2026-11-23T00:00:00Z',
    storyId,
    duplicateOf: null,
    duplicateReason: null,
    similarity: null,
    signature: new Uint16Array(128).fill(7),
    ledeShingles: Uint16Array.from([1, 2, 3]),
    headlineFigures: [],
    ledeFigures: [12],
    allFigures: [12],
    ledeEntities: ['Lee'],
  });
  function countingArticles(): { store: DedupStore; reads: () => number } {
    const inner = createMemoryDedupStore();
    let reads = 0;
    return { store: { ...inner, getArticle: (id) => ((reads += 1), inner.getArticle(id)) }, reads: () => reads };
  }

  it('reads a record once, answers the latest after a write, and never keeps a missing one', async () => {
    const { store, reads } = countingArticles();
    const cached = withDedupCaches(store);
    expect(await cached.getArticle('a')).toBeNull();
    await cached.putArticle(record('a', 's1'));
    expect((await cached.getArticle('a'))?.storyId).toBe('s1');
    expect((await cached.getArticle('a'))?.storyId).toBe('s1');
    expect(await cached.settledArticle?.('a')).toMatchObject({ articleId: 'a', ledeFigures: [12] });
    expect(reads()).toBe(2); // the miss, then the first read after the write
    await cached.putArticle(record('a', 's2'));
    expect((await cached.getArticle('a'))?.storyId).toBe('s2');
    expect(reads()).toBe(3);
  });

  it('does not keep a read that a write of the record overtook', async () => {
    const inner = createMemoryDedupStore();
    await inner.putArticle(record('a', 'old'));
    let cached: DedupStore;
    // The store answers the read with the old record, then a write lands before the reader resumes.
    const slow: DedupStore = {
      ...inner,
      getArticle: async (id) => {
        const found = await inner.getArticle(id);
        await cached.putArticle(record('a', 'new'));
        return found;
      },
    };
    cached = withDedupCaches(slow);
    expect((await cached.getArticle('a'))?.storyId).toBe('old');
    expect((await inner.getArticle('a'))?.storyId).toBe('new');
    const after: DedupStore = withDedupCaches({ ...inner });
    expect((await after.getArticle('a'))?.storyId).toBe('new');
    // The overtaken read was not kept: the next read asks the store again and sees the write.
    expect((await cached.getArticle('a'))?.storyId).toBe('new');
  });

  it('drops the least recently used record past its size', async () => {
    const { store, reads } = countingArticles();
    for (const id of ['a', 'b', 'c']) await store.putArticle(record(id, 's'));
    const cached = withDedupCaches(store, 10, 10, 2);
    await cached.getArticle('a');
    await cached.getArticle('b');
    await cached.getArticle('a');
    await cached.getArticle('c'); // evicts b
    expect(reads()).toBe(3);
    await cached.getArticle('a');
    expect(reads()).toBe(3);
    await cached.getArticle('b');
    expect(reads()).toBe(4);
  });
});
