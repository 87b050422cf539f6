/**
 * Read-through caches of story states and term statistics in front of the
 * embedded dedup store: reading and parsing them again for every article was the
 * largest share of the embedded main thread's dedup time. Invariant: exact, because
 * the embedded crawl is the only writer of its database (the distributed mode, with
 * several writers, does not use this). Cached states are shared objects, which is
 * safe because dedup treats StoryState as immutable (`addMember` returns a new one).
 */
import type { DedupStore, StoredArticle, StoryState } from '../pipeline/dedup/index.js';
import { settleInProcess } from '../pipeline/dedup/settle.js';

/** Stories kept parsed; a story untouched for this many reads of others is re-read from disk. */
export const STORY_CACHE_ENTRIES = 20_000;
/** Terms whose document frequency is kept (about 100 bytes each). */
export const TERM_CACHE_ENTRIES = 200_000;
/**
 * Article records kept parsed (about 1 KB each). Every decision reads the records
 * of its story's members and band owners to verify duplicates, mostly the same
 * ones as the article before: reading and parsing them again was a tenth of the
 * main thread's dedup time on the bench pages.
 */
export const ARTICLE_CACHE_ENTRIES = 5_000;

export function withDedupCaches(
  store: DedupStore,
  maxEntries = STORY_CACHE_ENTRIES,
  maxTerms = TERM_CACHE_ENTRIES,
  maxArticles = ARTICLE_CACHE_ENTRIES,
): DedupStore {
  const df = new Map<string, number>();
  let documents: number | null = null;
  // Map keeps insertion order: re-inserting on use makes the first key the least recently used.
  const states = new Map<string, StoryState | null>();
  const remember = (storyId: string, state: StoryState | null): void => {
    states.delete(storyId);
    states.set(storyId, state);
    if (states.size > maxEntries) states.delete(states.keys().next().value as string);
  };
  // Records as read from the store (fresh objects, never a caller's), frozen: dedup only reads them.
  // A record is dropped when it is written; a missing one is not kept (it may be mid-write).
  const articles = new Map<string, StoredArticle>();
  /** Record writes so far: a read that a write overtook is not kept. */
  let articleWrites = 0;
  const getArticle = async (articleId: string): Promise<StoredArticle | null> => {
    const cached = articles.get(articleId);
    if (cached !== undefined) {
      articles.delete(articleId);
      articles.set(articleId, cached);
      return cached;
    }
    const writesBefore = articleWrites;
    const read = await store.getArticle(articleId);
    if (read === null) return null;
    // A record written while the read was in flight may be newer than what was read.
    if (writesBefore === articleWrites && !articles.has(articleId)) {
      articles.set(articleId, Object.freeze(read));
      if (articles.size > maxArticles) articles.delete(articles.keys().next().value as string);
    }
    return read;
  };
  return {
    ...store,
    getArticle,
    settledArticle: (articleId) => settleInProcess(getArticle, articleId),
    async putArticle(article) {
      articleWrites += 1;
      articles.delete(article.articleId);
      await store.putArticle(article);
    },
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
