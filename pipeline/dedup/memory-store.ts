/**
 * In-memory DedupStore: one process, tests and benchmarks. Same semantics as the
 * durable stores (insert-or-get claims, first writer wins), checked by the shared
 * contract test. It never forgets: state grows with the stream.
 */
import { settleInProcess } from './settle.js';
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

type ArticleFields = Omit<StoredArticle, 'signature' | 'ledeShingles'>;

/**
 * A stored article: its fields, and where its 16-bit arrays live in the slab.
 * One object an article (not a wrapper around a copy): at a million articles
 * every object the heap keeps is traced again by each major GC.
 */
interface ArticleEntry extends ArticleFields {
  handle: number;
  signatureLength: number;
  ledeLength: number;
}

/** Shared by every stored empty list; never handed out (reads copy). */
const NO_ITEMS = Object.freeze([]) as unknown as never[];

function storedList<T>(a: readonly T[]): T[] {
  return a.length === 0 ? NO_ITEMS : [...a];
}

function entryOf(a: StoredArticle, handle: number): ArticleEntry {
  return {
    articleId: a.articleId,
    urlKey: a.urlKey,
    outlet: a.outlet,
    textHash: a.textHash,
    eventTime: a.eventTime,
    storyId: a.storyId,
    duplicateOf: a.duplicateOf,
    duplicateReason: a.duplicateReason,
    similarity: a.similarity,
    headlineFigures: storedList(a.headlineFigures),
    ledeFigures: storedList(a.ledeFigures),
    allFigures: storedList(a.allFigures),
    ledeEntities: storedList(a.ledeEntities),
    handle,
    signatureLength: a.signature.length,
    ledeLength: a.ledeShingles.length,
  };
}

function articleOf(e: ArticleEntry, slab: Slab16): StoredArticle {
  return {
    articleId: e.articleId,
    urlKey: e.urlKey,
    outlet: e.outlet,
    textHash: e.textHash,
    eventTime: e.eventTime,
    storyId: e.storyId,
    duplicateOf: e.duplicateOf,
    duplicateReason: e.duplicateReason,
    similarity: e.similarity,
    signature: slab.get(e.handle, 0, e.signatureLength),
    ledeShingles: slab.get(e.handle, e.signatureLength, e.ledeLength),
    headlineFigures: [...e.headlineFigures],
    ledeFigures: [...e.ledeFigures],
    allFigures: [...e.allFigures],
    ledeEntities: [...e.ledeEntities],
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
  const getArticle = async (articleId: string): Promise<StoredArticle | null> => {
    const e = articles.get(articleId);
    return e === undefined ? null : articleOf(e, slab);
  };
  // Copies in and out: callers must not be able to change stored state by mutating a value.
  return {
    async lookupUrl(urlKey) {
      return claims.get(URL_KIND, urlKey);
    },
    async claimUrlKeys(urlKeys, articleId) {
      return claims.claimMany(URL_KIND, urlKeys, articleId);
    },
    async claimTextHash(textHash, articleId) {
      return claims.claim(TEXT_KIND, textHash, articleId);
    },
    async claimBands(bandKeys, articleId) {
      return claims.claimMany(BAND_KIND, bandKeys, articleId);
    },
    getArticle,
    settledArticle(articleId) {
      return settleInProcess(getArticle, articleId);
    },
    async putArticle(article) {
      articles.set(article.articleId, entryOf(article, slab.put(article.signature, article.ledeShingles)));
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
      return [...latest]
        .sort((a, b) => b[1] - a[1])
        .slice(0, limit)
        .map(([id]) => id);
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
