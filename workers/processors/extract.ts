/**
 * Extract stage. The parse runs in a worker thread (workers/extract-pool.ts) so
 * a long page never blocks lock renewal of the other jobs in this process.
 * Pages that are not articles end here as a result, not an error.
 */
import type { Job } from 'bullmq';
import { extractPage, skipReason } from '../../pipeline/article-pipeline.js';
import { canonicalizeUrl } from '../../pipeline/dedup/index.js';
import type { WorkerContext } from '../context.js';
import { stageProcessor } from '../error-mapping.js';
import type { ExtractPool } from '../extract-pool.js';
import { jobId, type ExtractJob, type ExtractResult } from '../queues.js';

/** The CPU-heavy part: pure, runs inside a worker thread. */
export function runExtract(data: ExtractJob): ExtractResult {
  const article = extractPage(data.page, data.origin.entry);
  const reason = skipReason(article);
  if (reason !== null) return { skipped: reason };
  const { html: _html, ...pageMeta } = data.page;
  return { next: { origin: data.origin, page: pageMeta, article } };
}

export function createExtractProcessor(ctx: WorkerContext, pool: ExtractPool): (job: Job<ExtractJob, { skipped?: string }>, token?: string) => Promise<{ skipped?: string }> {
  return stageProcessor(async (job) => {
    const result = await pool.run(job.data);
    if ('skipped' in result) return { skipped: result.skipped };
    await ctx.queues.dedup.add('dedup', result.next, { jobId: jobId.dedup(canonicalizeUrl(job.data.page.finalUrl)) });
    return {};
  });
}
