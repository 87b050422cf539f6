/**
 * The tasks of the CPU pool's threads (embedded/cpu-pool.ts). Loaded either
 * from a bundle of this file (embedded/cpu-thread-bundle.ts) or, when no fresh
 * bundle can be written, through tsx by embedded/cpu-thread.mjs.
 */
import { claimsStage, extractForDedup as extractWithFeatures, extractPage, type ExtractedForDedup } from '../pipeline/article-pipeline.js';
import type { Claim, DedupVerdict, ExtractedArticle, FeedEntry, FetchedPage } from '../pipeline/types.js';
import { unpackHtml } from './html-codec.js';

/** Answered once the pipeline is loaded: CpuPool.warm() waits for it. */
export function ready(): boolean {
  return true;
}

export function extract({ page, entry }: { page: Pick<FetchedPage, 'html' | 'finalUrl'>; entry: FeedEntry }): ExtractedArticle {
  return extractPage(page, entry);
}

export function extractForDedup({ page, entry }: { page: Pick<FetchedPage, 'html' | 'finalUrl'>; entry: FeedEntry }): ExtractedForDedup {
  return extractWithFeatures(page, entry);
}

export function extractPacked({ packedHtml, finalUrl, entry }: { packedHtml: string; finalUrl: string; entry: FeedEntry }): ExtractedArticle {
  return extractPage({ html: unpackHtml(packedHtml), finalUrl }, entry);
}

export function claims({ article, verdict }: { article: ExtractedArticle; verdict: DedupVerdict }): Claim[] {
  return claimsStage(article, verdict);
}
