/**
 * The port through which the dedup stage reads and writes its state. Every
 * implementation (memory, SQLite, Redis) passes test/dedup-contract.test.ts.
 *
 * Invariant of the claim methods: insert-or-get, first writer wins. A key, once
 * owned, keeps its owner, so concurrent workers agree on one representative per
 * URL key, text hash and band bucket without locks (SET NX GET / HSETNX in
 * Redis, INSERT OR IGNORE + SELECT in one transaction in SQLite). Buckets never
 * grow, so hot boilerplate buckets stay O(1).
 */

import type { DuplicateReason } from '../types.js';

export type { DuplicateReason };

/** What the store keeps of an article: enough to verify later candidates against it. */
export interface StoredArticle {
  articleId: string;
  /** Primary URL key. */
  urlKey: string;
  /** Host of the primary URL key: the outlet. */
  outlet: string;
  textHash: string;
  /** ISO time the article is placed at: published date, else when it was seen. */
  eventTime: string;
  storyId: string;
  duplicateOf: string | null;
  duplicateReason: DuplicateReason | null;
  similarity: number | null;
  /**
   * Tier 1 OPH sketch: the low SKETCH_BITS (8) bits of 128 bins. Records written
   * before held 16 bits a bin; comparisons read only the low 8.
   */
  signature: Uint16Array;
  /** Sorted unique 3-shingle hashes of title + lede, low 16 bits. */
  ledeShingles: Uint16Array;
  headlineFigures: number[];
  ledeFigures: number[];
  allFigures: number[];
  /** Entities of title + lede (the whole article's are only needed for its own story vector, so not kept). */
  ledeEntities: string[];
}

/** A story (news event) as callers see it. */
export interface StoryInfo {
  storyId: string;
  /** The first article of the story: what it is shown by. */
  representativeId: string;
  memberCount: number;
  /** Hosts of the member articles, in order of first appearance. */
  outlets: string[];
  /** ISO times of the earliest and latest member (their event times). */
  firstSeen: string;
  lastSeen: string;
}

/** A story with what grouping needs: centroid terms, headline figures, recent members. */
export interface StoryState extends StoryInfo {
  /** Sum of the members' unit term vectors, its heaviest terms only. */
  centroid: [term: string, weight: number][];
  headlineFigures: number[];
  /** Most recent member ids, newest last; candidates for the rewrite check. */
  recentMembers: string[];
}

/** Document frequencies of terms over the articles seen so far. */
export interface TermStats {
  documents: number;
  /** One count per asked term, in order. */
  df: number[];
}

/**
 * Invariant: a store applies writes in the order they are called, also when the
 * caller does not wait for one before calling the next (dedup sends a story and
 * the record that names it together, the story first). The memory and SQLite
 * stores write at the call; the Redis store sends them down one connection,
 * which Redis serves in order.
 */
export interface DedupStore {
  /** Article id known under a URL key, or null: the cheap gate before fetching. */
  lookupUrl(urlKey: string): Promise<string | null>;
  /** `lookupUrl` of several keys in one call, in order (a remote store: one round trip); optional. */
  lookupUrls?(urlKeys: string[]): Promise<Array<string | null>>;
  /** Insert-or-get for each URL key: the owner article id of each key, in order. */
  claimUrlKeys(urlKeys: string[], articleId: string): Promise<string[]>;
  /** Insert-or-get: the first article id that carried this normalised text. */
  claimTextHash(textHash: string, articleId: string): Promise<string>;
  /** Insert-or-get for each LSH band key: the representative of each bucket, in order. */
  claimBands(bandKeys: string[], articleId: string): Promise<string[]>;
  getArticle(articleId: string): Promise<StoredArticle | null>;
  /**
   * `getArticle` of an article that owns a claim: a concurrent caller may not
   * have written its record yet (claims come first), so the store waits for it
   * a little: in one process by promise turns (settle.ts), on Redis by polling.
   * Optional: without it, dedup reads the record at once.
   */
  settledArticle?(articleId: string): Promise<StoredArticle | null>;
  /** Insert or replace (a revision replaces the old version). */
  putArticle(article: StoredArticle): Promise<void>;
  getStory(storyId: string): Promise<StoryInfo | null>;
  getStoryState(storyId: string): Promise<StoryState | null>;
  /** Insert or replace. */
  putStory(story: StoryState): Promise<void>;
  /** Stories posted under any of the terms, most recently posted first, at most `limit`. */
  findStories(terms: string[], limit: number): Promise<string[]>;
  /** Posts a story under terms; each term keeps its `perTermCap` most recent stories. */
  addStoryPostings(storyId: string, terms: string[], perTermCap: number): Promise<void>;
  termStats(terms: string[]): Promise<TermStats>;
  /** Counts one more document containing each of the (unique) terms. */
  addDocumentTerms(terms: string[]): Promise<void>;
  /**
   * Runs an article's story decision (read the candidate stories, pick or open
   * one, write it back) while no other decision on this store runs, in any
   * process. A store shared by concurrent deciders must provide it: story
   * writes are read-modify-write. Without it, the caller serializes decisions
   * itself (the embedded runner passes articles to dedup one at a time).
   */
  exclusive?<T>(decide: () => Promise<T>): Promise<T>;
}
