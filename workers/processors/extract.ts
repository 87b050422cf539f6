/**
 * Extract stage. The parse runs on the process's CPU pool (embedded/cpu-pool.ts)
 * so a long page never blocks lock renewal of the other jobs in this process.
 * Pages that are not articles end here as a result, not an error.
 */
import type { Job } from 'bullmq';
import type { CpuPool } from '../../embedded/cpu-pool.js';
import { skipReason } from '../../pipeline/article-pipeline.js';
import { canonicalizeUrl } from '../../pipeline/dedup/index.js';
import type { WorkerContext } from '../context.js';
import { stageProcessor } from '../error-mapping.js';
import { jobId, type DedupJob, type ExtractJob } from '../queues.js';

export function createExtractProcessor(ctx: WorkerContext, pool: CpuPool): (job: Job<ExtractJob, { skipped?: string }>, token?: string) => Promise<{ skipped?: string }> {
  return stageProcessor(async (job) => {
    const { origin, page, packedHtml } = job.data;
    const article = packedHtml !== undefined
      ? await pool.extractPacked(packedHtml, page.finalUrl, origin.entry)
      : await pool.extract({ html: page.html ?? '', finalUrl: page.finalUrl }, origin.entry);
    const reason = skipReason(article);
    if (reason !== null) return { skipped: reason };
    const { html: _html, ...pageMeta } = page;
    const next: DedupJob = { origin, page: pageMeta, article };
    await ctx.queues.dedup.add('dedup', next, { jobId: jobId.dedup(canonicalizeUrl(page.finalUrl)) });
    return {};
  });
}
