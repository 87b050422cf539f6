/**
 * Extract stage. The parse runs on the process's CPU pool (embedded/cpu-pool.ts)
 * so a long page never blocks lock renewal of the other jobs in this process.
 * Pages that are not articles end here as a result, not an error.
 */
import type { Job } from 'bullmq';
import type { CpuPool } from '../../embedded/cpu-pool.js';
import { skipReason, type PageOrigin } from '../../pipeline/article-pipeline.js';
import { canonicalizeUrl } from '../../pipeline/dedup/index.js';
import type { FetchedPage } from '../../pipeline/types.js';
import type { WorkerContext } from '../context.js';
import { stageProcessor } from '../error-mapping.js';
import { jobId, type DedupJob, type ExtractJob } from '../queues.js';

export interface ExtractResult {
  skipped?: string;
}

/** The page's HTML as it reached this process: as fetched, or packed for a queue hop. */
export type PageHtml = { html: string } | { packedHtml: string };

/** Extracts one page and queues its article for dedup: the extract stage's whole work. */
export async function extractAndForward(ctx: WorkerContext, pool: CpuPool, origin: PageOrigin, page: Omit<FetchedPage, 'html'>, source: PageHtml): Promise<ExtractResult> {
  const article = 'packedHtml' in source
    ? await pool.extractPacked(source.packedHtml, page.finalUrl, origin.entry)
    : await pool.extract({ html: source.html, finalUrl: page.finalUrl }, origin.entry);
  const reason = skipReason(article);
  if (reason !== null) return { skipped: reason };
  const next: DedupJob = { origin, page, article };
  await ctx.queues.dedup.add('dedup', next, { jobId: jobId.dedup(canonicalizeUrl(page.finalUrl)) });
  return {};
}

export function createExtractProcessor(ctx: WorkerContext, pool: CpuPool): (job: Job<ExtractJob, ExtractResult>, token?: string) => Promise<ExtractResult> {
  return stageProcessor(async (job) => {
    const { origin, page, packedHtml } = job.data;
    const { html, ...pageMeta } = page;
    return extractAndForward(ctx, pool, origin, pageMeta, packedHtml !== undefined ? { packedHtml } : { html: html ?? '' });
  });
}
