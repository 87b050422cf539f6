/**
 * Extract stage. The parse runs on the process's CPU pool (runtime/cpu-pool.ts)
 * so a long page never blocks lock renewal of the other jobs in this process.
 * Pages that are not articles end here as a result, not an error.
 */
import type { Job } from 'bullmq';
import type { CpuPool } from '../../runtime/cpu-pool.js';
import { skipReason, type ComputedAhead, type ExtractedForDedup, type PageOrigin } from '../../pipeline/article-pipeline.js';
import { canonicalizeUrl } from '../../pipeline/dedup/index.js';
import type { ExtractablePage, FetchedPage } from '../../pipeline/types.js';
import type { WorkerContext } from '../context.js';
import { stageProcessor } from '../error-mapping.js';
import { jobId, type DedupJob, type ExtractJob } from '../queues.js';

export interface ExtractResult {
  skipped?: string;
}

/**
 * The page's HTML as it reached this process: as fetched (with the response
 * bytes when there are some, which the CPU pool decodes itself), or packed for
 * a queue hop.
 */
export type PageHtml = { html: string; body?: Uint8Array } | { packedHtml: string };

/** Runs the dedup stage (and what follows it here) on an extracted article in this process. */
export type DedupHere = (next: DedupJob, ahead?: ComputedAhead) => Promise<unknown>;

/**
 * Extracts one page and hands its article to dedup: a job on the dedup queue,
 * or, when this process also runs dedup, a direct call. Then the CPU pool also
 * computes the article's dedup features and tags its claims, next to the parse
 * and off the event loop.
 */
export async function extractAndForward(
  ctx: WorkerContext,
  pool: CpuPool,
  origin: PageOrigin,
  page: Omit<FetchedPage, 'html' | 'body'>,
  source: PageHtml,
  dedupHere?: DedupHere,
): Promise<ExtractResult> {
  const forPool = (from: { html: string; body?: Uint8Array }): ExtractablePage => ({
    // A getter, not a copy: with bytes, the pool never reads the decoded string.
    get html() {
      return from.html;
    },
    ...(from.body ? { body: from.body } : {}),
    finalUrl: page.finalUrl,
    contentType: page.contentType,
  });
  const { article, ...ahead }: ExtractedForDedup =
    'packedHtml' in source
      ? { article: await pool.extractPacked(source.packedHtml, page.finalUrl, origin.entry), features: null, tagged: null }
      : dedupHere
        ? await pool.extractForDedup(forPool(source), origin.entry)
        : { article: await pool.extract(forPool(source), origin.entry), features: null, tagged: null };
  const reason = skipReason(article);
  if (reason !== null) return { skipped: reason };
  const next: DedupJob = { origin, page, article };
  if (dedupHere) await dedupHere(next, ahead);
  else await ctx.queues.dedup.add('dedup', next, { jobId: jobId.dedup(canonicalizeUrl(page.finalUrl)) });
  return {};
}

export function createExtractProcessor(
  ctx: WorkerContext,
  pool: CpuPool,
  dedupHere?: DedupHere,
): (job: Job<ExtractJob, ExtractResult>, token?: string) => Promise<ExtractResult> {
  return stageProcessor(async (job) => {
    const { origin, page, packedHtml } = job.data;
    const { html, ...pageMeta } = page;
    return extractAndForward(ctx, pool, origin, pageMeta, packedHtml !== undefined ? { packedHtml } : { html: html ?? '' }, dedupHere);
  });
}
