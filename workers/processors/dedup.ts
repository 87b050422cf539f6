/** Dedup stage: same URL / same report / same story against the shared Redis state. */
import type { Job } from 'bullmq';
import { dedupStage } from '../../pipeline/article-pipeline.js';
import { idempotencyKeyFor } from '../../pipeline/article-pipeline.js';
import type { WorkerContext } from '../context.js';
import { stageProcessor } from '../error-mapping.js';
import { jobId, type ClaimsJob, type DedupJob } from '../queues.js';

export function createDedupProcessor(ctx: WorkerContext): (job: Job<DedupJob, { status: string }>, token?: string) => Promise<{ status: string }> {
  return stageProcessor(async (job) => {
    const { article, page, origin } = job.data;
    const verdict = await dedupStage(article, page, ctx.dedupStore);
    if (verdict.status === 'same_url') return { status: verdict.status };
    const next: ClaimsJob = { origin, page, article, verdict };
    const versionKey = idempotencyKeyFor(verdict.articleId, article.text);
    await ctx.queues.claims.add('claims', next, { jobId: jobId.claims(verdict.articleId, versionKey.slice(verdict.articleId.length + 1)) });
    return { status: verdict.status };
  });
}
