/**
 * Claims stage and publication: tag claims, build the output document and
 * publish it exactly once (see workers/output.ts).
 */
import type { Job } from 'bullmq';
import type { CpuPool } from '../../runtime/cpu-pool.js';
import { buildDocument, storyClaimFlags, taggedClaimsFor, type TaggedClaims } from '../../pipeline/article-pipeline.js';
import type { WorkerContext } from '../context.js';
import { stageProcessor } from '../error-mapping.js';
import type { ClaimsJob } from '../queues.js';

/**
 * Tags one article's claims (on the CPU pool: pure, milliseconds per article),
 * unless they were tagged ahead under the verdict's article id, and publishes
 * its document.
 */
export async function claimAndPublish(ctx: WorkerContext, pool: CpuPool, data: ClaimsJob, tagged?: TaggedClaims | null): Promise<{ published: boolean }> {
  const { article, verdict, page, origin } = data;
  const claims = taggedClaimsFor(tagged, verdict) ?? (await pool.claims(article, verdict));
  const flags = await storyClaimFlags(ctx.storyClaims, article, verdict, claims);
  const document = buildDocument(article, verdict, claims, page, origin, ctx.now(), flags);
  return { published: await ctx.output.publish(document) };
}

export function createClaimsProcessor(
  ctx: WorkerContext,
  pool: CpuPool,
): (job: Job<ClaimsJob, { published: boolean }>, token?: string) => Promise<{ published: boolean }> {
  return stageProcessor(async (job) => claimAndPublish(ctx, pool, job.data));
}
