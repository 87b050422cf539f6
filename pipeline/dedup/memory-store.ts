/**
 * In-memory DedupStore: one process, tests and benchmarks. Same semantics as the
 * durable stores (insert-or-get claims, first writer wins), checked by the shared
 * contract test. It never forgets: state grows with the stream.
 */
import { settleInProcess } from './settle.js';
import { ClaimTable } from './claim-table.js';
import { StoryTable } from './story-table.js';
import type { DedupStore, StoredArticle, TermStats } from './store.js';
import { ArticleTable } from './article-table.js';

const URL_KIND = 0x75; // 'u'
const TEXT_KIND = 0x74; // 't'
const BAND_KIND = 0x62; // 'b'

/**
 * A term's postings: story numbers (see StoryNumbers) and their posting times,
 * side by side. Arrays of at most the per-term cap, searched linearly: a query
 * walks up to 24 lists for every article, and walking a Map's entries made an
 * array per entry.
 */
interface PostingList {
  stories: number[];
  times: number[];
}

/**
 * Story ids numbered in order of first posting: the query tally indexes typed
 * arrays by number instead of looking each posting's id up in a Map (that
 * lookup was the largest single cost of the whole stage in the 10k profile).
 */
class StoryNumbers {
  private readonly numbers = new Map<string, number>();
  readonly ids: string[] = [];

  of(id: string): number {
    let n = this.numbers.get(id);
    if (n === undefined) {
      n = this.ids.length;
      this.numbers.set(id, n);
      this.ids.push(id);
    }
    return n;
  }
}

/** Where in a posting list to drop first: the earliest posting, of those the smallest id (the order of a Redis sorted set). */
function earliestPosting(list: PostingList, ids: readonly string[]): number {
  let earliest = 0;
  for (let i = 1; i < list.stories.length; i++) {
    const t = list.times[i] as number;
    const e = list.times[earliest] as number;
    if (t < e || (t === e && (ids[list.stories[i] as number] as string) < (ids[list.stories[earliest] as number] as string))) earliest = i;
  }
  return earliest;
}

/**
 * The query's tally, reused by every findStories call: the stories found (by
 * number), how many of the terms each is posted under, and its latest posting.
 * `mark` holds the query generation that last touched a story, so nothing is
 * cleared between queries.
 */
class StoryTally {
  found: number[] = [];
  shared = new Uint16Array(1024);
  latest = new Float64Array(1024);
  mark = new Uint32Array(1024);
  private generation = 1;

  add(story: number, timeMs: number): void {
    if (story >= this.mark.length) this.grow(story + 1);
    if (this.mark[story] === this.generation) {
      this.shared[story] = (this.shared[story] as number) + 1;
      if (timeMs > (this.latest[story] as number)) this.latest[story] = timeMs;
      return;
    }
    this.mark[story] = this.generation;
    this.found.push(story);
    this.shared[story] = 1;
    this.latest[story] = timeMs;
  }

  clear(): void {
    this.found = [];
    this.generation++;
  }

  private grow(size: number): void {
    const length = Math.max(size, this.mark.length * 2);
    const shared = new Uint16Array(length);
    shared.set(this.shared);
    const latest = new Float64Array(length);
    latest.set(this.latest);
    const mark = new Uint32Array(length);
    mark.set(this.mark);
    this.shared = shared;
    this.latest = latest;
    this.mark = mark;
  }
}

export function createMemoryDedupStore(): DedupStore {
  // One table for every claim kind; the kind code keeps the kinds apart.
  const claims = new ClaimTable();
  const articles = new ArticleTable();
  const stories = new StoryTable();
  /** term → the stories posted under it, with their posting times (event time, ms). */
  const postings = new Map<string, PostingList>();
  const tally = new StoryTally();
  const numbers = new StoryNumbers();
  /** term → its document frequency, and the document that counted it last (a term listed twice counts once, without a Set per call). */
  const df = new Map<string, { count: number; document: number }>();
  let documents = 0;
  const getArticle = async (articleId: string): Promise<StoredArticle | null> => {
    return articles.get(articleId);
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
      articles.put(article);
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
        for (let i = 0; i < list.stories.length; i++) {
          const timeMs = list.times[i] as number;
          if (timeMs >= sinceMs) tally.add(list.stories[i] as number, timeMs);
        }
      }
      // By shared-term count first: only the buckets that reach the limit are sorted
      // (a query of 24 common terms finds ~1,000 stories, of which 20 are kept).
      const { found, shared, latest } = tally;
      const ids = numbers.ids;
      const buckets: number[][] = [];
      for (const i of found) (buckets[shared[i] as number] ??= []).push(i);
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
      const story = numbers.of(storyId);
      for (const t of new Set(terms)) {
        let list = postings.get(t);
        if (list === undefined) postings.set(t, (list = { stories: [], times: [] }));
        const at = list.stories.indexOf(story);
        if (at >= 0) {
          if (timeMs > (list.times[at] as number)) list.times[at] = timeMs;
          continue;
        }
        list.stories.push(story);
        list.times.push(timeMs);
        if (list.stories.length > perTermCap) {
          const drop = earliestPosting(list, numbers.ids);
          list.stories.splice(drop, 1);
          list.times.splice(drop, 1);
        }
      }
    },
    async termStats(terms): Promise<TermStats> {
      return { documents, df: terms.map((t) => df.get(t)?.count ?? 0) };
    },
    async addDocumentTerms(terms) {
      documents++;
      for (const t of terms) {
        const counted = df.get(t);
        if (counted === undefined) df.set(t, { count: 1, document: documents });
        else if (counted.document !== documents) {
          counted.count++;
          counted.document = documents;
        }
      }
    },
    exclusive(decide) {
      const result = decided.then(decide);
      decided = result.catch(() => undefined);
      return result;
    },
  };
}
