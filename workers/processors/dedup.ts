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
    const versionKey = idempotencyKeyFor(verdict.articleId, article.text);
    // "Same URL, same text" is also what a re-delivered job sees when its first run
    // died between dedup and queueing claims: go on unless that version is out.
    if (verdict.status === 'same_url' && (await ctx.output.isPublished(versionKey))) return { status: verdict.status };
    // Forwarded again, it is published as what the first run found it to be.
    const status = verdict.status !== 'same_url' ? verdict.status : verdict.duplicateOf !== null ? 'duplicate' : 'new';
    const next: ClaimsJob = { origin, page, article, verdict: { ...verdict, status } };
    await ctx.queues.claims.add('claims', next, { jobId: jobId.claims(verdict.articleId, versionKey.slice(verdict.articleId.length + 1)) });
    return { status: verdict.status };
  });
}
