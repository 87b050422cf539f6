/** Dedup stage: same URL / same report / same story against the shared Redis state. */
import type { Job } from 'bullmq';
import { dedupStage, idempotencyKeyFor, type ComputedAhead, type TaggedClaims } from '../../pipeline/article-pipeline.js';
import type { WorkerContext } from '../context.js';
import { stageProcessor } from '../error-mapping.js';
import { jobId, type ClaimsJob, type DedupJob } from '../queues.js';

/** Runs the claims stage on a deduplicated article in this process. */
export type ClaimsHere = (next: ClaimsJob, tagged?: TaggedClaims | null) => Promise<unknown>;

/**
 * Dedups one article and hands it to claims: a job on the claims queue, or,
 * when this process also runs claims, a direct call (one queue hop less, and
 * the article is not written to Redis and read back). `ahead`: features and
 * claims computed by the CPU pool beside the parse (see ExtractedForDedup);
 * without them dedup and claims compute their own.
 */
export async function dedupAndForward(ctx: WorkerContext, data: DedupJob, ahead?: ComputedAhead, claimsHere?: ClaimsHere): Promise<{ status: string }> {
  const { article, page, origin } = data;
  const verdict = await dedupStage(article, page, ctx.dedupStore, ahead?.features ?? undefined);
  const versionKey = idempotencyKeyFor(verdict.articleId, article.text);
  // "Same URL, same text" is also what a re-delivered job sees when its first run
  // died between dedup and publishing: go on unless that version is out.
  if (verdict.status === 'same_url' && (await ctx.output.isPublished(versionKey))) return { status: verdict.status };
  // Forwarded again, it is published as what the first run found it to be.
  const status = verdict.status !== 'same_url' ? verdict.status : verdict.duplicateOf !== null ? 'duplicate' : 'new';
  const next: ClaimsJob = { origin, page, article, verdict: { ...verdict, status } };
  if (claimsHere) await claimsHere(next, ahead?.tagged);
  else await ctx.queues.claims.add('claims', next, { jobId: jobId.claims(verdict.articleId, versionKey.slice(verdict.articleId.length + 1)) });
  return { status: verdict.status };
}

export function createDedupProcessor(ctx: WorkerContext): (job: Job<DedupJob, { status: string }>, token?: string) => Promise<{ status: string }> {
  return stageProcessor(async (job) => dedupAndForward(ctx, job.data));
}
