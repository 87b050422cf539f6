/**
 * In-memory DedupStore: one process, tests and benchmarks. Same semantics as the
 * durable stores (insert-or-get claims, first writer wins), checked by the shared
 * contract test. It never forgets: state grows with the stream.
 */
import { ClaimTable } from './claim-table.js';
import type { DedupStore, StoredArticle, StoryState, TermStats } from './store.js';

const URL_KIND = 0x75; // 'u'
const TEXT_KIND = 0x74; // 't'
const BAND_KIND = 0x62; // 'b'

function copyArticle(a: StoredArticle): StoredArticle {
  return {
    ...a,
    signature: a.signature.slice(),
    ledeShingles: a.ledeShingles.slice(),
    headlineFigures: [...a.headlineFigures],
    ledeFigures: [...a.ledeFigures],
    allFigures: [...a.allFigures],
    ledeEntities: [...a.ledeEntities],
  };
}

function copyStory(s: StoryState): StoryState {
  return {
    ...s,
    outlets: [...s.outlets],
    centroid: s.centroid.map(([t, w]) => [t, w]),
    headlineFigures: [...s.headlineFigures],
    recentMembers: [...s.recentMembers],
  };
}

export function createMemoryDedupStore(): DedupStore {
  // One table for every claim kind; the kind code keeps the kinds apart.
  const claims = new ClaimTable();
  const articles = new Map<string, StoredArticle>();
  const stories = new Map<string, StoryState>();
  /** term → story id → posting sequence number (higher is more recent). */
  const postings = new Map<string, Map<string, number>>();
  let postingSeq = 0;
  const df = new Map<string, number>();
  let documents = 0;
  // Copies in and out: callers must not be able to change stored state by mutating a value.
  return {
    async lookupUrl(urlKey) {
      return claims.get(URL_KIND, urlKey);
    },
    async claimUrlKeys(urlKeys, articleId) {
      return urlKeys.map((k) => claims.claim(URL_KIND, k, articleId));
    },
    async claimTextHash(textHash, articleId) {
      return claims.claim(TEXT_KIND, textHash, articleId);
    },
    async claimBands(bandKeys, articleId) {
      return bandKeys.map((k) => claims.claim(BAND_KIND, k, articleId));
    },
    async getArticle(articleId) {
      const a = articles.get(articleId);
      return a === undefined ? null : copyArticle(a);
    },
    async putArticle(article) {
      articles.set(article.articleId, copyArticle(article));
    },
    async getStory(storyId) {
      const s = stories.get(storyId);
      if (s === undefined) return null;
      const { storyId: id, representativeId, memberCount, outlets, firstSeen, lastSeen } = s;
      return { storyId: id, representativeId, memberCount, outlets: [...outlets], firstSeen, lastSeen };
    },
    async getStoryState(storyId) {
      const s = stories.get(storyId);
      return s === undefined ? null : copyStory(s);
    },
    async putStory(story) {
      stories.set(story.storyId, copyStory(story));
    },
    async findStories(terms, limit) {
      const latest = new Map<string, number>();
      for (const t of terms) {
        for (const [id, seq] of postings.get(t) ?? []) latest.set(id, Math.max(seq, latest.get(id) ?? 0));
      }
      return [...latest].sort((a, b) => b[1] - a[1]).slice(0, limit).map(([id]) => id);
    },
    async addStoryPostings(storyId, terms, perTermCap) {
      postingSeq++;
      for (const t of terms) {
        const list = postings.get(t) ?? new Map<string, number>();
        list.delete(storyId);
        list.set(storyId, postingSeq);
        // Map order is insertion order, so the first entry is the least recent.
        while (list.size > perTermCap) list.delete(list.keys().next().value as string);
        postings.set(t, list);
      }
    },
    async termStats(terms): Promise<TermStats> {
      return { documents, df: terms.map((t) => df.get(t) ?? 0) };
    },
    async addDocumentTerms(terms) {
      documents++;
      for (const t of new Set(terms)) df.set(t, (df.get(t) ?? 0) + 1);
    },
  };
}
