/**
 * The tasks of the CPU pool's threads (runtime/cpu-pool.ts). Loaded either
 * from a bundle of this file (runtime/cpu-thread-bundle.ts) or, when no fresh
 * bundle can be written, through tsx by runtime/cpu-thread.mjs.
 */
import { claimsStage, extractForDedup as extractWithFeatures, extractPage, type ExtractedForDedup } from '../pipeline/article-pipeline.js';
import { decodeBody } from '../crawlers/charset.js';
import type { Claim, DedupVerdict, ExtractedArticle, FeedEntry } from '../pipeline/types.js';
import { unpackHtml } from './html-codec.js';
import { lowerThisThreadPriority } from './thread-priority.js';

// Parses yield the cores to the event loop's thread when both want them (thread-priority.ts).
lowerThisThreadPriority();

/** A page as the pool sends it (cpu-pool.ts forThread): its HTML, or the response bytes to decode here. */
export type ThreadPage = { html: string; finalUrl: string } | { body: Uint8Array; contentType: string; finalUrl: string };

/** The same decoding the fetch did (crawlers/http.ts), so the same string. */
function pageHtml(page: ThreadPage): { html: string; finalUrl: string } {
  if ('html' in page) return page;
  return { html: decodeBody(Buffer.from(page.body.buffer, page.body.byteOffset, page.body.byteLength), page.contentType).text, finalUrl: page.finalUrl };
}

/** Answered once the pipeline is loaded: CpuPool.warm() waits for it. */
export function ready(): boolean {
  return true;
}

export function extract({ page, entry }: { page: ThreadPage; entry: FeedEntry }): ExtractedArticle {
  return extractPage(pageHtml(page), entry);
}

export function extractForDedup({ page, entry }: { page: ThreadPage; entry: FeedEntry }): ExtractedForDedup {
  return extractWithFeatures(pageHtml(page), entry);
}

export function extractPacked({ packedHtml, finalUrl, entry }: { packedHtml: string; finalUrl: string; entry: FeedEntry }): ExtractedArticle {
  return extractPage({ html: unpackHtml(packedHtml), finalUrl }, entry);
}

export function claims({ article, verdict }: { article: ExtractedArticle; verdict: DedupVerdict }): Claim[] {
  return claimsStage(article, verdict);
}
