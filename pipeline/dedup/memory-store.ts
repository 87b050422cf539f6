/**
 * In-memory DedupStore: one process, tests and benchmarks. Same semantics as the
 * durable stores (insert-or-get claims, first writer wins), checked by the shared
 * contract test. It never forgets: state grows with the stream.
 */
import { settleInProcess } from './settle.js';
import { ClaimTable } from './claim-table.js';
import { StoryTable } from './story-table.js';
import type { DedupStore, StoredArticle, TermStats } from './store.js';

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

/**
 * A term's postings: story ids and their posting times, side by side. Arrays of
 * at most the per-term cap, searched linearly: a query walks up to 24 lists
 * for every article, and walking a Map's entries made an array per entry.
 */
interface PostingList {
  ids: string[];
  times: number[];
}

/** Where in a posting list to drop first: the earliest posting, of those the smallest id (the order of a Redis sorted set). */
function earliestPosting(list: PostingList): number {
  let earliest = 0;
  for (let i = 1; i < list.ids.length; i++) {
    const t = list.times[i] as number;
    const e = list.times[earliest] as number;
    if (t < e || (t === e && (list.ids[i] as string) < (list.ids[earliest] as string))) earliest = i;
  }
  return earliest;
}

/**
 * The query's tally, reused by every findStories call: the stories found (by
 * index), how many of the terms each is posted under, and its latest posting.
 */
class StoryTally {
  readonly index = new Map<string, number>();
  ids: string[] = [];
  shared = new Uint16Array(1024);
  latest = new Float64Array(1024);

  add(id: string, timeMs: number): void {
    const i = this.index.get(id);
    if (i !== undefined) {
      this.shared[i] = (this.shared[i] as number) + 1;
      if (timeMs > (this.latest[i] as number)) this.latest[i] = timeMs;
      return;
    }
    const at = this.ids.length;
    if (at === this.shared.length) {
      const shared = new Uint16Array(at * 2);
      shared.set(this.shared);
      const latest = new Float64Array(at * 2);
      latest.set(this.latest);
      this.shared = shared;
      this.latest = latest;
    }
    this.index.set(id, at);
    this.ids.push(id);
    this.shared[at] = 1;
    this.latest[at] = timeMs;
  }

  clear(): void {
    this.index.clear();
    this.ids = [];
  }
}

export function createMemoryDedupStore(): DedupStore {
  // One table for every claim kind; the kind code keeps the kinds apart.
  const claims = new ClaimTable();
  const articles = new Map<string, ArticleEntry>();
  const slab = new Slab16();
  const stories = new StoryTable();
  /** term → the stories posted under it, with their posting times (event time, ms). */
  const postings = new Map<string, PostingList>();
  const tally = new StoryTally();
  const df = new Map<string, number>();
  let documents = 0;
  const getArticle = async (articleId: string): Promise<StoredArticle | null> => {
    const e = articles.get(articleId);
    return e === undefined ? null : articleOf(e, slab);
  };
  /** The end of the last story decision: callers may run several at once (one process, many in flight). */
  let decided: Promise<unknown> = Promise.resolve();
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
      return stories.info(storyId);
    },
    async getStoryState(storyId) {
      return stories.get(storyId);
    },
    async putStory(story) {
      stories.put(story);
    },
    async findStories(terms, limit, sinceMs) {
      // Per story: how many of the terms it is posted under, and its latest posting.
      for (const t of new Set(terms)) {
        const list = postings.get(t);
        if (list === undefined) continue;
        for (let i = 0; i < list.ids.length; i++) {
          const timeMs = list.times[i] as number;
          if (timeMs >= sinceMs) tally.add(list.ids[i] as string, timeMs);
        }
      }
      // By shared-term count first: only the buckets that reach the limit are sorted
      // (a query of 24 common terms finds ~1,000 stories, of which 20 are kept).
      const { ids, shared, latest } = tally;
      const buckets: number[][] = [];
      for (let i = 0; i < ids.length; i++) (buckets[shared[i] as number] ??= []).push(i);
      const out: string[] = [];
      for (let n = buckets.length - 1; n > 0 && out.length < limit; n--) {
        const bucket = buckets[n];
        if (bucket === undefined) continue;
        bucket.sort((a, b) => (latest[b] as number) - (latest[a] as number) || ((ids[a] as string) < (ids[b] as string) ? -1 : 1));
        for (const i of bucket) {
          if (out.length === limit) break;
          out.push(ids[i] as string);
        }
      }
      tally.clear();
      return out;
    },
    async addStoryPostings(storyId, terms, perTermCap, timeMs) {
      for (const t of new Set(terms)) {
        let list = postings.get(t);
        if (list === undefined) postings.set(t, (list = { ids: [], times: [] }));
        const at = list.ids.indexOf(storyId);
        if (at >= 0) {
          if (timeMs > (list.times[at] as number)) list.times[at] = timeMs;
          continue;
        }
        list.ids.push(storyId);
        list.times.push(timeMs);
        if (list.ids.length > perTermCap) {
          const drop = earliestPosting(list);
          list.ids.splice(drop, 1);
          list.times.splice(drop, 1);
        }
      }
    },
    async termStats(terms): Promise<TermStats> {
      return { documents, df: terms.map((t) => df.get(t) ?? 0) };
    },
    async addDocumentTerms(terms) {
      documents++;
      for (const t of new Set(terms)) df.set(t, (df.get(t) ?? 0) + 1);
    },
    exclusive(decide) {
      const result = decided.then(decide);
      decided = result.catch(() => undefined);
      return result;
    },
  };
}
