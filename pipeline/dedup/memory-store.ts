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

/** Entries of one slab page (2 MB). */
const SLAB_PAGE = 1 << 20;

/**
 * The 16-bit arrays of stored articles (sketch, lede set), packed into large
 * shared pages. Kept as their own typed arrays, a million records hold two
 * million small ArrayBuffers, each with a backing store the GC tracks: in the
 * profile of the 1M-article index run, copying them into the store took 5 % of
 * the processing time (2.5× its share at 100k), besides their GC work.
 */
class Slab16 {
  private readonly pages: Uint16Array[] = [];
  private used = SLAB_PAGE;

  /** Stores the arrays one after the other; the handle locates them. */
  put(a: Uint16Array, b: Uint16Array): number {
    const length = a.length + b.length;
    if (this.used + length > SLAB_PAGE) {
      // An oversized pair gets a page of its own.
      this.pages.push(new Uint16Array(Math.max(SLAB_PAGE, length)));
      this.used = 0;
    }
    const page = this.pages.length - 1;
    const at = this.used;
    const target = this.pages[page] as Uint16Array;
    target.set(a, at);
    target.set(b, at + a.length);
    this.used += length;
    return page * SLAB_PAGE + at;
  }

  /** A copy of `length` entries from `offset` entries past the handle. */
  get(handle: number, offset: number, length: number): Uint16Array {
    const page = this.pages[Math.floor(handle / SLAB_PAGE)] as Uint16Array;
    const at = (handle % SLAB_PAGE) + offset;
    return page.slice(at, at + length);
  }
}

/** A stored article without its 16-bit arrays, which live in the slab. */
interface ArticleEntry {
  article: Omit<StoredArticle, 'signature' | 'ledeShingles'>;
  handle: number;
  signatureLength: number;
  ledeLength: number;
}

function copyLists(a: Omit<StoredArticle, 'signature' | 'ledeShingles'>): Omit<StoredArticle, 'signature' | 'ledeShingles'> {
  return {
    ...a,
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
  const articles = new Map<string, ArticleEntry>();
  const slab = new Slab16();
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
      const e = articles.get(articleId);
      if (e === undefined) return null;
      return {
        ...copyLists(e.article),
        signature: slab.get(e.handle, 0, e.signatureLength),
        ledeShingles: slab.get(e.handle, e.signatureLength, e.ledeLength),
      };
    },
    async putArticle(article) {
      const { signature, ledeShingles, ...rest } = article;
      articles.set(article.articleId, {
        article: copyLists(rest),
        handle: slab.put(signature, ledeShingles),
        signatureLength: signature.length,
        ledeLength: ledeShingles.length,
      });
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
