/**
 * What travels between the steps of the chain (extract → dedup → claims →
 * document) and the ports the steps reach the world through. Each input is
 * plain data: a runtime may hand it to the next step in-process or put it on a queue.
 */
import type { TimelineInput } from '../claims/index.js';
import type { ArticleFeatures } from '../dedup/features.js';
import type { DedupStore } from '../dedup/index.js';
import type { ArticleDocument } from '../output.js';
import type { CompiledWatch } from '../watches/match.js';
import type { Claim, DedupVerdict, ExtractedArticle, FeedEntry, FetchedPage } from '../types.js';

/** Where a page came from: carried into the document's provenance. */
export interface PageOrigin {
  feedId: string;
  feedUrl: string;
  entry: FeedEntry;
}

/** What the chain keeps of a fetched page besides its HTML. */
export type PageMeta = Omit<FetchedPage, 'html' | 'body'>;

/** Input of the extract step; `source` is the page's HTML in the form the runtime's compute port reads (a string, bytes, packed). */
export interface ExtractStepInput<S> {
  origin: PageOrigin;
  page: PageMeta;
  source: S;
}

/** Input of the dedup step: an article worth deduplicating. */
export interface DedupStepInput {
  origin: PageOrigin;
  page: PageMeta;
  article: ExtractedArticle;
}

/** Input of the claims step: a deduplicated article going on to publication. */
export interface ClaimsStepInput extends DedupStepInput {
  verdict: DedupVerdict;
}

/** Input of the document step: the article with its claims. */
export interface DocumentStepInput extends ClaimsStepInput {
  claims: Claim[];
}

/** The inputs of the steps a hop can lead to, by step. */
export interface HopInputs {
  dedup: DedupStepInput;
  claims: ClaimsStepInput;
  document: DocumentStepInput;
}
export type HopStage = keyof HopInputs;

export type SkipReason = 'not_article' | 'bot_challenge' | 'empty';

/** How a page's trip through the chain ended (in this process). */
export type ChainOutcome =
  | { kind: 'skipped'; reason: SkipReason; article: ExtractedArticle }
  /** A URL variant of an article version already published: nothing to do. */
  | { kind: 'same_url'; verdict: DedupVerdict; article: ExtractedArticle }
  /** Handed to a queue: another process goes on from `stage`. */
  | { kind: 'queued'; stage: HopStage }
  /** `fresh`: false when this version had been published before (the output drops repeats). */
  | { kind: 'published'; document: ArticleDocument; fresh: boolean; verdict: DedupVerdict; article: ExtractedArticle };

/** What one step returns: the next step's input, or an outcome that ends the chain here. */
export type StepResult = { [K in HopStage]: { kind: 'next'; stage: K; input: HopInputs[K] } }[HopStage] | ChainOutcome;

/**
 * Where the CPU-heavy pure work runs: in the calling thread (pipeline/chain/in-thread.ts)
 * or on a runtime's thread pool, which may have done some of it ahead (a cache it owns).
 */
export interface ChainCompute<S> {
  /** `fetchedAtMs`: when the page was fetched; a date the page claims after it is refused. */
  extract(source: S, finalUrl: string, entry: FeedEntry, fetchedAtMs?: number): Promise<ExtractedArticle>;
  /** The article's dedup features when already computed (else dedup computes them). */
  features?(article: ExtractedArticle): ArticleFeatures | undefined;
  /** The article's claims, tagged under `articleId` with the runtime's tagger options (claims/TagOptions, one serializable object). */
  claims(article: ExtractedArticle, articleId: string): Promise<Claim[]>;
  /** Gets ready for work (starts threads). */
  warm?(): Promise<void>;
}

/**
 * Claims of a story's articles so far, for the story's claim timeline. In the
 * embedded mode the published documents answer it; on Redis, a capped list per story.
 */
export interface StoryClaimsStore {
  membersOf(storyId: string): Promise<TimelineInput[]>;
  add(storyId: string, member: TimelineInput): Promise<void>;
}

/**
 * The operator's watches and the stories they follow: in the embedded mode
 * SQLite (runtime/alerts/watch-store.ts), on Redis a set per story (workers/watches.ts).
 */
export interface WatchPorts {
  /** The watches to match, compiled; read for each document, so an added watch applies at once. */
  list(): Promise<readonly CompiledWatch[]>;
  /** Ids of the watches an earlier document of the story matched. */
  storyWatchers(storyId: string): Promise<string[]>;
  /** Records that a document of the story matched these watches. */
  watchStory(storyId: string, watchIds: string[]): Promise<void>;
  /** The watch's timeline so far: members of the documents that matched it, oldest first (the latest MAX_WATCH_TIMELINE_MEMBERS suffice). */
  timelineOf(watchId: string): Promise<TimelineInput[]>;
  /** Adds a document's member to the watch's timeline (replacing an earlier version of the same article). */
  addToTimeline(watchId: string, member: TimelineInput): Promise<void>;
}

/** True once the article version with this idempotency key is published (or, in one process, on its way). */
export type PublishCheck = (versionKey: string) => Promise<boolean>;

/** Where a finished document goes; true when this call published it, false when it was out already. */
export type Publish = (document: ArticleDocument) => Promise<boolean>;

/** Everything the steps read and write, as ports. */
export interface ChainDeps<S> {
  compute: ChainCompute<S>;
  dedupStore: DedupStore;
  isPublished: PublishCheck;
  /** Without it, documents carry no claim flags. */
  storyClaims?: StoryClaimsStore;
  publish: Publish;
  now: () => Date;
  /** Without it, documents match no watch. */
  watches?: WatchPorts;
}
