/**
 * The tasks of the CPU pool's threads (runtime/cpu-pool.ts). Loaded either
 * from the build of this file (dist/cpu-thread.js, chosen by
 * runtime/cpu-thread-bundle.ts) or, when it is missing or stale, through tsx by
 * runtime/cpu-thread.mjs.
 */
import { parentPort, threadId, workerData } from 'node:worker_threads';
import { extractPage, skipReason, tagArticle } from '../pipeline/chain/index.js';
import type { TagOptions } from '../pipeline/claims/index.js';
import { articleIdentity } from '../pipeline/dedup/index.js';
import { articleFeatures, FeatureScratch, type ArticleFeatures } from '../pipeline/dedup/features.js';
import type { Claim, ExtractedArticle, FeedEntry } from '../pipeline/types.js';
import { threadLoadedMessage } from './cpu-thread-loaded.js';
import { htmlOf, type PageSource } from './page-source.js';
import { lowerThisThreadPriority } from './thread-priority.js';

// Parses yield the cores to the event loop's thread when both want them (thread-priority.ts).
lowerThisThreadPriority();

/** What every thread of a pool is started with (CpuPool's options). */
export interface ThreadData {
  tagger: TagOptions;
}

// One object for the thread's life: the tagger's compiled vocabularies are cached by identity.
const TAGGER: TagOptions = (workerData as ThreadData | null)?.tagger ?? {};
/** This thread's signature buffers: one task at a time runs here. */
const SCRATCH = new FeatureScratch();

/** Work done beside the parse, for the pool's cache (runtime/cpu-pool.ts). */
export interface AheadRequest {
  features: boolean;
  claims: boolean;
}

export interface ExtractTask {
  source: PageSource;
  finalUrl: string;
  entry: FeedEntry;
  ahead: AheadRequest;
  /** When the page was fetched (extraction refuses dates after it). */
  fetchedAtMs?: number;
}

export interface ExtractResult {
  article: ExtractedArticle;
  features?: ArticleFeatures;
  /** Claims tagged under the id dedup gives the article unless one of its URL keys is already known. */
  tagged?: { articleId: string; claims: Claim[] };
}

/**
 * A short English article with the forms the tagger compiles tables and patterns for on first
 * use (a figure, a change, a quotation, "according to", a time scope).
 */
const WARM_ARTICLE = {
  title: 'Prices rose 5% in May, the minister said',
  text: 'Around 1,200 workers lost their jobs, the company said on Monday. "We expect profit to rise to $1.1 billion," its chief executive told reporters, according to Reuters.',
  publishedAt: null,
  language: 'en',
} as const satisfies Pick<ExtractedArticle, 'title' | 'text' | 'publishedAt' | 'language'>;

/**
 * Answered once the pipeline is loaded: CpuPool.warm() waits for it. It tags a short article
 * first: the tagger builds its cue lexicon and compiles its larger patterns on first use (about
 * 0.1–0.2 s a thread), which a thread warmed while the feeds are polled does not pay on its first
 * page (bench:pipeline embedded, alternating: 1.02–1.04× pages/s).
 */
export function ready(): boolean {
  tagArticle(WARM_ARTICLE as ExtractedArticle, 'warm-up', TAGGER);
  return true;
}

/** This module's URL: the built file, or this source when loaded through tsx. */
export function loadedFrom(): string {
  return import.meta.url;
}

export function extract({ source, finalUrl, entry, ahead, fetchedAtMs }: ExtractTask): ExtractResult {
  const article = extractPage({ html: htmlOf(source), finalUrl }, entry, fetchedAtMs);
  if (skipReason(article) !== null) return { article };
  const features = ahead.features ? articleFeatures(article.title, article.text, SCRATCH) : undefined;
  const tagged = ahead.claims ? { articleId: articleIdentity(finalUrl, article.canonicalUrl).articleId } : undefined;
  return {
    article,
    ...(features ? { features } : {}),
    ...(tagged ? { tagged: { ...tagged, claims: tagArticle(article, tagged.articleId, TAGGER) } } : {}),
  };
}

export function claims({ article, articleId }: { article: ExtractedArticle; articleId: string }): Claim[] {
  return tagArticle(article, articleId, TAGGER);
}

// Last statement: everything above is evaluated. Piscina passes messages it does not know on as the pool's 'message' events.
parentPort?.postMessage(threadLoadedMessage(threadId));
